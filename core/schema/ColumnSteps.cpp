#include "ColumnSteps.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace gd::schema::steps {

Status addColumns(QSqlDatabase db, std::initializer_list<NewColumn> columns)
{
    QSqlQuery q(db);
    for (const NewColumn &c : columns) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'")
                        .arg(QLatin1String(c.table), QLatin1String(c.column))))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        if (q.next())
            continue;
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(QLatin1String(c.table), QLatin1String(c.column), QLatin1String(c.definition))))
            return Error::make(ErrorKind::Internal, q.lastError().text());
    }
    return {};
}

Status runStatements(QSqlDatabase db, std::initializer_list<const char *> statements)
{
    QSqlQuery q(db);
    for (const char *s : statements)
        if (!q.exec(QString::fromUtf8(s)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
    return {};
}

// v26: a month's review belongs to the office that keeps it and has a scope (rating/ReviewScope.h):
// the whole district, a street or a community, fixed when the month is submitted. Records made
// before were the district's.
Status addReviewScope(QSqlDatabase db)
{
    return addColumns(db, {{"rating_months", "scope", "TEXT NOT NULL DEFAULT 'district'"}});
}

Status addSubmittedMs(QSqlDatabase db)
{
    return addColumns(db, {{"rating_months", "submitted_ms", "INTEGER"}});
}

// v28: a grid with no property company (open courtyards, 无物业) says so, and its contact card prints
// the office's wording for shared repairs instead of being reported incomplete.
Status addNoProperty(QSqlDatabase db)
{
    return addColumns(db, {{"grids", "no_property", "INTEGER NOT NULL DEFAULT 0"}});
}

// v29: the 三亮 of the contact card: a worker's party membership (党员 mark) and each grid's promise
// (网格承诺; empty: the card template's).
Status addPartyAndPromise(QSqlDatabase db)
{
    return addColumns(db, {{"workers", "party_member", "INTEGER NOT NULL DEFAULT 0"},
                           {"grids", "promise", "TEXT NOT NULL DEFAULT ''"}});
}

// v30: the QR code a community's cards print is what the office gives: the image WeChat generates
// for its account (or a worker's WeCom contact), printed as is, or a URL it types.
Status addCommunityQr(QSqlDatabase db)
{
    return addColumns(db, {{"communities", "qr_url", "TEXT NOT NULL DEFAULT ''"}, {"communities", "qr_image", "BLOB"}});
}

// v31: a proactive find is credited to the worker who found it, not to whoever handles it; a grid
// spanning several compounds (小区) names each building's compound and its property company, and
// the contact card lists each. The proactive index covers the finder, so the month's review reads
// no case row for it.
Status addFinderAndCompounds(QSqlDatabase db)
{
    if (Status s = addColumns(
            db, {{"cases", "found_by_worker_id", "TEXT REFERENCES workers(id) DEFERRABLE INITIALLY DEFERRED"},
                 {"buildings", "compound", "TEXT NOT NULL DEFAULT ''"},
                 {"buildings", "property_unit_id", "TEXT REFERENCES units(id) DEFERRABLE INITIALLY DEFERRED"}});
        !s)
        return s;
    QSqlQuery q(db);
    for (const char *sql : {"DROP INDEX IF EXISTS cases_proactive",
                            "CREATE INDEX cases_proactive ON cases(received_ms, handler_worker_id, found_by_worker_id) "
                            "WHERE proactive = 1",
                            // An area's package carries the workers who found its cases (exchange/PackageScope).
                            "CREATE INDEX IF NOT EXISTS cases_found_by ON cases(found_by_worker_id) WHERE "
                            "found_by_worker_id IS NOT NULL"})
        if (!q.exec(QString::fromLatin1(sql)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
    return {};
}

} // namespace gd::schema::steps
