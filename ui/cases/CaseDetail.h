#pragma once
// One case: what was asked, where, by whom, its deadlines and the whole timeline, with a button
// for every action the signed-in operator may take now.
#include "cases/WorkflowAction.h"
#include "common/AppContext.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace gdui {

class CaseDetail : public QWidget
{
    Q_OBJECT
public:
    CaseDetail(const AppContext &ctx, QWidget *parent = nullptr);
    void showCase(const QString &caseId);
    QString caseId() const { return m_caseId; }
    QTreeWidget *timeline() const { return m_timeline; }
    QString bodyText() const; // what the case says above its timeline
    // The time the case's extension requests waited for a decision; hidden when it had none.
    QLabel *extensionWait() const { return m_extensionWait; }
    // The actions offered now, as their keys (for tests).
    QList<gd::workflow::Action> offeredActions() const;
    // Runs an action with the note and data given (the dialog's values); shows a refusal.
    bool runAction(const gd::workflow::Step &step);

public Q_SLOTS:
    void askAction(gd::workflow::Action action);
    void splitSelectedReport();
    void savePdf();

Q_SIGNALS:
    void caseChanged(const QString &caseId);

private:
    void rebuildActions();
    void showExtensionWait();
    AppContext m_ctx;
    QString m_caseId;
    QLabel *m_header;
    QLabel *m_body;
    QLabel *m_extensionWait;
    QTreeWidget *m_timeline;
    QWidget *m_actions;
    QHBoxLayout *m_actionLayout;
    QList<gd::workflow::Action> m_offered;
};

} // namespace gdui
