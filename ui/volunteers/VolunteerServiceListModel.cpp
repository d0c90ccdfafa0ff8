#include "VolunteerServiceListModel.h"

#include "cases/CaseTypes.h"

namespace gdui {

VolunteerServiceListModel::VolunteerServiceListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::VolunteerServicePage> VolunteerServiceListModel::readPage(const gd::VolunteerFilter &filter, int limit,
                                                                         const QString &afterKey) const
{
    return gd::VolunteerServiceLog(m_db).page(filter, limit, afterKey);
}

int VolunteerServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolunteerServiceListModel::data(const QModelIndex &index, int role) const
{
    const gd::VolunteerServiceRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::ToolTipRole)
        return r->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DayColumn: return gd::cases::dayText(r->atMs);
    case TeamColumn: return r->teamName;
    case GridColumn: return r->gridName;
    case KindColumn: return r->kindName;
    case HoursColumn: return r->hours;
    case PeopleColumn: return r->servers;
    case HouseholdsColumn: return r->households;
    }
    return {};
}

QVariant VolunteerServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case TeamColumn: return tr("Team");
    case GridColumn: return tr("Grid");
    case KindColumn: return tr("Kind of service");
    case HoursColumn: return tr("Hours each");
    case PeopleColumn: return tr("Volunteers");
    case HouseholdsColumn: return tr("Households");
    }
    return {};
}

} // namespace gdui
