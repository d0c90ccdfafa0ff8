#include "PoliceGridTableModel.h"

#include "storage/Database.h"

namespace gdui {

PoliceGridTableModel::PoliceGridTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const char *t : {"police_grids", "grids", "workers", "streets"})
            if (tables.contains(QLatin1String(t))) {
                reload();
                return;
            }
    });
}

void PoliceGridTableModel::setStreet(const QString &streetId)
{
    m_streetId = streetId;
    reload();
}

void PoliceGridTableModel::reload()
{
    beginResetModel();
    m_rows = gd::PoliceGridService(m_db).summaries(m_streetId);
    endResetModel();
}

int PoliceGridTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).policeGrid.id == id)
            return i;
    return -1;
}

int PoliceGridTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoliceGridTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoliceGridTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::PoliceGridSummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.policeGrid.id;
    if (role == Qt::TextAlignmentRole && index.column() == PairedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return s.policeGrid.code;
    case NameColumn: return s.policeGrid.active ? s.policeGrid.name : tr("%1 (deactivated)").arg(s.policeGrid.name);
    case StreetColumn: return s.streetName;
    case StationColumn: return s.policeGrid.station;
    case OfficerColumn:
        return s.officerName.isEmpty() ? QString() : QStringLiteral("%1  %2").arg(s.officerName, s.officerPhone);
    case PairedColumn: return s.pairedGrids;
    }
    return {};
}

QVariant PoliceGridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Police grid");
    case StreetColumn: return tr("Street");
    case StationColumn: return tr("Police station");
    case OfficerColumn: return tr("Officer");
    case PairedColumn: return tr("Paired grids");
    }
    return {};
}

} // namespace gdui
