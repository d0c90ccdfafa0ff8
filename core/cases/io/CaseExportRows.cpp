#include "CaseExportRows.h"

#include "cases/CaseTypes.h"
#include "cases/CategoryService.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gd {

QStringList CaseExportRow::texts() const
{
    return {number,
            hotlineOrder,
            state,
            cases::timeText(receivedMs),
            category,
            channel,
            gridCode,
            address,
            reporterName,
            reporterPhone,
            description,
            request,
            cases::timeText(dueMs),
            leadUnit,
            handler};
}

CaseExportRows::CaseExportRows(Database &db, const CaseFilter &filter, int pageSize)
    : m_db(db)
    , m_filter(filter)
    , m_pageSize(qBound(1, pageSize, CaseQueries::kMaxLimit))
{
    QHash<QString, QString> names;
    const QList<Category> tree = CategoryService(db).tree(true);
    for (const Category &c : tree)
        names.insert(c.id, c.name);
    for (const Category &c : tree)
        m_categoryPath.insert(
            c.id, c.parentId.isEmpty() ? c.name : QStringLiteral("%1 / %2").arg(names.value(c.parentId), c.name));
}

Result<int> CaseExportRows::count() const
{
    return CaseQueries(m_db).count(m_filter);
}

Result<QList<CaseExportRow>> CaseExportRows::next()
{
    QList<CaseExportRow> out;
    if (m_done)
        return out;
    auto page = CaseQueries(m_db).page(m_filter, m_pageSize, m_key);
    if (!page)
        return page.error();
    m_key = page->nextKey;
    m_done = m_key.isEmpty();
    if (page->rows.isEmpty())
        return out;

    // The texts the list row lacks, for the whole page at once (by primary key).
    QStringList marks;
    for (qsizetype i = 0; i < page->rows.size(); ++i)
        marks << QStringLiteral("?");
    // Not a cached statement: the last page's size differs from export to export.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, hotline_order, description, request, category_id FROM cases WHERE id IN (%1)")
                .arg(marks.join(QLatin1Char(',')))))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    for (const CaseRow &r : page->rows)
        q.addBindValue(r.id);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    struct Texts {
        QString hotlineOrder, description, request, categoryId;
    };
    QHash<QString, Texts> texts;
    while (q.next())
        texts.insert(q.value(0).toString(),
                     {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    q.finish();

    for (const CaseRow &r : page->rows) {
        const Texts t = texts.value(r.id);
        CaseExportRow e;
        e.number = r.number;
        e.hotlineOrder = t.hotlineOrder;
        e.state = cases::stateName(r.state);
        e.receivedMs = r.receivedMs;
        e.category = m_categoryPath.value(t.categoryId, r.categoryName);
        e.channel = cases::channelName(r.channel);
        e.gridCode = r.gridCode;
        e.address = r.address;
        e.reporterName = r.reporterName;
        e.reporterPhone = r.reporterPhone;
        e.description = t.description;
        e.request = t.request;
        e.dueMs = r.dueMs;
        e.leadUnit = r.leadName;
        e.handler = r.handlerName;
        out << e;
    }
    return out;
}

} // namespace gd
