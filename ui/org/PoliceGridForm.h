#pragma once
// The detail form of a police grid: its record, its officer, and the grids of its street it is
// paired with (警网融合), ticked in a list.
#include "common/RecordForm.h"
#include "org/OrgTypes.h"

#include <QHash>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace gd {
class Database;
}

namespace gdui {

class PoliceGridForm : public RecordForm
{
    Q_OBJECT
public:
    PoliceGridForm(gd::Database &db, QWidget *parent = nullptr);
    void setPoliceGrid(const gd::PoliceGrid &policeGrid);
    gd::PoliceGrid policeGrid() const;
    // Grid id → the police grid it should have after saving: this one when ticked; for an
    // unticked grid that was paired here, none. Only grids whose pairing changes are listed.
    // The grids ticked that are not yet paired with this police grid, and those unticked that are.
    void pairingChanges(QStringList *pair, QStringList *unpair) const;
    QListWidget *gridList() const { return m_grids; }

private:
    void fillGrids(const QString &streetId);
    gd::Database &m_db;
    gd::PoliceGrid m_policeGrid;
    QComboBox *m_street;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_station;
    QComboBox *m_officer;
    QListWidget *m_grids;
};

} // namespace gdui
