#pragma once
// Asks what one workflow action needs: a note, and for some actions a handler, a reason, a
// number of days, a supervision level, the callback's result, the extension decision, or the
// branch of concurrent actions that stands (the case's, hence its id).
#include "cases/WorkflowAction.h"
#include "common/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    CaseActionDialog(gd::Database &db, gd::workflow::Action action, const QString &caseId = {},
                     QWidget *parent = nullptr);
    // The action as filled in: its note and the details the action takes.
    gd::workflow::Step step() const;
    FieldErrors &errors() { return m_errors; }

private slots:
    // Satisfaction and solved only for a resident who was reached; a reason only when no callback
    // was needed.
    void followResult();

private:
    gd::workflow::Action m_action;
    FieldErrors m_errors;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_reason = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QCheckBox *m_solved = nullptr;
    QComboBox *m_notNeeded = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_report = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_approved = nullptr;
    QComboBox *m_branch = nullptr;
};

} // namespace gdui
