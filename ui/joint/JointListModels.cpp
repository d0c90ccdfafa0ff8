#include "JointListModels.h"

#include "cases/CaseTypes.h"

namespace gdui {

JointActivityListModel::JointActivityListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::JointActivityPage> JointActivityListModel::readPage(const gd::JointActivityFilter &filter, int limit,
                                                                   const QString &afterKey) const
{
    return gd::JointActivityService(m_db).page(filter, limit, afterKey);
}

int JointActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JointActivityListModel::data(const QModelIndex &index, int role) const
{
    const gd::JointActivityRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return r->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn: return gd::cases::timeText(r->atMs);
    case PoliceGridColumn: return r->policeGridName;
    case GridsColumn: return r->grids;
    case KindColumn: return gd::joint::activityKindName(r->kind);
    case SummaryColumn: return r->summary.section(QLatin1Char('\n'), 0, 0);
    case PeopleColumn: return r->people;
    }
    return {};
}

QVariant JointActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("When");
    case PoliceGridColumn: return tr("Police grid");
    case GridsColumn: return tr("Grids");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("What was done");
    case PeopleColumn: return tr("People");
    }
    return {};
}

JointMeetingListModel::JointMeetingListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::JointMeetingPage> JointMeetingListModel::readPage(const gd::JointMeetingFilter &filter, int limit,
                                                                 const QString &afterKey) const
{
    return gd::JointMeetingService(m_db).page(filter, limit, afterKey);
}

int JointMeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JointMeetingListModel::data(const QModelIndex &index, int role) const
{
    const gd::JointMeetingRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn: return gd::cases::timeText(r->atMs);
    case LevelColumn: return gd::joint::levelName(r->level);
    case PlaceColumn: return r->placeName;
    case TopicColumn: return r->topic;
    case AttendeesColumn: return r->attendees;
    case TasksColumn: return tr("%1 of %2 done").arg(r->tasks - r->tasksOpen).arg(r->tasks);
    }
    return {};
}

QVariant JointMeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("When");
    case LevelColumn: return tr("Level");
    case PlaceColumn: return tr("Held by");
    case TopicColumn: return tr("Agenda");
    case AttendeesColumn: return tr("Attendees");
    case TasksColumn: return tr("Tasks");
    }
    return {};
}

} // namespace gdui
