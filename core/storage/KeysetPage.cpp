#include "KeysetPage.h"

#include <QCoreApplication>

namespace gd::keyset {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::keyset)
};
} // namespace

Error after(const QString &key, const QString &msColumn, const QString &idColumn, QString *where, QVariantList *binds)
{
    if (key.isEmpty())
        return {};
    bool ok = false;
    const qint64 ms = key.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
    const QString id = key.section(QLatin1Char(':'), 1);
    if (!ok || id.isEmpty())
        return Error::invalid(QStringLiteral("after"), Text::tr("'%1' is not a place in the list.").arg(key));
    // A row value, not "a < ? OR (a = ? AND b < ?)": SQLite reads that OR as two index scans
    // merged (every row of the table, 400 ms at 60,000 visits); the row value is one range of the
    // (time) index read backwards from the key.
    *where += QStringLiteral(" AND (%1, %2) < (?, ?)").arg(msColumn, idColumn);
    *binds << ms << id;
    return {};
}

QString keyOf(qint64 ms, const QString &id)
{
    return QStringLiteral("%1:%2").arg(ms).arg(id);
}

Result<int> countRows(const ReadSource &source, const QString &from, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(source.db);
    q.prepare(source.statement(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> countRows(Database &db, const QString &from, const QString &where, const QVariantList &binds)
{
    return countRows(ReadSource::of(db), from, where, binds);
}

} // namespace gd::keyset
