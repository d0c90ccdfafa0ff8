#pragma once
// The detail form of a grid: its record, its worker, head and paired police grid, and the
// buildings inside it.
#include "common/Choosers.h"
#include "common/RecordForm.h"
#include "org/OrgTypes.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace gd {
class Database;
}

namespace gdui {

class BuildingTableModel;

class GridForm : public RecordForm
{
    Q_OBJECT
public:
    GridForm(gd::Database &db, QWidget *parent = nullptr);
    void setGrid(const gd::Grid &grid, const QString &communityName, const QString &streetId);
    gd::Grid grid() const;
    QTableView *buildingsView() const { return m_buildings; }
    BuildingTableModel *buildingsModel() const { return m_buildingModel; }
    QString currentBuildingId() const;
    // The property companies that can serve the grid: the district-wide ones and its street's.
    QList<Choice> propertyCompanies() const;

Q_SIGNALS:
    void addBuildingRequested();
    void editBuildingRequested(const QString &buildingId);
    void removeBuildingRequested(const QString &buildingId);

private:
    void reloadChoices(const QString &streetId);
    gd::Database &m_db;
    QString m_streetId;
    gd::Grid m_grid;
    QLabel *m_community;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_scope;
    QSpinBox *m_households;
    QSpinBox *m_residents;
    QDoubleSpinBox *m_elderly;
    QComboBox *m_worker;
    QComboBox *m_head;
    QComboBox *m_policeGrid;
    QComboBox *m_property;
    QCheckBox *m_noProperty;
    QLineEdit *m_promise;
    QTableView *m_buildings;
    BuildingTableModel *m_buildingModel;
};

} // namespace gdui
