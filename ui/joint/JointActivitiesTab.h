#pragma once
// 警网联动: the police–grid joint activities, listed by place, police grid, kind and period,
// beside the one selected in full (its grids, people, requests and disputes), with record
// (Ctrl+N), change and remove one button away.
#include "common/AppContext.h"
#include "joint/JointActivities.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gdui {

class JointActivityListModel;

class JointActivitiesTab : public QWidget
{
    Q_OBJECT
public:
    explicit JointActivitiesTab(const AppContext &ctx, QWidget *parent = nullptr);
    JointActivityListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordActivity();
    void editSelected();
    void removeSelected();
    void select(const QString &id);
    // Exactly these activities (a figure's records), until a filter changes.
    void showRecords(const gd::JointActivityFilter &filter, const QString &title);

private:
    void showSelected();
    AppContext m_ctx;
    QComboBox *m_scope, *m_policeGrid, *m_kind;
    QDateEdit *m_from, *m_to;
    QLabel *m_status;
    JointActivityListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_edit, *m_remove;
};

} // namespace gdui
