#include "VolunteerTeamsTab.h"

#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "common/ScopeChoices.h"
#include "people/WorkerService.h"
#include "volunteers/VolunteerTeams.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

VolunteerTeamsTab::VolunteerTeamsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *make = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("volunteerTeamNameEdit"));
    m_name->setPlaceholderText(tr("a new team's name"));
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("volunteerTeamCommunityComboBox"));
    makeSearchable(m_community);
    QList<Choice> communities;
    for (const Choice &c : scopeChoices(*ctx.db, false))
        if (c.first.startsWith(QLatin1String("community:")))
            communities << Choice{c.first.section(QLatin1Char(':'), 1), c.second.trimmed()};
    fillChoices(m_community, communities, tr("(its community)"));
    auto *makeButton = new QPushButton(tr("&Make the team"), this);
    auto *nameLabel = new QLabel(tr("&New team:"), this);
    nameLabel->setBuddy(m_name);
    for (QWidget *w : std::initializer_list<QWidget *>{nameLabel, m_name, m_community, makeButton})
        make->addWidget(w);
    make->addStretch(1);
    layout->addLayout(make);
    auto *lists = new QHBoxLayout;
    m_teams = newRowTable(this, QStringLiteral("volunteerTeamsTable"), {tr("Team"), tr("Members")});
    m_teams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members = newRowTable(this, QStringLiteral("volunteerMembersTable"), {tr("Member")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lists->addWidget(m_teams, 1);
    lists->addWidget(m_members, 1);
    layout->addLayout(lists, 1);
    auto *add = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("volunteerPersonComboBox"));
    m_person->setMinimumContentsLength(16);
    makeSearchable(m_person);
    QList<Choice> residents;
    gd::WorkerService workers(*ctx.db);
    for (const QString &kind : gd::people::workerKinds())
        for (const gd::Worker &w : workers.ofKind(kind))
            if (gd::VolunteerTeamService::servesAsResident(w.kind, w.partyMember))
                residents << Choice{w.id, w.name};
    fillChoices(m_person, residents, tr("(choose a volunteer)"));
    auto *addButton = new QPushButton(tr("&Add to the team"), this);
    addButton->setObjectName(QStringLiteral("volunteerAddMemberButton"));
    auto *removeButton = new QPushButton(tr("&Take off the team"), this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_person, addButton, removeButton})
        add->addWidget(w);
    add->addStretch(1);
    layout->addLayout(add);
    connect(makeButton, &QPushButton::clicked, this, &VolunteerTeamsTab::addTeam);
    connect(addButton, &QPushButton::clicked, this, &VolunteerTeamsTab::addMember);
    connect(removeButton, &QPushButton::clicked, this, &VolunteerTeamsTab::removeMember);
    connect(m_teams, &QTableWidget::currentCellChanged, this, &VolunteerTeamsTab::showMembers);
    refresh();
}

QString VolunteerTeamsTab::currentTeam() const
{
    const QTableWidgetItem *item = m_teams->item(m_teams->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void VolunteerTeamsTab::refresh()
{
    const QString keep = currentTeam();
    m_teams->setRowCount(0);
    auto teams = gd::VolunteerTeamService(*m_ctx.db).teams();
    for (const gd::VolunteerTeam &t : teams ? *teams : QList<gd::VolunteerTeam>()) {
        const int row = m_teams->rowCount();
        m_teams->insertRow(row);
        auto *name = new QTableWidgetItem(t.name);
        name->setData(Qt::UserRole, t.id);
        m_teams->setItem(row, 0, name);
        m_teams->setItem(row, 1, new QTableWidgetItem(QString::number(t.members.size())));
        if (t.id == keep)
            m_teams->setCurrentCell(row, 0);
    }
    m_teams->resizeColumnsToContents();
    showMembers();
}

void VolunteerTeamsTab::showMembers()
{
    m_members->setRowCount(0);
    auto team = gd::VolunteerTeamService(*m_ctx.db).team(currentTeam());
    for (const gd::VolunteerMember &m : team ? team->members : QList<gd::VolunteerMember>()) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        auto *name = new QTableWidgetItem(m.workerName);
        name->setData(Qt::UserRole, m.id);
        m_members->setItem(row, 0, name);
    }
}

void VolunteerTeamsTab::addTeam()
{
    gd::VolunteerTeam t;
    t.name = m_name->text();
    t.communityId = chosenId(m_community);
    auto id = gd::VolunteerTeamService(*m_ctx.db).saveTeam(t);
    if (!id) {
        MessageBox::warning(this, tr("Make a volunteer team"), id.message());
        return;
    }
    m_name->clear();
    refresh();
    for (int row = 0; row < m_teams->rowCount(); ++row)
        if (m_teams->item(row, 0)->data(Qt::UserRole).toString() == *id)
            m_teams->setCurrentCell(row, 0);
}

void VolunteerTeamsTab::addMember()
{
    auto added = gd::VolunteerTeamService(*m_ctx.db).addMember(currentTeam(), chosenId(m_person));
    if (!added)
        MessageBox::warning(this, tr("Add to the team"), added.message());
    refresh();
}

void VolunteerTeamsTab::removeMember()
{
    const QTableWidgetItem *item = m_members->item(m_members->currentRow(), 0);
    if (!item)
        return;
    if (gd::Status s = gd::VolunteerTeamService(*m_ctx.db).removeMember(item->data(Qt::UserRole).toString()); !s)
        MessageBox::warning(this, tr("Take off the team"), s.message());
    refresh();
}

} // namespace gdui
