#pragma once
// 警网联席会商: the three-level joint meetings, listed by place, level and period, beside the one
// selected in full (attendees, issues, decisions) and its follow-up tasks, each done or made a
// request from here; record (Ctrl+N) and change one button away.
#include "common/AppContext.h"
#include "joint/JointMeetings.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gdui {

class JointMeetingListModel;
class JointTaskTable;

class JointMeetingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit JointMeetingsTab(const AppContext &ctx, QWidget *parent = nullptr);
    JointMeetingListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    JointTaskTable *tasks() const { return m_tasks; }
    QLabel *statusLabel() const { return m_status; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordMeeting();
    void editSelected();
    void select(const QString &id);
    void showRecords(const gd::JointMeetingFilter &filter, const QString &title);

Q_SIGNALS:
    void openCase(const QString &caseId);

private:
    void showSelected();
    AppContext m_ctx;
    QComboBox *m_scope, *m_level;
    QDateEdit *m_from, *m_to;
    QLabel *m_status;
    JointMeetingListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    JointTaskTable *m_tasks;
    QPushButton *m_edit;
};

} // namespace gdui
