#pragma once
// 志愿服务队: the teams, each with its members from the people register; a team made or renamed
// (its community, or a grid for a grid's team, and its leader), members added (volunteers,
// building leaders, party members) or taken off.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace gdui {

class VolunteerTeamsTab : public QWidget
{
    Q_OBJECT
public:
    explicit VolunteerTeamsTab(const AppContext &ctx, QWidget *parent = nullptr);
    QTableWidget *teamsTable() const { return m_teams; }
    QTableWidget *membersTable() const { return m_members; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *communityCombo() const { return m_community; }
    QComboBox *personCombo() const { return m_person; }
    QString currentTeam() const;

public Q_SLOTS:
    void refresh();
    void addTeam(); // from the name and community typed above the list
    void addMember();
    void removeMember();

private:
    void showMembers();
    AppContext m_ctx;
    QTableWidget *m_teams, *m_members;
    QLineEdit *m_name;
    QComboBox *m_community, *m_person;
};

} // namespace gdui
