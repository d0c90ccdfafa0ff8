#pragma once
// 登记为诉求: the problem a visit found registered as a case found on patrol (未诉先办), credited
// to the visit's worker and linked to the visit (VisitService::registerFinding) — or a joint
// meeting's task made a request (JointTaskService::toCase), its grid chosen here when the meeting
// was not a grid's. The desk chooses the category and may reword what happened and what is to be
// done; a refusal names the field and the dialog stays open.
#include "cases/CaseTypes.h"
#include "common/AppContext.h"
#include "common/FieldErrors.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QPlainTextEdit;

namespace gdui {

class FindingDialog : public QDialog
{
    Q_OBJECT
public:
    using Registration = std::function<gd::Result<QString>(const gd::Case &)>;
    FindingDialog(const AppContext &ctx, const QString &visitId, const QString &found, QWidget *parent = nullptr);
    // `registration` writes the case from the draft; with `askGrid` the desk chooses its grid.
    FindingDialog(const AppContext &ctx, const QString &found, Registration registration, bool askGrid,
                  QWidget *parent = nullptr);
    QComboBox *gridCombo() const { return m_grid; } // null unless asked
    QComboBox *categoryCombo() const { return m_category; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QString caseId() const { return m_caseId; } // once accepted

    void accept() override; // registers the case; stays open on a refusal

private:
    AppContext m_ctx;
    Registration m_registration;
    QString m_caseId;
    FieldErrors m_errors;
    QComboBox *m_grid = nullptr, *m_category, *m_type, *m_urgency;
    QPlainTextEdit *m_description, *m_request;
};

} // namespace gdui
