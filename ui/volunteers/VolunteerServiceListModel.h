#pragma once
// The volunteer services, newest first, a page at a time as the view scrolls.
#include "common/PagedTableModel.h"
#include "volunteers/VolunteerServices.h"

namespace gdui {

class VolunteerServiceListModel : public PagedTableModel<gd::VolunteerServicePage, gd::VolunteerFilter>
{
    Q_OBJECT
public:
    enum Columns {
        DayColumn,
        TeamColumn,
        GridColumn,
        KindColumn,
        HoursColumn,
        PeopleColumn,
        HouseholdsColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit VolunteerServiceListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::VolunteerServicePage> readPage(const gd::VolunteerFilter &filter, int limit,
                                                  const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

} // namespace gdui
