#include "TrainingDialog.h"

#include "calendar/WorkCalendar.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace gdui {

namespace {
QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QString &id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}
} // namespace

TrainingDialog::TrainingDialog(gd::Database &db, QWidget *parent, const gd::TrainingSession &session)
    : QDialog(parent)
    , m_db(db)
    , m_id(session.id)
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(session.id.isEmpty() ? tr("Record a training session") : tr("Change the training session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(session.date.isValid()
                        ? session.date
                        : QDateTime::fromMSecsSinceEpoch(db.nowMs(), gd::WorkCalendar::zone()).date());
    m_topic = new QComboBox(this);
    m_topic->setEditable(true);
    const auto needs = gd::training::needs(db);
    m_needs = new QListWidget(this);
    m_needs->setObjectName(QStringLiteral("trainingNeeds"));
    m_needs->setFlow(QListView::LeftToRight);
    m_needs->setWrapping(true);
    m_needs->setMaximumHeight(110);
    for (const gd::TrainingNeed &n : needs ? *needs : QList<gd::TrainingNeed>()) {
        m_topic->addItem(n.name);
        checkItem(m_needs, n.name, n.id, session.needIds.contains(n.id));
    }
    // A need the session answers that has been retired since still shows, ticked: a change keeps it.
    for (int i = 0; i < session.needIds.size(); ++i) {
        bool listed = false;
        for (int row = 0; row < m_needs->count(); ++row)
            listed = listed || m_needs->item(row)->data(Qt::UserRole).toString() == session.needIds.at(i);
        if (!listed)
            checkItem(m_needs, session.needNames.value(i), session.needIds.at(i), true);
    }
    m_topic->setCurrentIndex(-1);
    m_topic->setCurrentText(session.topic);
    m_topic->lineEdit()->setPlaceholderText(tr("A training need, or any topic"));
    // A topic picked from the needs ticks that need.
    connect(m_topic, &QComboBox::textActivated, this, [this](const QString &text) {
        for (int i = 0; i < m_needs->count(); ++i)
            if (m_needs->item(i)->text() == text)
                m_needs->item(i)->setCheckState(Qt::Checked);
    });
    m_expert = new QLineEdit(session.expert, this);
    m_expert->setPlaceholderText(tr("Who taught"));
    m_unit = new QLineEdit(session.trainerUnit, this);
    m_unit->setPlaceholderText(tr("e.g. 区住房城乡建设局"));
    m_note = new QLineEdit(session.note, this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type part of a name or phone to filter"));
    m_workers = new QListWidget(this);
    m_workers->setObjectName(QStringLiteral("trainingAttendees"));
    gd::WorkerQuery query;
    query.kind = QStringLiteral("full_time");
    query.status = QStringLiteral("active");
    QStringList listed;
    for (const gd::WorkerSummary &s : gd::WorkerService(db).list(query)) {
        checkItem(m_workers, QStringLiteral("%1  %2").arg(s.worker.name, s.worker.phone), s.worker.id,
                  session.workerIds.contains(s.worker.id));
        listed << s.worker.id;
    }
    // An attendee who has left since still shows, ticked.
    for (const gd::TrainingAttendance &a : session.attendees)
        if (!listed.contains(a.workerId))
            checkItem(m_workers, a.workerName, a.workerId, true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_workers->count(); ++i)
            m_workers->item(i)->setHidden(!m_workers->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Needs answered:"), m_needs);
    form->addRow(tr("&Expert:"), m_expert);
    form->addRow(tr("Expert's &unit:"), m_unit);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("&Attended:"), m_filter);
    layout->addLayout(form);
    layout->addWidget(m_workers, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 680);
}

QString TrainingDialog::problem() const
{
    return m_problem->text();
}

bool TrainingDialog::save()
{
    gd::TrainingSession s;
    s.id = m_id;
    s.date = m_date->date();
    s.topic = m_topic->currentText();
    s.expert = m_expert->text();
    s.trainerUnit = m_unit->text();
    s.note = m_note->text();
    s.needIds = checkedIds(m_needs);
    s.workerIds = checkedIds(m_workers);
    auto saved = gd::training::recordSession(m_db, s);
    if (!saved) {
        m_problem->setText(saved.message());
        return false;
    }
    m_savedId = *saved;
    m_problem->clear();
    return true;
}

void TrainingDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
