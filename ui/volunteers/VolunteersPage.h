#pragma once
// 志愿服务: volunteer service in three tabs — the services (listed by place, team and period, the
// one selected in full, record Ctrl+N, change, remove), the teams and their members, and the totals
// per team, person or kind with a volunteer's hours statement.
#include "common/AppContext.h"
#include "volunteers/VolunteerServices.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace gdui {

class VolunteerServiceListModel;
class VolunteerTeamsTab;
class VolunteerTotalsTab;

class VolunteersPage : public QWidget
{
    Q_OBJECT
public:
    explicit VolunteersPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    VolunteerServiceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    VolunteerTeamsTab *teams() const { return m_teams; }
    VolunteerTotalsTab *totals() const { return m_totals; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordService();
    void editSelected();
    void removeSelected();
    void select(const QString &id);
    // Exactly these services (a figure's records), until a filter changes.
    void showRecords(const gd::VolunteerFilter &filter, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildServicesTab();
    void showSelected();
    AppContext m_ctx;
    QTabWidget *m_tabs;
    QComboBox *m_scope, *m_team;
    QDateEdit *m_from, *m_to;
    QLabel *m_status;
    VolunteerServiceListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_edit, *m_remove;
    VolunteerTeamsTab *m_teams;
    VolunteerTotalsTab *m_totals;
    bool m_stale = true;
};

} // namespace gdui
