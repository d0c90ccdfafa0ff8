#pragma once
// The visits and patrols, newest first, read a page at a time as the view scrolls (keyset paging
// through VisitService): a year of an office's visits never loads whole.
#include "visits/VisitService.h"

#include <QAbstractTableModel>

namespace gdui {

class VisitListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 100;

    explicit VisitListModel(gd::Database &db, QObject *parent = nullptr);
    // Starts again from the first page; a refused filter leaves the list empty and says why.
    gd::Status setFilter(const gd::VisitFilter &filter);
    const gd::VisitFilter &filter() const { return m_filter; }
    gd::Status reload() { return setFilter(m_filter); }
    const gd::VisitRow *rowAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    gd::Database &m_db;
    gd::VisitFilter m_filter;
    QList<gd::VisitRow> m_rows;
    QString m_nextKey;
};

} // namespace gdui
