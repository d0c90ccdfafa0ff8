#include "WorkerTableModel.h"

#include "people/WorkerService.h"
#include "storage/Database.h"

namespace gdui {

WorkerTableModel::WorkerTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const char *t : {"workers", "worker_grids", "grids", "communities"})
            if (tables.contains(QLatin1String(t))) {
                reload();
                return;
            }
    });
}

void WorkerTableModel::setQuery(const gd::WorkerQuery &query)
{
    m_query = query;
    reload();
}

void WorkerTableModel::reload()
{
    beginResetModel();
    m_rows = gd::WorkerService(m_db).list(m_query);
    endResetModel();
}

int WorkerTableModel::rowOf(const QString &workerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).worker.id == workerId)
            return i;
    return -1;
}

int WorkerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::WorkerSummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.worker.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return s.worker.name;
    case KindColumn: return gd::people::workerKindName(s.worker.kind);
    case PhoneColumn: return s.worker.phone;
    case GridsColumn:
        // A grid head serves a dozen grids: the list shows the first and a count, the tooltip all.
        if (role == Qt::DisplayRole && s.gridCodes.size() > 2)
            return tr("%1 and %n more", nullptr, int(s.gridCodes.size()) - 1).arg(s.gridCodes.first());
        return s.gridCodes.join(QLatin1Char(' '));
    case CommunityColumn: return s.communityName;
    case StarColumn: return gd::people::starText(s.worker.star);
    case StatusColumn: return gd::people::workerStatusName(s.worker.status);
    }
    return {};
}

QVariant WorkerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case PhoneColumn: return tr("Phone");
    case GridsColumn: return tr("Grids");
    case CommunityColumn: return tr("Community");
    case StarColumn: return tr("Star level");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace gdui
