#include "HubDialect.h"

#include <QRegularExpression>

namespace gd::hub {

QString postgresStatement(QString sql)
{
    static const QRegularExpression insertIgnore(QStringLiteral("^INSERT OR IGNORE INTO "));
    const bool ignore = sql.contains(insertIgnore);
    sql.replace(insertIgnore, QStringLiteral("INSERT INTO "));
    static const QRegularExpression inTable(QStringLiteral("\\bIN temp\\.(\\w+)"));
    sql.replace(inTable, QStringLiteral("IN (SELECT id FROM \\1)"));
    static const QRegularExpression temp(QStringLiteral("\\btemp\\.(\\w+)"));
    sql.replace(temp, QStringLiteral("\\1"));
    static const QRegularExpression pkg(QStringLiteral("\\bpkg\\.\"?(\\w+)\"?"));
    sql.replace(pkg, QStringLiteral("pkg_\\1"));
    static const QRegularExpression main(QStringLiteral("\\b(?:main|src)\\.\"?(\\w+)\"?"));
    sql.replace(main, QStringLiteral("\\1"));
    sql.replace(QLatin1String("json_each(?)"), QLatin1String("json_array_elements_text(CAST(? AS json))"));
    // The case list's reads (cases/CaseQueries.h): PostgreSQL's planner picks the index itself,
    // a row's own address is its ctid, and ifnull is coalesce.
    static const QRegularExpression indexedBy(QStringLiteral(" INDEXED BY \\w+"));
    sql.replace(indexedBy, QString());
    static const QRegularExpression rowid(QStringLiteral("\\b(\\w+)\\.rowid\\b"));
    sql.replace(rowid, QStringLiteral("\\1.ctid"));
    static const QRegularExpression ifnull(QStringLiteral("\\bifnull\\("));
    sql.replace(ifnull, QStringLiteral("coalesce("));
    static const QRegularExpression withoutRowid(QStringLiteral("\\s+WITHOUT ROWID$"));
    sql.replace(withoutRowid, QString());
    // An upsert's "m = m + excluded.m": PostgreSQL reads a bare m as either row.
    static const QRegularExpression into(QStringLiteral("^INSERT INTO (\\w+)"));
    const QRegularExpressionMatch table = into.match(sql);
    const int update = int(sql.indexOf(QLatin1String(" DO UPDATE SET ")));
    if (table.hasMatch() && update > 0) {
        static const QRegularExpression add(QStringLiteral("\\b(\\w+) = \\1 \\+ excluded\\.\\1\\b"));
        QString tail = sql.mid(update);
        tail.replace(add, QStringLiteral("\\1 = %1.\\1 + excluded.\\1").arg(table.captured(1)));
        sql = sql.left(update) + tail;
    }
    if (ignore)
        sql += QStringLiteral(" ON CONFLICT DO NOTHING");
    return sql;
}

} // namespace gd::hub
