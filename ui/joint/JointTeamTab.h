#pragma once
// 1+1+N 队伍: a grid's police–grid team — its police grid and officer (the police-grid head) and
// its grid head, as the organisation keeps them, and the N residents (volunteers, building leaders,
// party members) added here from the people register or taken off.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace gdui {

class JointTeamTab : public QWidget
{
    Q_OBJECT
public:
    explicit JointTeamTab(const AppContext &ctx, QWidget *parent = nullptr);
    QComboBox *gridCombo() const { return m_grid; }
    QComboBox *personCombo() const { return m_person; }
    QComboBox *roleCombo() const { return m_role; }
    QTableWidget *membersTable() const { return m_members; }
    QLabel *headsLabel() const { return m_heads; }

public Q_SLOTS:
    void refresh();
    void addMember();
    void removeSelected();

private:
    AppContext m_ctx;
    QComboBox *m_grid, *m_person, *m_role;
    QLabel *m_heads;
    QTableWidget *m_members;
};

} // namespace gdui
