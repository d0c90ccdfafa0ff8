#pragma once
// The residents' councils, newest first, a page at a time as the view scrolls.
#include "common/PagedTableModel.h"
#include "councils/CouncilService.h"

namespace gdui {

class CouncilListModel : public PagedTableModel<gd::CouncilPage, gd::CouncilFilter>
{
    Q_OBJECT
public:
    enum Columns { AtColumn, KindColumn, PlaceColumn, TopicColumn, AttendanceColumn, RuleColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit CouncilListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::CouncilPage> readPage(const gd::CouncilFilter &filter, int limit,
                                         const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

} // namespace gdui
