#pragma once
// The joint activities and the joint meetings, newest first, a page at a time as the view
// scrolls (PagedTableModel over the core lists).
#include "common/PagedTableModel.h"
#include "joint/JointActivities.h"
#include "joint/JointMeetings.h"

namespace gdui {

class JointActivityListModel : public PagedTableModel<gd::JointActivityPage, gd::JointActivityFilter>
{
    Q_OBJECT
public:
    enum Columns { AtColumn, PoliceGridColumn, GridsColumn, KindColumn, SummaryColumn, PeopleColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit JointActivityListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::JointActivityPage> readPage(const gd::JointActivityFilter &filter, int limit,
                                               const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

class JointMeetingListModel : public PagedTableModel<gd::JointMeetingPage, gd::JointMeetingFilter>
{
    Q_OBJECT
public:
    enum Columns { AtColumn, LevelColumn, PlaceColumn, TopicColumn, AttendeesColumn, TasksColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit JointMeetingListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::JointMeetingPage> readPage(const gd::JointMeetingFilter &filter, int limit,
                                              const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

} // namespace gdui
