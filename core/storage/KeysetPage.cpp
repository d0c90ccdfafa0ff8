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

QString whereOf(const QList<Term> &terms, QVariantList *binds)
{
    QStringList sql;
    for (const Term &t : terms) {
        sql << t.sql;
        *binds << t.binds;
    }
    return sql.isEmpty() ? QStringLiteral("1 = 1") : sql.join(QStringLiteral(" AND "));
}

Result<QList<qint64>> countRowsEach(const ReadSource &source, const QString &from, const QList<QList<Term>> &filters)
{
    if (filters.isEmpty())
        return QList<qint64>();
    QList<Term> shared;
    for (const Term &t : filters.first()) {
        bool everywhere = true;
        for (const QList<Term> &f : filters)
            everywhere = everywhere && f.contains(t);
        if (everywhere)
            shared << t;
    }
    QStringList counts;
    QVariantList binds;
    for (const QList<Term> &f : filters) {
        QList<Term> own;
        for (const Term &t : f)
            if (!shared.contains(t))
                own << t;
        counts << (own.isEmpty() ? QStringLiteral("count(*)")
                                 : QStringLiteral("count(*) FILTER (WHERE %1)").arg(whereOf(own, &binds)));
    }
    const QString where = whereOf(shared, &binds);
    QSqlQuery q(source.db);
    q.prepare(source.statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(counts.join(QStringLiteral(", ")), from, where)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<qint64> out;
    if (q.next())
        for (int i = 0; i < filters.size(); ++i)
            out << q.value(i).toLongLong();
    return out;
}

Result<int> countRows(Database &db, const QString &from, const QString &where, const QVariantList &binds)
{
    return countRows(ReadSource::of(db), from, where, binds);
}

} // namespace gd::keyset
