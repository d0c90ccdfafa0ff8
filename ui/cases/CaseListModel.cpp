#include "CaseListModel.h"

#include "cases/CaseTypes.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QPoint>

namespace gdui {

namespace {
QString when(qint64 ms)
{
    return gd::cases::timeText(ms);
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("description"))
        return CaseListModel::tr("what happened");
    if (field == QLatin1String("request"))
        return CaseListModel::tr("the request");
    if (field == QLatin1String("address"))
        return CaseListModel::tr("the address");
    if (field == QLatin1String("reporter_name"))
        return CaseListModel::tr("the reporter's name");
    if (field == QLatin1String("reporter_phone"))
        return CaseListModel::tr("the reporter's phone");
    return CaseListModel::tr("a note or an attached report");
}
} // namespace

CaseListModel::CaseListModel(std::function<gd::ReadSource()> source, SearchReader search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
    , m_searchReader(std::move(search))
{}

CaseListModel::CaseListModel(gd::Database &db, QObject *parent)
    : CaseListModel([&db] { return gd::ReadSource::of(db); },
                    [&db](const QString &query, int limit, const QString &key) {
                        return gd::CaseSearch(db).page(query, limit, key);
                    },
                    parent)
{
    m_db = &db;
    connect(m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        // A refresh nobody asked for has no one to tell: the list empties and the log says why.
        if (tables.contains(QStringLiteral("cases")))
            gd::logFailure(reset(m_filter, m_search), "refreshing the case list");
    });
}

gd::Result<CaseListModel::Page> CaseListModel::readPage(const gd::CaseFilter &filter, const QString &search,
                                                        const QString &key) const
{
    Page page;
    if (search.trimmed().isEmpty()) {
        auto rows = gd::CaseQueries(m_source()).page(filter, kPageSize, key);
        if (!rows)
            return rows.error();
        page.rows = rows->rows;
        page.nextKey = rows->nextKey;
        return page;
    }
    auto hits = m_searchReader(search, kPageSize, key);
    if (!hits)
        return hits.error();
    for (const gd::SearchHit &h : hits->hits) {
        page.rows << h.row;
        page.hits << h;
    }
    page.nextKey = hits->nextKey;
    return page;
}

gd::Status CaseListModel::setFilter(const gd::CaseFilter &filter)
{
    return reset(filter, m_search);
}

gd::Status CaseListModel::setSearch(const QString &text)
{
    return reset(m_filter, text);
}

gd::Status CaseListModel::reset(const gd::CaseFilter &filter, const QString &search)
{
    // Read the first page before the reset, so views see one consistent change.
    auto first = readPage(filter, search, {});
    gd::WorkCalendar calendar;
    if (m_db)
        calendar = gd::WorkCalendar::load(*m_db);
    else if (auto read = gd::WorkCalendar::readFrom(m_source().db))
        calendar = *read;
    beginResetModel();
    m_calendar = calendar;
    m_filter = filter;
    m_search = search.trimmed();
    m_rows = first ? first->rows : QList<gd::CaseRow>();
    m_hits = first ? first->hits : QList<gd::SearchHit>();
    m_nextKey = first ? first->nextKey : QString();
    m_more = !m_nextKey.isEmpty();
    // Views (and QAbstractItemModelTester) react to modelReset by asking for more at once;
    // inserting rows while the reset is still being announced would interleave two changes.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    return first ? gd::Status() : gd::Status(first.error());
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_announcingReset && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_announcingReset || m_fetching)
        return;
    auto next = readPage(m_filter, m_search, m_nextKey);
    // Move the cursor before announcing the rows: whoever reacts to the announcement may ask
    // for more, and must get the page after these, not these again.
    m_nextKey = next ? next->nextKey : QString();
    m_more = !m_nextKey.isEmpty();
    if (!next || next->rows.isEmpty())
        return;
    m_fetching = true; // one page at a time, even when a listener asks again mid-insert
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next->rows.size()) - 1);
    m_rows += next->rows;
    m_hits += next->hits;
    endInsertRows();
    m_fetching = false;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::CaseRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == DueColumn && r.overdue)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    const bool matched = index.column() == DescriptionColumn && index.row() < m_hits.size();
    if (role == MarksRole && matched) {
        QVariantList marks;
        for (const auto &m : m_hits.at(index.row()).marks)
            marks << QPoint(m.first, m.second);
        return marks;
    }
    if (role == Qt::ToolTipRole && matched)
        return tr("Found in: %1").arg(fieldName(m_hits.at(index.row()).field));
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return r.description;
    if (role == Qt::ToolTipRole && index.column() == DueColumn && m_calendar.isProvisionalDeadline(r.dueMs))
        return tr("Counted on the provisional calendar of a year whose official holidays are not imported yet; "
                  "counted again when they are.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return r.reportCount > 1 ? tr("%1 (×%2)").arg(r.number).arg(r.reportCount) : r.number;
    case StateColumn: return gd::cases::stateName(r.state);
    case ReceivedColumn: return when(r.receivedMs);
    case DueColumn: {
        const QString due =
            m_calendar.isProvisionalDeadline(r.dueMs) ? tr("%1 (provisional)").arg(when(r.dueMs)) : when(r.dueMs);
        return r.overdue ? tr("%1 overdue").arg(due) : due;
    }
    case CategoryColumn: return r.categoryName;
    case GridColumn: return r.gridName;
    case AddressColumn: return r.address;
    case DescriptionColumn: return matched ? m_hits.at(index.row()).snippet : r.description;
    case HandlerColumn: return r.handlerName;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case StateColumn: return tr("State");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due");
    case CategoryColumn: return tr("Category");
    case GridColumn: return tr("Grid");
    case AddressColumn: return tr("Address");
    case DescriptionColumn: return m_search.isEmpty() ? tr("What happened") : tr("Where it matched");
    case HandlerColumn: return tr("Handler");
    }
    return {};
}

} // namespace gdui
