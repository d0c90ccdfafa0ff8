#include "JointTeamTab.h"

#include "cases/CaseChoices.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "joint/JointTeam.h"
#include "people/WorkerService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

JointTeamTab::JointTeamTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("teamGridComboBox"));
    m_grid->setMinimumContentsLength(20);
    makeSearchable(m_grid);
    fillChoices(m_grid, gridChoices(*ctx.db), tr("(choose a grid)"));
    auto *gridLabel = new QLabel(tr("&Grid:"), this);
    gridLabel->setBuddy(m_grid);
    bar->addWidget(gridLabel);
    bar->addWidget(m_grid);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_heads = new QLabel(this);
    m_heads->setObjectName(QStringLiteral("teamHeadsLabel"));
    m_heads->setWordWrap(true);
    layout->addWidget(m_heads);
    m_members = newRowTable(this, QStringLiteral("teamMembersTable"), {tr("Name"), tr("Role")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_members, 1);
    auto *add = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("teamPersonComboBox"));
    m_person->setMinimumContentsLength(16);
    makeSearchable(m_person);
    QList<Choice> residents;
    gd::WorkerService workers(*ctx.db);
    for (const QString &kind : {QStringLiteral("volunteer"), QStringLiteral("building_leader"),
                                QStringLiteral("full_time"), QStringLiteral("part_time")})
        for (const gd::Worker &w : workers.ofKind(kind))
            if (kind == QLatin1String("volunteer") || kind == QLatin1String("building_leader") || w.partyMember)
                residents << Choice{w.id, w.name};
    fillChoices(m_person, residents, tr("(choose a resident)"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("teamRoleComboBox"));
    for (const QString &r : gd::joint::memberRoles())
        m_role->addItem(gd::joint::memberRoleName(r), r);
    auto *addButton = new QPushButton(tr("&Add to the team"), this);
    addButton->setObjectName(QStringLiteral("teamAddButton"));
    auto *removeButton = new QPushButton(tr("&Take off the team"), this);
    removeButton->setObjectName(QStringLiteral("teamRemoveButton"));
    auto *personLabel = new QLabel(tr("&Resident:"), this);
    personLabel->setBuddy(m_person);
    for (QWidget *w : std::initializer_list<QWidget *>{personLabel, m_person, m_role, addButton, removeButton})
        add->addWidget(w);
    add->addStretch(1);
    layout->addLayout(add);
    layout->addWidget(new QLabel(tr("A volunteer or building leader is one in the people register; a party member "
                                    "is marked so there. The police-grid head and the grid head are set with the "
                                    "grid and its police grid."),
                                 this));
    connect(m_grid, &QComboBox::currentIndexChanged, this, &JointTeamTab::refresh);
    connect(addButton, &QPushButton::clicked, this, &JointTeamTab::addMember);
    connect(removeButton, &QPushButton::clicked, this, &JointTeamTab::removeSelected);
    refresh();
}

void JointTeamTab::refresh()
{
    m_members->setRowCount(0);
    const QString gridId = chosenId(m_grid);
    if (gridId.isEmpty()) {
        m_heads->setText(tr("Choose a grid to see its 1+1+N team."));
        return;
    }
    auto team = gd::JointTeamService(*m_ctx.db).team(gridId);
    if (!team) {
        m_heads->setText(team.message());
        return;
    }
    const QString none = tr("(not set)");
    m_heads->setText(tr("Police-grid head: %1 (%2) · Grid head: %3 · Residents: %4")
                         .arg(team->officerName.isEmpty() ? none : team->officerName,
                              team->policeGridName.isEmpty() ? none : team->policeGridName,
                              team->headName.isEmpty() ? none : team->headName)
                         .arg(team->members.size()));
    for (const gd::JointTeamMember &m : team->members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        auto *name = new QTableWidgetItem(m.workerName);
        name->setData(Qt::UserRole, m.id);
        m_members->setItem(row, 0, name);
        m_members->setItem(row, 1, new QTableWidgetItem(gd::joint::memberRoleName(m.role)));
    }
    m_members->resizeColumnsToContents();
}

void JointTeamTab::addMember()
{
    auto added = gd::JointTeamService(*m_ctx.db).addMember(chosenId(m_grid), chosenId(m_person),
                                                           m_role->currentData().toString());
    if (!added)
        MessageBox::warning(this, tr("Add to the team"), added.message());
    refresh();
}

void JointTeamTab::removeSelected()
{
    const QTableWidgetItem *item = m_members->item(m_members->currentRow(), 0);
    if (!item)
        return;
    if (gd::Status s = gd::JointTeamService(*m_ctx.db).removeMember(item->data(Qt::UserRole).toString()); !s)
        MessageBox::warning(this, tr("Take off the team"), s.message());
    refresh();
}

} // namespace gdui
