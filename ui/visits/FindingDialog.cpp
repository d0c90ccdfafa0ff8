#include "FindingDialog.h"

#include "cases/CaseChoices.h"
#include "cases/CaseTypes.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "visits/VisitService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace gdui {

FindingDialog::FindingDialog(const AppContext &ctx, const QString &visitId, const QString &found, QWidget *parent)
    : FindingDialog(
          ctx, found,
          [db = ctx.db, visitId](const gd::Case &draft) {
              return gd::VisitService(*db).registerFinding(visitId, draft);
          },
          false, parent)
{}

FindingDialog::FindingDialog(const AppContext &ctx, const QString &found, Registration registration, bool askGrid,
                             QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_registration(std::move(registration))
{
    setWindowTitle(tr("Register the finding as a case"));
    auto *form = new QFormLayout(this);
    if (askGrid) {
        m_grid = new QComboBox(this);
        m_grid->setObjectName(QStringLiteral("findingGridComboBox"));
        makeSearchable(m_grid);
        fillChoices(m_grid, gridChoices(*ctx.db), tr("(choose the grid)"));
        addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("findingCategoryComboBox"));
    makeSearchable(m_category);
    fillChoices(m_category, categoryChoices(*ctx.db), tr("(choose a category)"));
    m_type = new QComboBox(this);
    for (const QString &t : gd::cases::requestTypes())
        m_type->addItem(gd::cases::requestTypeName(t), t);
    m_type->setCurrentIndex(qMax(0, m_type->findData(QStringLiteral("report"))));
    m_urgency = new QComboBox(this);
    for (const QString &u : gd::cases::urgencies())
        m_urgency->addItem(gd::cases::urgencyName(u), u);
    m_description = new QPlainTextEdit(found, this);
    m_description->setObjectName(QStringLiteral("findingDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_request = new QPlainTextEdit(this);
    m_request->setTabChangesFocus(true);
    m_request->setPlaceholderText(tr("What is to be done"));
    addFormRow(form, m_errors, tr("Cate&gory:"), m_category, QStringLiteral("category_id"));
    addFormRow(form, m_errors, tr("&Type:"), m_type, QStringLiteral("request_type"));
    addFormRow(form, m_errors, tr("&Urgency:"), m_urgency, QStringLiteral("urgency"));
    addFormRow(form, m_errors, tr("&What happened:"), m_description, QStringLiteral("description"));
    addFormRow(form, m_errors, tr("What is to be &done:"), m_request, QStringLiteral("request"));
    addOkCancel(this, form);
    m_category->setFocus();
}

void FindingDialog::accept()
{
    gd::Case draft;
    draft.categoryId = chosenId(m_category);
    draft.requestType = m_type->currentData().toString();
    draft.urgency = m_urgency->currentData().toString();
    draft.description = m_description->toPlainText();
    draft.request = m_request->toPlainText();
    if (m_grid)
        draft.gridId = chosenId(m_grid);
    auto id = m_registration(draft);
    if (!id) {
        m_errors.report(this, id.error());
        return;
    }
    m_caseId = *id;
    QDialog::accept();
}

} // namespace gdui
