#include "HistoryDialogs.h"

#include "common/FormRows.h"
#include "org/GridService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace gdui {

CareerStepDialog::CareerStepDialog(const QString &workerId, const QString &today, QWidget *parent)
    : QDialog(parent)
    , m_workerId(workerId)
{
    setWindowTitle(tr("Career step"));
    auto *form = new QFormLayout(this);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("careerStageComboBox"));
    for (const QString &s : gd::people::careerStages())
        m_stage->addItem(gd::people::careerStageName(s), s);
    m_date = new QLineEdit(today, this);
    m_date->setObjectName(QStringLiteral("careerDateLineEdit"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("careerNoteLineEdit"));
    m_note->setMaxLength(200);
    addFormRow(form, m_errors, tr("&Step:"), m_stage, QStringLiteral("stage"));
    addFormRow(form, m_errors, tr("&Date:"), m_date, QStringLiteral("date"));
    addFormRow(form, m_errors, tr("&Note:"), m_note, QStringLiteral("note"));
    addOkCancel(this, form);
}

gd::CareerStep CareerStepDialog::step() const
{
    return gd::CareerStep{
        {}, m_workerId, m_stage->currentData().toString(), m_date->text().trimmed(), m_note->text().trimmed()};
}

CoverDialog::CoverDialog(gd::Database &db, const QString &workerId, const QString &today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workerId(workerId)
{
    setWindowTitle(tr("Cover a vacant grid"));
    auto *form = new QFormLayout(this);
    m_grid = new QLineEdit(this);
    m_grid->setObjectName(QStringLiteral("coverGridLineEdit"));
    m_grid->setPlaceholderText(tr("15-digit grid code"));
    m_start = new QLineEdit(today, this);
    m_start->setObjectName(QStringLiteral("coverStartLineEdit"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("coverEndLineEdit"));
    m_end->setPlaceholderText(tr("empty while the cover lasts"));
    m_subsidy = new QSpinBox(this);
    m_subsidy->setObjectName(QStringLiteral("coverSubsidySpinBox"));
    m_subsidy->setRange(0, 100000);
    m_subsidy->setValue(800);
    m_subsidy->setSuffix(tr(" yuan/month"));
    addFormRow(form, m_errors, tr("&Grid code:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("&From:"), m_start, QStringLiteral("start_date"));
    addFormRow(form, m_errors, tr("&Until:"), m_end, QStringLiteral("end_date"));
    addFormRow(form, m_errors, tr("&Subsidy:"), m_subsidy, QStringLiteral("monthly_subsidy"));
    addOkCancel(this, form);
}

QString CoverDialog::gridCode() const
{
    return m_grid->text().trimmed();
}

gd::GridCover CoverDialog::cover() const
{
    gd::GridCover c;
    c.workerId = m_workerId;
    auto g = gd::GridService(m_db).gridByCode(gridCode());
    c.gridId = g ? g->id : QString();
    c.startDate = m_start->text().trimmed();
    c.endDate = m_end->text().trimmed();
    c.monthlySubsidy = m_subsidy->value();
    return c;
}

} // namespace gdui
