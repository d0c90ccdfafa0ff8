#include "GridForm.h"

#include "BuildingTableModel.h"
#include "common/Choosers.h"
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace gdui {

GridForm::GridForm(gd::Database &db, QWidget *parent)
    : RecordForm(parent)
    , m_db(db)
{
    m_community = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("gridCodeLineEdit"));
    m_code->setMaxLength(15);
    m_code->setPlaceholderText(tr("15 digits: the community's 12 and a 3-digit number"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("gridNameLineEdit"));
    m_name->setMaxLength(40);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("gridKindComboBox"));
    for (const QString &k : gd::org::gridKinds())
        m_kind->addItem(gd::org::gridKindName(k), k);
    m_scope = new QPlainTextEdit(this);
    m_scope->setObjectName(QStringLiteral("gridScopeTextEdit"));
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(60);
    m_households = new QSpinBox(this);
    m_households->setObjectName(QStringLiteral("gridHouseholdsSpinBox"));
    m_households->setRange(0, 100000);
    m_residents = new QSpinBox(this);
    m_residents->setObjectName(QStringLiteral("gridResidentsSpinBox"));
    m_residents->setRange(0, 300000);
    m_elderly = new QDoubleSpinBox(this);
    m_elderly->setObjectName(QStringLiteral("gridElderlySpinBox"));
    m_elderly->setRange(0, 100);
    m_elderly->setDecimals(1);
    m_elderly->setSuffix(QStringLiteral(" %"));
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("gridWorkerComboBox"));
    makeSearchable(m_worker);
    m_head = new QComboBox(this);
    m_head->setObjectName(QStringLiteral("gridHeadComboBox"));
    makeSearchable(m_head);
    m_policeGrid = new QComboBox(this);
    m_policeGrid->setObjectName(QStringLiteral("gridPoliceGridComboBox"));
    makeSearchable(m_policeGrid);
    m_property = new QComboBox(this);
    m_property->setObjectName(QStringLiteral("gridPropertyComboBox"));
    makeSearchable(m_property);

    addRow(tr("Community:"), m_community, QStringLiteral("community_id"));
    addRow(tr("&Code:"), m_code, QStringLiteral("code"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("&Type:"), m_kind, QStringLiteral("kind"));
    addRow(tr("Sco&pe:"), m_scope, QStringLiteral("scope"));
    addRow(tr("&Households:"), m_households, QStringLiteral("households"));
    addRow(tr("&Residents:"), m_residents, QStringLiteral("residents"));
    addRow(tr("&Elderly share:"), m_elderly, QStringLiteral("elderly_percent"));
    addRow(tr("Grid &worker:"), m_worker, QStringLiteral("worker_id"));
    addRow(tr("Gr&id head:"), m_head, QStringLiteral("head_id"));
    addRow(tr("Paired p&olice grid:"), m_policeGrid, QStringLiteral("police_grid_id"));
    addRow(tr("Propert&y company:"), m_property, QStringLiteral("property_unit_id"));
    // Open courtyards have none: the card prints the office's wording for shared repairs.
    m_noProperty = new QCheckBox(tr("&No property company (open courtyard)"), this);
    m_noProperty->setObjectName(QStringLiteral("noProperty"));
    connect(m_noProperty, &QCheckBox::toggled, this, [this](bool none) {
        if (none)
            m_property->setCurrentIndex(0);
        m_property->setEnabled(!none);
    });
    addRow(QString(), m_noProperty, QStringLiteral("no_property"));
    m_promise = new QLineEdit(this);
    m_promise->setObjectName(QStringLiteral("gridPromise"));
    m_promise->setMaxLength(100);
    m_promise->setPlaceholderText(tr("The card template's promise"));
    addRow(tr("Grid pro&mise:"), m_promise, QStringLiteral("promise"));

    auto *box = new QGroupBox(tr("Buildings"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_buildingModel = new BuildingTableModel(db, this);
    m_buildings = new QTableView(box);
    m_buildings->setObjectName(QStringLiteral("buildingsTableView"));
    m_buildings->setAccessibleName(tr("Buildings"));
    m_buildings->setModel(m_buildingModel);
    m_buildings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buildings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_buildings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_buildings->horizontalHeader()->setSectionResizeMode(BuildingTableModel::AddressColumn, QHeaderView::Stretch);
    m_buildings->verticalHeader()->hide();
    m_buildings->verticalHeader()->setDefaultSectionSize(m_buildings->fontMetrics().height() + 8);
    boxLayout->addWidget(m_buildings);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add b&uilding…"), box);
    add->setObjectName(QStringLiteral("addBuildingButton"));
    auto *edit = new QPushButton(tr("Edit building…"), box);
    edit->setObjectName(QStringLiteral("editBuildingButton"));
    auto *remove = new QPushButton(tr("Remove building"), box);
    remove->setObjectName(QStringLiteral("removeBuildingButton"));
    row->addWidget(add);
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch();
    boxLayout->addLayout(row);
    outerLayout()->addWidget(box, 1);
    connect(add, &QPushButton::clicked, this, &GridForm::addBuildingRequested);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!currentBuildingId().isEmpty())
            Q_EMIT editBuildingRequested(currentBuildingId());
    });
    connect(m_buildings, &QTableView::activated, this, [this] {
        if (!currentBuildingId().isEmpty())
            Q_EMIT editBuildingRequested(currentBuildingId());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!currentBuildingId().isEmpty())
            Q_EMIT removeBuildingRequested(currentBuildingId());
    });
}

QString GridForm::currentBuildingId() const
{
    const QModelIndex i = m_buildings->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(BuildingTableModel::IdRole).toString() : QString();
}

QList<Choice> GridForm::propertyCompanies() const
{
    QList<Choice> out;
    for (const gd::Unit &u : gd::UnitService(m_db).units(QStringLiteral("property")))
        if (u.streetId.isEmpty() || u.streetId == m_streetId)
            out << Choice{u.id, QStringLiteral("%1  %2").arg(u.name, u.servicePhone)};
    return out;
}

void GridForm::reloadChoices(const QString &streetId)
{
    gd::WorkerService workers(m_db);
    QList<Choice> full, heads, police, property;
    for (const gd::Worker &w : workers.ofKind(QStringLiteral("full_time")))
        full << Choice{w.id, QStringLiteral("%1  %2").arg(w.name, w.phone)};
    for (const gd::Worker &w : workers.ofKind(QStringLiteral("grid_head")))
        heads << Choice{w.id, QStringLiteral("%1  %2").arg(w.name, w.phone)};
    for (const gd::PoliceGrid &p : gd::PoliceGridService(m_db).policeGrids(streetId))
        police << Choice{p.id, QStringLiteral("%1  %2").arg(p.code, p.name)};
    m_streetId = streetId;
    property = propertyCompanies();
    fillChoices(m_worker, full, tr("(vacant)"));
    fillChoices(m_head, heads, tr("(none)"));
    fillChoices(m_policeGrid, police, tr("(not paired)"));
    fillChoices(m_property, property, tr("(none)"));
}

void GridForm::setGrid(const gd::Grid &g, const QString &communityName, const QString &streetId)
{
    m_grid = g;
    reloadChoices(streetId);
    m_community->setText(communityName);
    m_code->setText(g.code);
    m_name->setText(g.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(g.kind)));
    m_scope->setPlainText(g.scope);
    m_households->setValue(g.households);
    m_residents->setValue(g.residents);
    m_elderly->setValue(g.elderlyPercent);
    selectChoice(m_worker, g.workerId);
    selectChoice(m_head, g.headId);
    selectChoice(m_policeGrid, g.policeGridId);
    // A company of another street (set elsewhere, or merged in) stays chosen rather than being
    // dropped silently by the next save.
    if (!g.propertyUnitId.isEmpty() && m_property->findData(g.propertyUnitId) < 0)
        if (auto u = gd::UnitService(m_db).unit(g.propertyUnitId))
            m_property->addItem(QStringLiteral("%1  %2").arg(u->name, u->servicePhone), u->id);
    selectChoice(m_property, g.propertyUnitId);
    m_noProperty->setChecked(g.noProperty);
    m_promise->setText(g.promise);
    m_buildingModel->setGrid(g.id);
    m_buildings->parentWidget()->setEnabled(!g.id.isEmpty());
    setTitle(g.id.isEmpty() ? tr("New grid") : tr("Grid: %1").arg(g.name));
    setRemovable(!g.id.isEmpty());
}

gd::Grid GridForm::grid() const
{
    gd::Grid g = m_grid;
    g.code = m_code->text().trimmed();
    g.name = m_name->text().trimmed();
    g.kind = m_kind->currentData().toString();
    g.scope = m_scope->toPlainText().trimmed();
    g.households = m_households->value();
    g.residents = m_residents->value();
    g.elderlyPercent = m_elderly->value();
    g.workerId = chosenId(m_worker);
    g.headId = chosenId(m_head);
    g.policeGridId = chosenId(m_policeGrid);
    g.propertyUnitId = m_noProperty->isChecked() ? QString() : chosenId(m_property);
    g.noProperty = m_noProperty->isChecked();
    g.promise = m_promise->text().trimmed();
    return g;
}

} // namespace gdui
