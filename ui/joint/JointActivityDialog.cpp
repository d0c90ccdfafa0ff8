#include "JointActivityDialog.h"

#include "JointPeopleEditor.h"
#include "cases/CaseChoices.h"
#include "cases/CaseService.h"
#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "joint/JointActivities.h"
#include "org/GridService.h"
#include "org/PoliceGridService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace gdui {

JointActivityDialog::JointActivityDialog(const AppContext &ctx, const gd::JointActivity &a, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(a.id)
    , m_recordedBy(a.id.isEmpty() ? ctx.db->actor().workerId : a.recordedBy)
{
    setWindowTitle(a.id.isEmpty() ? tr("Record joint work") : tr("Change the joint work"));
    auto *form = new QFormLayout(this);
    m_policeGrid = new QComboBox(this);
    m_policeGrid->setObjectName(QStringLiteral("jointPoliceGridComboBox"));
    makeSearchable(m_policeGrid);
    QList<Choice> policeGrids;
    for (const gd::PoliceGrid &p : gd::PoliceGridService(*ctx.db).policeGrids())
        policeGrids << Choice{p.id, QStringLiteral("%1  %2").arg(p.code, p.name)};
    fillChoices(m_policeGrid, policeGrids, tr("(choose the police grid)"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("jointKindComboBox"));
    for (const QString &k : gd::joint::activityKinds())
        m_kind->addItem(gd::joint::activityKindName(k), k);
    m_at = newBeijingTimeEdit(this, QStringLiteral("jointAtEdit"));
    m_grids = new QListWidget(this);
    m_grids->setObjectName(QStringLiteral("jointGridList"));
    m_grids->setMaximumHeight(100);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("jointSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    m_people = new JointPeopleEditor(peopleChoices(*ctx.db), QStringLiteral("jointPeopleTable"), this);
    m_links = new QLineEdit(this);
    m_links->setObjectName(QStringLiteral("jointLinksEdit"));
    m_links->setPlaceholderText(tr("request numbers and dispute ids, separated by spaces"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(50);
    addFormRow(form, m_errors, tr("&Police grid:"), m_policeGrid, QStringLiteral("police_grid_id"));
    addFormRow(form, m_errors, tr("G&rids:"), m_grids, QStringLiteral("grids"));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("&When:"), m_at, QStringLiteral("at_ms"));
    addFormRow(form, m_errors, tr("&What was done:"), m_summary, QStringLiteral("summary"));
    addFormRow(form, m_errors, tr("P&eople:"), m_people, QStringLiteral("people"));
    addFormRow(form, m_errors, tr("Re&quests and disputes:"), m_links, QStringLiteral("case_id"));
    m_errors.bind(QStringLiteral("dispute_id"), m_links);
    m_errors.bind(QStringLiteral("links"), m_links);
    addFormRow(form, m_errors, tr("&Note:"), m_note, QStringLiteral("note"));
    addOkCancel(this, form);

    selectChoice(m_policeGrid, a.policeGridId);
    fillGrids(a.gridIds);
    connect(m_policeGrid, &QComboBox::currentIndexChanged, this, [this] { fillGrids({}); });
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(a.kind)));
    setBeijingTime(m_at, a.atMs ? a.atMs : ctx.db->nowMs());
    m_summary->setPlainText(a.summary);
    m_note->setPlainText(a.note);
    for (const gd::JointPerson &p : a.people)
        m_people->addPerson(p);
    QStringList links;
    gd::CaseService cases(*ctx.db);
    for (const QString &c : a.caseIds)
        links << cases.numberOf(c);
    links += a.disputeIds;
    m_links->setText(links.join(QLatin1Char(' ')));
    resize(640, 640);
}

void JointActivityDialog::fillGrids(const QStringList &ticked)
{
    m_grids->clear();
    const QString policeGrid = chosenId(m_policeGrid);
    if (policeGrid.isEmpty())
        return;
    const QList<gd::Grid> paired = gd::GridService(*m_ctx.db).pairedWith(policeGrid);
    for (const gd::Grid &g : paired) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(g.code, g.name), m_grids);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // A police grid of one grid: that grid, ticked.
        item->setCheckState(ticked.contains(g.id) || paired.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
}

gd::JointActivity JointActivityDialog::activity() const
{
    gd::JointActivity a;
    a.id = m_id;
    a.policeGridId = chosenId(m_policeGrid);
    a.kind = m_kind->currentData().toString();
    a.atMs = beijingTimeOf(m_at);
    a.summary = m_summary->toPlainText();
    a.note = m_note->toPlainText();
    a.recordedBy = m_recordedBy;
    for (int i = 0; i < m_grids->count(); ++i)
        if (m_grids->item(i)->checkState() == Qt::Checked)
            a.gridIds << m_grids->item(i)->data(Qt::UserRole).toString();
    a.people = m_people->people();
    gd::CaseService cases(*m_ctx.db);
    for (const QString &word :
         m_links->text().split(QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts)) {
        // A request by its number (or id); anything else is taken for a dispute's id.
        auto c = cases.caseByNumber(word);
        if (c)
            a.caseIds << c->id;
        else if (cases.caseById(word))
            a.caseIds << word;
        else
            a.disputeIds << word;
    }
    return a;
}

void JointActivityDialog::accept()
{
    gd::JointActivityService service(*m_ctx.db);
    const gd::JointActivity a = activity();
    if (a.id.isEmpty()) {
        auto id = service.record(a);
        if (!m_errors.report(this, id ? gd::Error() : id.error()))
            return;
        m_savedId = *id;
    } else {
        gd::Status done = service.edit(a);
        if (!m_errors.report(this, done ? gd::Error() : done.error()))
            return;
        m_savedId = a.id;
    }
    QDialog::accept();
}

} // namespace gdui
