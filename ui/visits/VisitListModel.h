#pragma once
// The visits and patrols, newest first, read a page at a time as the view scrolls (keyset paging
// through VisitService): a year of an office's visits never loads whole.
#include "common/PagedTableModel.h"
#include "visits/VisitService.h"

namespace gdui {

class VisitListModel : public PagedTableModel<gd::VisitPage, gd::VisitFilter>
{
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        KindColumn,
        WorkerColumn,
        GridColumn,
        PlaceColumn,
        FoundColumn,
        CaseColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, CaseIdRole };

    explicit VisitListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::VisitPage> readPage(const gd::VisitFilter &filter, int limit,
                                       const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

} // namespace gdui
