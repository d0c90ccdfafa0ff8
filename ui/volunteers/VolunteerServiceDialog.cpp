#include "VolunteerServiceDialog.h"

#include "common/BeijingTime.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "org/GridService.h"
#include "storage/Database.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace gdui {

VolunteerServiceDialog::VolunteerServiceDialog(const AppContext &ctx, const gd::VolunteerService &s, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(s.id)
{
    setWindowTitle(s.id.isEmpty() ? tr("Record a volunteer service") : tr("Change the volunteer service"));
    auto *form = new QFormLayout(this);
    gd::VolunteerTeamService teams(*ctx.db);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("volunteerTeamComboBox"));
    QList<Choice> teamChoices;
    const auto all = teams.teams();
    for (const gd::VolunteerTeam &t : all ? *all : QList<gd::VolunteerTeam>())
        teamChoices << Choice{t.id, t.name};
    fillChoices(m_team, teamChoices, tr("(choose the team)"));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("volunteerGridComboBox"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("volunteerKindComboBox"));
    m_kind->setEditable(true);
    m_kind->setToolTip(tr("Choose a kind of service, or type a new one: it joins the office's list."));
    const auto kinds = teams.kinds();
    for (const gd::VolunteerKind &k : kinds ? *kinds : QList<gd::VolunteerKind>())
        m_kind->addItem(k.name, k.id);
    m_at = newBeijingTimeEdit(this, QStringLiteral("volunteerAtEdit"));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("volunteerHoursBox"));
    m_hours->setRange(0, gd::volunteers::kMaxHours);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_households = new QSpinBox(this);
    m_households->setRange(0, 10000);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("volunteerSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(70);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("volunteerPeopleList"));
    m_people->setMaximumHeight(140);
    addFormRow(form, m_errors, tr("&Team:"), m_team, QStringLiteral("team_id"));
    addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind_id"));
    m_errors.bind(QStringLiteral("kind"), m_kind);
    addFormRow(form, m_errors, tr("&When:"), m_at, QStringLiteral("at_ms"));
    addFormRow(form, m_errors, tr("&Hours each:"), m_hours, QStringLiteral("hours"));
    addFormRow(form, m_errors, tr("Ho&useholds served:"), m_households, QStringLiteral("households"));
    addFormRow(form, m_errors, tr("&What was done:"), m_summary, QStringLiteral("summary"));
    addFormRow(form, m_errors, tr("Who &served:"), m_people, QStringLiteral("workers"));
    addOkCancel(this, form);

    selectChoice(m_team, s.teamId);
    fillTeam(s.gridId, s.workerIds);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { fillTeam({}, {}); });
    m_kind->setCurrentIndex(s.kindId.isEmpty() ? 0 : m_kind->findData(s.kindId));
    setBeijingTime(m_at, s.atMs ? s.atMs : ctx.db->nowMs());
    m_hours->setValue(s.hours > 0 ? s.hours : 1.0);
    m_households->setValue(s.households);
    m_summary->setPlainText(s.summary);
    resize(560, 600);
}

void VolunteerServiceDialog::fillTeam(const QString &grid, const QStringList &ticked)
{
    m_grid->clear();
    m_people->clear();
    auto team = gd::VolunteerTeamService(*m_ctx.db).team(chosenId(m_team));
    if (!team)
        return;
    // A grid's team serves its grid; a community's team any of the community's grids.
    QList<Choice> grids;
    for (const gd::GridSummary &g : gd::GridService(*m_ctx.db).summaries({}, team->communityId, false))
        if (team->gridId.isEmpty() || team->gridId == g.grid.id)
            grids << Choice{g.grid.id, QStringLiteral("%1  %2").arg(g.grid.code, g.grid.name)};
    fillChoices(m_grid, grids);
    selectChoice(m_grid, grid);
    for (const gd::VolunteerMember &m : team->members) {
        auto *item = new QListWidgetItem(m.workerName, m_people);
        item->setData(Qt::UserRole, m.workerId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(m.workerId) ? Qt::Checked : Qt::Unchecked);
    }
}

void VolunteerServiceDialog::accept()
{
    gd::VolunteerService s;
    s.id = m_id;
    s.teamId = chosenId(m_team);
    s.gridId = chosenId(m_grid);
    s.atMs = beijingTimeOf(m_at);
    s.hours = m_hours->value();
    s.households = m_households->value();
    s.summary = m_summary->toPlainText();
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            s.workerIds << m_people->item(i)->data(Qt::UserRole).toString();
    // A kind of the list by its name, or a new one typed: it joins the list with the service.
    s.kindName = m_kind->currentText();
    gd::VolunteerServiceLog log(*m_ctx.db);
    if (s.id.isEmpty()) {
        auto id = log.record(s);
        if (!m_errors.report(this, id ? gd::Error() : id.error()))
            return;
        m_savedId = *id;
    } else {
        gd::Status done = log.edit(s);
        if (!m_errors.report(this, done ? gd::Error() : done.error()))
            return;
        m_savedId = s.id;
    }
    QDialog::accept();
}

} // namespace gdui
