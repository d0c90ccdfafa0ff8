#pragma once
// A list read a page at a time as the view scrolls (keyset paging through a core list: visits,
// disputes …), so a year of an office's records never loads whole. A subclass says how a page is
// read and how its columns look; the paging, the reset on a new filter and the lookups are here.
#include "storage/Result.h"

#include <QAbstractTableModel>

namespace gdui {

// Page: a core page type with `rows` (items with an `id`) and `nextKey`; Filter: its filter.
template <typename Page, typename Filter> class PagedTableModel : public QAbstractTableModel
{
public:
    using Row = typename decltype(Page::rows)::value_type;
    static constexpr int kPageSize = 100;

    using QAbstractTableModel::QAbstractTableModel;

    // Starts again from the first page; a refused filter leaves the list empty and says why.
    gd::Status setFilter(const Filter &filter)
    {
        beginResetModel();
        m_filter = filter;
        m_rows.clear();
        m_nextKey.clear();
        auto page = readPage(filter, kPageSize, {});
        if (page) {
            m_rows = page->rows;
            m_nextKey = page->nextKey;
        }
        endResetModel();
        return page ? gd::Status() : gd::Status(page.error());
    }
    const Filter &filter() const { return m_filter; }
    gd::Status reload() { return setFilter(m_filter); }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_nextKey.isEmpty(); }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        auto page = readPage(m_filter, kPageSize, m_nextKey);
        if (!page || page->rows.isEmpty()) {
            m_nextKey.clear();
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size()) - 1);
        m_rows += page->rows;
        m_nextKey = page->nextKey;
        endInsertRows();
    }

protected:
    virtual gd::Result<Page> readPage(const Filter &filter, int limit, const QString &afterKey) const = 0;

private:
    Filter m_filter;
    QList<Row> m_rows;
    QString m_nextKey;
};

} // namespace gdui
