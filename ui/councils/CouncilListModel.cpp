#include "CouncilListModel.h"

#include "cases/CaseTypes.h"

namespace gdui {

CouncilListModel::CouncilListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::CouncilPage> CouncilListModel::readPage(const gd::CouncilFilter &filter, int limit,
                                                       const QString &afterKey) const
{
    return gd::CouncilService(m_db).page(filter, limit, afterKey);
}

int CouncilListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CouncilListModel::data(const QModelIndex &index, int role) const
{
    const gd::CouncilRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn: return gd::cases::dayText(r->atMs);
    case KindColumn: return gd::councils::kindName(r->kind);
    case PlaceColumn: return r->gridName.isEmpty() ? r->communityName : r->gridName;
    case TopicColumn: return r->topic;
    case AttendanceColumn: return r->attendance;
    case RuleColumn: return r->ruleTitle;
    }
    return {};
}

QVariant CouncilListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("Day");
    case KindColumn: return tr("Kind");
    case PlaceColumn: return tr("Community or grid");
    case TopicColumn: return tr("Topic");
    case AttendanceColumn: return tr("Attended");
    case RuleColumn: return tr("Rule adopted");
    }
    return {};
}

} // namespace gdui
