#pragma once
// The follow-up tasks of joint meetings as a table — due day, owner, task, when done, the request
// it became — with "Done…" (when and a note) and "Make a request…" (a case found proactively,
// JointTaskService::toCase) for the selected open task. An overdue open task is shown in red. The
// meetings tab shows one meeting's tasks with it; the tasks tab all those of a place or a figure.
#include "common/AppContext.h"
#include "joint/JointTasks.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gdui {

class JointTaskTable : public QWidget
{
    Q_OBJECT
public:
    explicit JointTaskTable(const AppContext &ctx, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *caseButton() const { return m_case; }
    const QList<gd::JointTask> &tasks() const { return m_tasks; }
    QString currentId() const;

public Q_SLOTS:
    void setFilter(const gd::JointTaskFilter &filter);
    void reload();
    // Done at the time and with the note given (the dialog's work, callable from tests).
    gd::Status completeCurrent(qint64 atMs, const QString &note);
    void completeSelected();
    void makeCaseOfSelected();

Q_SIGNALS:
    void changed();
    void openCase(const QString &caseId);

private:
    void updateButtons();
    AppContext m_ctx;
    gd::JointTaskFilter m_filter;
    QList<gd::JointTask> m_tasks;
    QTableWidget *m_table;
    QPushButton *m_done, *m_case;
};

} // namespace gdui
