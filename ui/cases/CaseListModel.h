#pragma once
// The case list, read a page at a time as the view scrolls (keyset paging through CaseQueries):
// a million-case file shows its first rows at once and never loads the whole table.
#include "calendar/WorkCalendar.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSearch.h"

#include <QAbstractTableModel>

#include <functional>

namespace gd {
class Database;
}

namespace gdui {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        NumberColumn,
        StateColumn,
        ReceivedColumn,
        DueColumn,
        CategoryColumn,
        GridColumn,
        AddressColumn,
        DescriptionColumn,
        HandlerColumn,
        ColumnCount
    };
    // MarksRole: in search mode, the matches inside the description column's snippet, as a
    // QVariantList of QPoint(start, length) (HighlightDelegate paints them).
    enum Roles { IdRole = Qt::UserRole + 1, MarksRole };
    static constexpr int kPageSize = 100;

    explicit CaseListModel(gd::Database &db, QObject *parent = nullptr);
    // A page of search results: query, page size, the key of the page before.
    using SearchReader = std::function<gd::Result<gd::SearchPage>(const QString &, int, const QString &)>;
    // A hub's cases (read only): `source` is asked for each page, so "now" moves on; `search`
    // reads its search results.
    CaseListModel(std::function<gd::ReadSource()> source, SearchReader search, QObject *parent = nullptr);
    // Starts again from the first page; a refused filter leaves the list empty and says why.
    gd::Status setFilter(const gd::CaseFilter &filter);
    const gd::CaseFilter &filter() const { return m_filter; }
    // Non-empty: the list holds search results instead (best first, the filter set aside);
    // empty: back to the filtered list. A refused search leaves the list empty and says why.
    gd::Status setSearch(const QString &text);
    const QString &search() const { return m_search; }
    int rowOf(const QString &caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Page {
        QList<gd::CaseRow> rows;
        QList<gd::SearchHit> hits; // search mode only, one per row
        QString nextKey;
    };
    gd::Result<Page> readPage(const gd::CaseFilter &filter, const QString &search, const QString &key) const;
    gd::Status reset(const gd::CaseFilter &filter, const QString &search);

    gd::Database *m_db = nullptr; // the office's file; none on a hub
    std::function<gd::ReadSource()> m_source;
    SearchReader m_searchReader;
    QString m_search;
    QList<gd::SearchHit> m_hits;
    gd::CaseFilter m_filter;
    QList<gd::CaseRow> m_rows;
    gd::WorkCalendar m_calendar; // which deadlines are provisional, read with each reset
    QString m_nextKey;
    bool m_more = false;
    bool m_announcingReset = false;
    bool m_fetching = false;
};

} // namespace gdui
