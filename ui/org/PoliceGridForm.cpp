#include "PoliceGridForm.h"

#include "common/Choosers.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "org/PoliceGridService.h"
#include "people/WorkerService.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gdui {

namespace {
constexpr int kGridIdRole = Qt::UserRole + 1;
constexpr int kPairedWithRole = Qt::UserRole + 2;
} // namespace

PoliceGridForm::PoliceGridForm(gd::Database &db, QWidget *parent)
    : RecordForm(parent)
    , m_db(db)
{
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("policeGridStreetComboBox"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("policeGridCodeLineEdit"));
    m_code->setMaxLength(20);
    m_code->setPlaceholderText(tr("e.g. JG-370202002-01"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("policeGridNameLineEdit"));
    m_name->setMaxLength(40);
    m_station = new QLineEdit(this);
    m_station->setObjectName(QStringLiteral("policeGridStationLineEdit"));
    m_station->setMaxLength(60);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("policeGridOfficerComboBox"));
    makeSearchable(m_officer);
    addRow(tr("S&treet:"), m_street, QStringLiteral("street_id"));
    addRow(tr("&Code:"), m_code, QStringLiteral("code"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Police &station:"), m_station, QStringLiteral("station"));
    addRow(tr("&Officer:"), m_officer, QStringLiteral("officer_id"));

    auto *box = new QGroupBox(tr("Paired grids (tick to pair; a grid has one police grid)"), this);
    auto *layout = new QVBoxLayout(box);
    m_grids = new QListWidget(box);
    m_grids->setObjectName(QStringLiteral("pairedGridsListWidget"));
    m_grids->setAccessibleName(tr("Paired grids"));
    layout->addWidget(m_grids);
    outerLayout()->addWidget(box, 1);
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] { fillGrids(m_street->currentData().toString()); });
}

void PoliceGridForm::fillGrids(const QString &streetId)
{
    m_grids->clear();
    QHash<QString, QString> codes;
    for (const gd::PoliceGrid &p : gd::PoliceGridService(m_db).policeGrids(streetId))
        codes.insert(p.id, p.code);
    // The grids paired here come first: they are what the user checks; the rest of the street follows.
    QList<gd::GridSummary> grids = gd::GridService(m_db).summaries(streetId, {}, false);
    std::stable_partition(grids.begin(), grids.end(), [this](const gd::GridSummary &s) {
        return !m_policeGrid.id.isEmpty() && s.grid.policeGridId == m_policeGrid.id;
    });
    for (const gd::GridSummary &s : grids) {
        const QString pairedWith = s.grid.policeGridId;
        QString text = QStringLiteral("%1  %2").arg(s.grid.code, s.grid.name);
        if (!pairedWith.isEmpty() && pairedWith != m_policeGrid.id)
            text += tr("  (now %1)").arg(codes.value(pairedWith, s.policeGridCode));
        auto *item = new QListWidgetItem(text, m_grids);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(!m_policeGrid.id.isEmpty() && pairedWith == m_policeGrid.id ? Qt::Checked : Qt::Unchecked);
        item->setData(kGridIdRole, s.grid.id);
        item->setData(kPairedWithRole, pairedWith);
    }
}

void PoliceGridForm::setPoliceGrid(const gd::PoliceGrid &p)
{
    m_policeGrid = p;
    QList<Choice> streets, officers;
    for (const gd::Street &s : gd::HierarchyService(m_db).streets())
        streets << Choice{s.id, s.name};
    for (const gd::Worker &w : gd::WorkerService(m_db).ofKind(QStringLiteral("police")))
        officers << Choice{w.id, QStringLiteral("%1  %2").arg(w.name, w.phone)};
    m_street->blockSignals(true);
    fillChoices(m_street, streets);
    selectChoice(m_street, p.streetId);
    m_street->blockSignals(false);
    fillChoices(m_officer, officers, tr("(none)"));
    selectChoice(m_officer, p.officerId);
    m_code->setText(p.code);
    m_name->setText(p.name);
    m_station->setText(p.station);
    fillGrids(m_street->currentData().toString());
    setTitle(p.id.isEmpty() ? tr("New police grid") : tr("Police grid: %1").arg(p.name));
    setRemovable(!p.id.isEmpty());
}

gd::PoliceGrid PoliceGridForm::policeGrid() const
{
    gd::PoliceGrid p = m_policeGrid;
    p.streetId = m_street->currentData().toString();
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.station = m_station->text().trimmed();
    p.officerId = chosenId(m_officer);
    return p;
}

void PoliceGridForm::pairingChanges(QStringList *pair, QStringList *unpair) const
{
    const QString policeGridId = m_policeGrid.id;
    for (int i = 0; i < m_grids->count(); ++i) {
        const QListWidgetItem *item = m_grids->item(i);
        const QString grid = item->data(kGridIdRole).toString();
        const QString was = item->data(kPairedWithRole).toString();
        const bool ticked = item->checkState() == Qt::Checked;
        if (ticked && (was != policeGridId || policeGridId.isEmpty()))
            *pair << grid;
        else if (!ticked && !was.isEmpty() && was == policeGridId)
            *unpair << grid;
    }
}

} // namespace gdui
