#include "AreaCheck.h"

#include "ExchangeTables.h"
#include "PackageReader.h"
#include "PackageScope.h"
#include "Trust.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

QString quotedList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << QStringLiteral("'%1'").arg(QString(v).replace(QLatin1Char('\''), QStringLiteral("''")));
    return out.join(QStringLiteral(", "));
}

// The first rows of `sql` (their ids), at most five.
Result<QStringList> ids(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (Status failed = exec(q, sql); !failed)
        return failed.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

ExportScope areaOf(const TrustScope &trust)
{
    ExportScope scope;
    if (trust.level == QLatin1String("street"))
        scope.kind = ExportScope::Street;
    else if (trust.level == QLatin1String("community"))
        scope.kind = ExportScope::Community;
    else if (trust.level == QLatin1String("grid"))
        scope.kind = ExportScope::Grid;
    scope.code = trust.code;
    return scope;
}

QList<AreaWriter> areaWriters(const QList<TrustedOffice> &trusted, const PackageInfo &info)
{
    // Who answers for which rows: each trusted office for its own changes, the sender for the rest.
    QHash<QString, TrustedOffice> bySite;
    for (const TrustedOffice &o : trusted)
        if (!o.site.isEmpty())
            bySite.insert(o.site, o);
    TrustedOffice sender = info.trusted;
    sender.site = info.sourceSite;
    if (sender.office.isEmpty())
        sender.office = info.sourceOffice;
    bySite.insert(info.sourceSite, sender);
    QList<AreaWriter> limited;
    for (const TrustedOffice &o : std::as_const(bySite)) {
        if (o.scope.level == QLatin1String("district"))
            continue;
        QString condition = QStringLiteral("p.site IN (%1)").arg(quotedList({o.site}));
        if (o.site == info.sourceSite) // relayed changes of offices not trusted here
            condition = QStringLiteral("(%1 OR p.site NOT IN (%2))").arg(condition, quotedList(bySite.keys()));
        limited << AreaWriter{areaOf(o.scope), o.office.isEmpty() ? o.site.left(8) : o.office, condition};
    }
    return limited;
}

QString outsideRowsSql(const AreaWriter &w, const ExchangeTable &t, const QString &schema)
{
    const QString filter = scopeFilter(w.area, t.name, schema, ScopeUse::Check);
    if (filter.isEmpty() || (schema == QLatin1String("main") && t.appendOnly))
        return {};
    const QString table = quotedIdentifier(t.name);
    const QString newer =
        t.appendOnly ? QStringLiteral("m.id = p.id") : QStringLiteral("m.id = p.id AND m.hlc >= p.hlc");
    const QString changed =
        QStringLiteral("SELECT p.id FROM pkg.%1 p WHERE %2 AND NOT EXISTS (SELECT 1 FROM main.%1 m WHERE %3)")
            .arg(table, w.siteCondition, newer);
    return (schema == QLatin1String("pkg")
                ? QStringLiteral("SELECT id FROM (%1) c JOIN pkg.%2 USING (id) WHERE NOT (%3)")
                      .arg(changed, table, filter)
                : QStringLiteral("SELECT id FROM main.%1 WHERE id IN (%2) AND NOT (%3)").arg(table, changed, filter)) +
           QStringLiteral(" LIMIT 5");
}

Error outsideArea(const QString &packageName, const AreaWriter &w, const QString &table, const QStringList &ids)
{
    return Error::make(ErrorKind::Data,
                       Text::tr("The package %1 was refused: it changes rows outside %2 (the area %3 is trusted for "
                                "here), in the table \"%4\": %5. Nothing of it was merged.")
                           .arg(packageName, w.area.code, w.office, table, ids.join(QStringLiteral(", "))));
}

Status checkAreas(Database &db, const PackageInfo &info, const QString &packageName)
{
    auto trusted = trustedOffices(db);
    if (!trusted)
        return trusted.error();
    sqlite3 *handle = sqliteHandle(db.sql());
    for (const AreaWriter &w : areaWriters(*trusted, info)) {
        for (const QString &schema : {QStringLiteral("pkg"), QStringLiteral("main")}) {
            if (Status s = dropScope(handle); !s)
                return s;
            // An area the file does not know yet holds none of its rows: its tables stay empty.
            if (Status s = prepareScope(handle, w.area, schema, ScopeUse::Check);
                !s && s.error().kind != ErrorKind::Invalid)
                return s;
            for (const ExchangeTable &t : exchangeTables()) {
                const QString outside = outsideRowsSql(w, t, schema);
                if (outside.isEmpty())
                    continue;
                auto rows = ids(db, outside);
                if (!rows)
                    return rows.error();
                if (!rows->isEmpty()) {
                    logFailure(dropScope(handle), "dropping the area's tables");
                    return outsideArea(packageName, w, t.name, *rows);
                }
            }
        }
    }
    return dropScope(handle);
}

} // namespace gd::exchange
