#include "VisitListModel.h"

#include "cases/CaseTypes.h"

namespace gdui {

VisitListModel::VisitListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::VisitPage> VisitListModel::readPage(const gd::VisitFilter &filter, int limit,
                                                   const QString &afterKey) const
{
    return gd::VisitService(m_db).page(filter, limit, afterKey);
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    const gd::VisitRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == CaseIdRole)
        return r->caseId;
    if (role == Qt::ToolTipRole && index.column() == FoundColumn)
        return r->found;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return gd::cases::timeText(r->atMs);
    case KindColumn: return gd::visits::kindName(r->kind);
    case WorkerColumn: return r->workerName;
    case GridColumn: return r->gridName;
    case PlaceColumn:
        return r->householdName.isEmpty() ? r->place
                                          : tr("%1 (care household %2)").arg(r->place, r->householdName).trimmed();
    case FoundColumn: {
        QString found = r->found.section(QLatin1Char('\n'), 0, 0);
        if (r->photos > 0)
            found = tr("[%n photo(s)] ", nullptr, r->photos) + found;
        return found;
    }
    case CaseColumn: return r->caseNumber;
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case WorkerColumn: return tr("Worker");
    case GridColumn: return tr("Grid");
    case PlaceColumn: return tr("Where");
    case FoundColumn: return tr("Found");
    case CaseColumn: return tr("Case");
    }
    return {};
}

} // namespace gdui
