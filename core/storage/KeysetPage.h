#pragma once
// Lists read a page at a time, newest first, ordered by (time, id) descending: the key of a page
// is "ms:id" of its last row, and the next page starts strictly after it — so rows added while
// someone scrolls neither repeat nor shift the pages (no OFFSET).
#include "Database.h"
#include "ReadSource.h"
#include "Result.h"

#include <QSqlQuery>
#include <QVariantList>

namespace gd::keyset {

// Appends to `where` the condition for the rows after `key` ("" appends nothing), its values to
// `binds`; Invalid (field "after") when the key is not one keyOf made.
Error after(const QString &key, const QString &msColumn, const QString &idColumn, QString *where, QVariantList *binds);
QString keyOf(qint64 ms, const QString &id);

// A page of `select` under `where` (SQL written in code, its values in `binds`), newest first by
// (msColumn, idColumn), at most `limit` rows after `afterKey`: each row made by rowOf(query), and the
// page's nextKey by keyOf(the last row) when more follow. Page is a list type with `rows` and
// `nextKey` (the visits', the disputes', the joint work's).
template <typename Page, typename RowOf, typename KeyOf>
Result<Page> readPage(Database &db, const QString &select, QString where, QVariantList binds, const QString &msColumn,
                      const QString &idColumn, int limit, const QString &afterKey, RowOf rowOf, KeyOf keyOf)
{
    if (Error e = after(afterKey, msColumn, idColumn, &where, &binds); e.isError())
        return e;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("%1 WHERE %2 ORDER BY %3 DESC, %4 DESC LIMIT %5")
                  .arg(select, where, msColumn, idColumn)
                  .arg(limit + 1));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    Page out;
    while (q.next())
        out.rows << rowOf(q);
    if (out.rows.size() > limit) {
        out.rows.removeLast();
        out.nextKey = keyOf(out.rows.last());
    }
    return out;
}

// One condition of a list's filter and the values it binds.
struct Term {
    QString sql;
    QVariantList binds;
    bool operator==(const Term &other) const { return sql == other.sql && binds == other.binds; }
};
// The terms joined with AND ("1 = 1" for none), their values appended to `binds`.
QString whereOf(const QList<Term> &terms, QVariantList *binds);

// count(*) of `from` under each filter, read in one pass: the terms every filter holds choose the
// rows, and each filter's other terms count them (FILTER). The counts countRows gives one by one.
Result<QList<qint64>> countRowsEach(const ReadSource &source, const QString &from, const QList<QList<Term>> &filters);
// The same for a list's own filters, each made into its terms by termsOf (the list's).
template <typename Filter, typename TermsOf>
Result<QList<qint64>> countRowsEach(const ReadSource &source, const QString &from, const QList<Filter> &filters,
                                    TermsOf termsOf)
{
    QList<QList<Term>> terms;
    for (const Filter &f : filters)
        terms << termsOf(f);
    return countRowsEach(source, from, terms);
}

// count(*) of `from` (a table and its alias, joins written in code) under `where` and its binds, in
// an office's file or, read in its own words, a hub's database.
Result<int> countRows(const ReadSource &source, const QString &from, const QString &where, const QVariantList &binds);
Result<int> countRows(Database &db, const QString &from, const QString &where, const QVariantList &binds);

} // namespace gd::keyset
