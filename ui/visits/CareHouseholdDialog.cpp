#include "CareHouseholdDialog.h"

#include "cases/CaseChoices.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "org/BuildingService.h"
#include "visits/CareRegister.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace gdui {

CareHouseholdDialog::CareHouseholdDialog(const AppContext &ctx, const gd::CareHousehold &household, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_household(household)
{
    setWindowTitle(household.id.isEmpty() ? tr("Add a household to the care register")
                                          : tr("Care household: %1").arg(household.name));
    auto *form = new QFormLayout(this);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("careGridComboBox"));
    makeSearchable(m_grid);
    fillChoices(m_grid, gridChoices(*ctx.db), tr("(choose the grid)"));
    m_building = new QComboBox(this);
    makeSearchable(m_building);
    m_name = new QLineEdit(household.name, this);
    m_name->setObjectName(QStringLiteral("careNameEdit"));
    m_phone = new QLineEdit(household.phone, this);
    m_address = new QLineEdit(household.address, this);
    m_address->setPlaceholderText(tr("building, unit and room: 书香家园3号楼2单元301"));
    m_kind = new QComboBox(this);
    for (const QString &k : gd::visits::careKinds())
        m_kind->addItem(gd::visits::careKindName(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(household.kind)));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("careIntervalSpinBox"));
    m_interval->setRange(1, gd::visits::kMaxIntervalDays);
    m_interval->setSuffix(tr(" days"));
    m_interval->setValue(household.intervalDays);
    m_note = new QPlainTextEdit(household.note, this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("&Building:"), m_building, QStringLiteral("building_id"));
    addFormRow(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));
    addFormRow(form, m_errors, tr("&Phone:"), m_phone, QStringLiteral("phone"));
    addFormRow(form, m_errors, tr("&Address:"), m_address, QStringLiteral("address"));
    addFormRow(form, m_errors, tr("&Care for:"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("&Visit every:"), m_interval, QStringLiteral("interval_days"));
    addFormRow(form, m_errors, tr("N&ote:"), m_note, QStringLiteral("note"));
    addOkCancel(this, form);
    selectChoice(m_grid, household.gridId);
    gridChosen();
    selectChoice(m_building, household.buildingId);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &CareHouseholdDialog::gridChosen);
}

void CareHouseholdDialog::gridChosen()
{
    QList<Choice> buildings;
    const QString gridId = chosenId(m_grid);
    if (!gridId.isEmpty())
        for (const gd::Building &b : gd::BuildingService(*m_ctx.db).buildings(gridId))
            if (b.active)
                buildings << Choice{b.id, b.name};
    fillChoices(m_building, buildings, tr("(no building)"));
}

void CareHouseholdDialog::accept()
{
    gd::CareHousehold h = m_household;
    h.gridId = chosenId(m_grid);
    h.buildingId = chosenId(m_building);
    h.name = m_name->text();
    h.phone = m_phone->text();
    h.address = m_address->text();
    h.kind = m_kind->currentData().toString();
    h.intervalDays = m_interval->value();
    h.note = m_note->toPlainText();
    auto id = gd::CareRegister(*m_ctx.db).save(h);
    if (!id) {
        m_errors.report(this, id.error());
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace gdui
