#include "JointMeetingDialog.h"

#include "JointPeopleEditor.h"
#include "cases/CaseChoices.h"
#include "cases/CaseTypes.h"
#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "common/ScopeChoices.h"
#include "joint/JointMeetings.h"
#include "joint/JointTasks.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimeZone>

namespace gdui {

namespace {

QPlainTextEdit *textEdit(QWidget *parent, const char *name, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

// The place of a meeting at its level as a scope choice's id ("community:<id>").
QString placeChoice(const gd::JointMeeting &m)
{
    if (m.level == QLatin1String("street"))
        return QStringLiteral("street:") + m.streetId;
    if (m.level == QLatin1String("grid"))
        return QStringLiteral("grid:") + m.gridId;
    return QStringLiteral("community:") + m.communityId;
}

} // namespace

JointMeetingDialog::JointMeetingDialog(const AppContext &ctx, const gd::JointMeeting &m, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(m.id)
{
    setWindowTitle(m.id.isEmpty() ? tr("Record a joint meeting") : tr("Change the joint meeting"));
    auto *form = new QFormLayout(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("meetingLevelComboBox"));
    for (const QString &l : gd::joint::levels())
        m_level->addItem(gd::joint::levelName(l), l);
    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("meetingPlaceComboBox"));
    m_place->setMinimumContentsLength(16);
    makeSearchable(m_place);
    m_at = newBeijingTimeEdit(this, QStringLiteral("meetingAtEdit"));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("meetingTopicEdit"));
    m_issues = textEdit(this, "meetingIssuesEdit", 70);
    m_decisions = textEdit(this, "meetingDecisionsEdit", 70);
    m_note = textEdit(this, "meetingNoteEdit", 45);
    const QList<Choice> people = peopleChoices(*ctx.db);
    m_attendees = new JointPeopleEditor(people, QStringLiteral("meetingAttendeesTable"), this);
    addFormRow(form, m_errors, tr("&Level:"), m_level, QStringLiteral("level"));
    addFormRow(form, m_errors, tr("Held &by:"), m_place, QStringLiteral("street_id"));
    m_errors.bind(QStringLiteral("community_id"), m_place);
    m_errors.bind(QStringLiteral("grid_id"), m_place);
    addFormRow(form, m_errors, tr("&When:"), m_at, QStringLiteral("at_ms"));
    addFormRow(form, m_errors, tr("&Agenda:"), m_topic, QStringLiteral("topic"));
    addFormRow(form, m_errors, tr("&Issues judged:"), m_issues, QStringLiteral("issues"));
    addFormRow(form, m_errors, tr("&Decisions:"), m_decisions, QStringLiteral("decisions"));
    addFormRow(form, m_errors, tr("A&ttendees:"), m_attendees, QStringLiteral("people"));
    if (m.id.isEmpty()) {
        m_owners = people;
        m_tasks = newRowTable(this, QStringLiteral("meetingTasksTable"), {tr("Task"), tr("Owner"), tr("Due")});
        addFormRow(form, m_errors, tr("Follow-up ta&sks:"),
                   tableWithButtons(this, m_tasks, tr("Add a tas&k"), [this] { addTask(); }), QStringLiteral("tasks"));
        for (const char *field : {"text", "owner_id", "due_ms"})
            m_errors.bind(QLatin1String(field), m_tasks);
    }
    addFormRow(form, m_errors, tr("&Note:"), m_note, QStringLiteral("note"));
    addOkCancel(this, form);

    m_level->setCurrentIndex(qMax(0, m_level->findData(m.level)));
    fillPlaces(placeChoice(m));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { fillPlaces({}); });
    setBeijingTime(m_at, m.atMs ? m.atMs : ctx.db->nowMs());
    m_topic->setText(m.topic);
    m_issues->setPlainText(m.issues);
    m_decisions->setPlainText(m.decisions);
    m_note->setPlainText(m.note);
    for (const gd::JointPerson &p : m.attendees)
        m_attendees->addPerson(p);
    if (m_tasks)
        for (const gd::JointTask &t : m.tasks)
            addTask(t);
    resize(680, 720);
}

void JointMeetingDialog::fillPlaces(const QString &chosen)
{
    const QString prefix = m_level->currentData().toString() + QLatin1Char(':');
    QList<Choice> places;
    for (const Choice &c : scopeChoices(*m_ctx.db, true))
        if (c.first.startsWith(prefix))
            places << Choice{c.first, c.second.trimmed()};
    fillChoices(m_place, places, tr("(choose where it was held)"));
    selectChoice(m_place, chosen);
}

void JointMeetingDialog::addTask(const gd::JointTask &task)
{
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    m_tasks->setItem(row, 0, new QTableWidgetItem(task.text));
    auto *owner = new QComboBox(m_tasks);
    makeSearchable(owner);
    fillChoices(owner, m_owners, QString());
    selectChoice(owner, task.ownerId);
    m_tasks->setCellWidget(row, 1, owner);
    auto *due = new QDateEdit(m_tasks);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.db->nowMs(), QTimeZone(8 * 3600)).date();
    due->setDate(task.dueMs ? QDateTime::fromMSecsSinceEpoch(task.dueMs, QTimeZone(8 * 3600)).date()
                            : today.addDays(7));
    m_tasks->setCellWidget(row, 2, due);
    m_tasks->setCurrentCell(row, 0);
    m_tasks->editItem(m_tasks->item(row, 0));
}

gd::JointMeeting JointMeetingDialog::meeting() const
{
    gd::JointMeeting m;
    m.id = m_id;
    m.level = m_level->currentData().toString();
    const gd::stats::StatsScope place = scopeOf(chosenId(m_place));
    if (place.kind == gd::stats::StatsScope::Street)
        m.streetId = place.id;
    else if (place.kind == gd::stats::StatsScope::Community)
        m.communityId = place.id;
    else if (place.kind == gd::stats::StatsScope::Grid)
        m.gridId = place.id;
    m.atMs = beijingTimeOf(m_at);
    m.topic = m_topic->text();
    m.issues = m_issues->toPlainText();
    m.decisions = m_decisions->toPlainText();
    m.note = m_note->toPlainText();
    m.attendees = m_attendees->people();
    for (int row = 0; m_tasks && row < m_tasks->rowCount(); ++row) {
        gd::JointTask t;
        t.text = m_tasks->item(row, 0) ? m_tasks->item(row, 0)->text() : QString();
        t.ownerId = chosenId(qobject_cast<QComboBox *>(m_tasks->cellWidget(row, 1)));
        t.dueMs = gd::JointTaskService::dueEndMs(qobject_cast<QDateEdit *>(m_tasks->cellWidget(row, 2))->date());
        if (!t.text.trimmed().isEmpty() || !t.ownerId.isEmpty())
            m.tasks << t;
    }
    return m;
}

void JointMeetingDialog::accept()
{
    gd::JointMeetingService service(*m_ctx.db);
    const gd::JointMeeting m = meeting();
    if (m.id.isEmpty()) {
        auto id = service.record(m);
        if (!m_errors.report(this, id ? gd::Error() : id.error()))
            return;
        m_savedId = *id;
    } else {
        gd::Status done = service.edit(m);
        if (!m_errors.report(this, done ? gd::Error() : done.error()))
            return;
        m_savedId = m.id;
    }
    QDialog::accept();
}

} // namespace gdui
