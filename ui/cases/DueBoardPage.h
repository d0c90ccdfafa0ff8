#pragma once
// 到期预警: per handler and per grid, the open cases, those due within one working day (yellow)
// and the overdue ones (red), most overdue first. Double-click or Enter on a row opens the Cases
// page on that handler's or grid's cases: the soon-due or overdue ones when that count was
// chosen, all open ones otherwise. Follows the cases as they change, and the clock.
#include "cases/CaseQueries.h"
#include "common/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QModelIndex;
class QTableView;
class QTimer;

namespace gdui {

class DueBoardModel;

class DueBoardPage : public QWidget
{
    Q_OBJECT
public:
    DueBoardPage(const AppContext &ctx, QWidget *parent = nullptr);
    DueBoardModel *handlerModel() const { return m_handlerModel; }
    DueBoardModel *gridModel() const { return m_gridModel; }
    QTableView *handlerTable() const { return m_handlerTable; }
    QTableView *gridTable() const { return m_gridTable; }
    QLabel *summary() const { return m_summary; }
    // The callback queue (待回访): its count; clicked, the list of completed cases waiting.
    QPushButton *callbacksButton() const { return m_callbacks; }
    // The care register's late visits (关爱走访逾期) per grid worker; clicked, the register's late ones.
    QPushButton *careButton() const { return m_care; }
    // The high-risk disputes not yet reviewed (高风险纠纷待研判); clicked, their list.
    QPushButton *disputesButton() const { return m_disputes; }
    // The joint meetings' tasks past their due day and not done (会商任务逾期); clicked, the open tasks.
    QPushButton *jointTasksButton() const { return m_jointTasks; }
    // "now" for the counts (0: the database clock); tests and screenshots of a fixed day.
    void setNow(qint64 nowMs);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The case list a cell stands for (CaseWorkload::filterFor).
    void openCases(const gd::CaseFilter &filter);
    void openLateCare();
    void openAwaitingDisputes();
    void openJointTasks();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableView *addTable(QWidget *parent, DueBoardModel *model, const QString &objectName, const QString &name);
    void open(const QModelIndex &index);
    void refreshCare();
    void refreshDisputes();
    void refreshJointTasks();
    AppContext m_ctx;
    qint64 m_now = 0;
    QLabel *m_summary;
    QLabel *m_legend;
    QPushButton *m_callbacks;
    QPushButton *m_care, *m_disputes, *m_jointTasks;
    QSplitter *m_split;
    bool m_sized = false; // the two tables share the width by their contents, once
    DueBoardModel *m_handlerModel;
    DueBoardModel *m_gridModel;
    QTableView *m_handlerTable;
    QTableView *m_gridTable;
    QTimer *m_tick;
};

} // namespace gdui
