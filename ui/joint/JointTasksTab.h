#pragma once
// 会商任务: the joint meetings' follow-up tasks of a place, soonest due first — all of them or only
// those still open — each done or made a request from here. The due board opens it on the open
// tasks; a figure on the dashboard on the tasks it counted.
#include "common/AppContext.h"
#include "joint/JointTasks.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace gdui {

class JointTaskTable;

class JointTasksTab : public QWidget
{
    Q_OBJECT
public:
    explicit JointTasksTab(const AppContext &ctx, QWidget *parent = nullptr);
    JointTaskTable *tasks() const { return m_tasks; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void refresh();
    void showOpen(); // every open task of the office
    void showRecords(const gd::JointTaskFilter &filter, const QString &title);

Q_SIGNALS:
    void openCase(const QString &caseId);

private:
    void count(const QString &title);
    AppContext m_ctx;
    QComboBox *m_scope;
    QCheckBox *m_openOnly;
    QLabel *m_status;
    JointTaskTable *m_tasks;
};

} // namespace gdui
