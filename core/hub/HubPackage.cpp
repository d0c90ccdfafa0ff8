#include "HubPackage.h"

#include "DesktopSchema.h"
#include "HubAreaCheck.h"
#include "HubConnection.h"
#include "HubDialect.h"
#include "HubOffices.h"
#include "HubSchema.h"
#include "HubTrust.h"
#include "exchange/OfficeKey.h"
#include "exchange/PackageFormat.h"
#include "exchange/PackageScope.h"
#include "storage/SqliteHandle.h"
#include "storage/Uuid.h"
#include "util/Ed25519.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub)
};

// The office a package is for, as the hub trusts it.
Result<exchange::TrustedOffice> officeNamed(HubConnection &hub, const QString &named)
{
    auto offices = hubTrustedOffices(hub);
    if (!offices)
        return offices.error();
    const QString fp = exchange::normalizeFingerprint(named);
    QList<exchange::TrustedOffice> found;
    for (const exchange::TrustedOffice &o : *offices)
        if (o.office == named.trimmed() || o.site == named.trimmed() || (!fp.isEmpty() && o.fingerprint == fp))
            found << o;
    if (found.isEmpty())
        return Error::make(ErrorKind::NotFound,
                           Text::tr("The hub trusts no office named %1 (griddesk-hub trust list).").arg(named));
    if (found.size() > 1)
        return Error::invalid(QStringLiteral("for"),
                              Text::tr("%1 names %2 trusted offices: give the office's key fingerprint instead.")
                                  .arg(named)
                                  .arg(found.size()));
    if (!uuid::isValid(found.first().site))
        return Error::invalid(QStringLiteral("for"), Text::tr("The hub does not know the site of %1: trust it again "
                                                              "from one of its packages.")
                                                         .arg(named));
    return found.first();
}

// Rows past the office's watermarks: a row goes unless the office confirmed its site's edits up
// to the row's stamp. Each site the table holds (found by skipping along its (site, hlc) index,
// hub schema 7) is a range of that index: past the mark of a site the office confirmed, all of a
// site it did not. The sites are written into the statement, so that each range is planned.
Result<QString> pastMarks(HubConnection &hub, const QString &table, const exchange::SiteMarks &marks)
{
    const QString t = pgIdentifier(table);
    auto sites = hub.run(QStringLiteral("WITH RECURSIVE s (site) AS (SELECT min(site) FROM %1 UNION ALL SELECT "
                                        "(SELECT min(site) FROM %1 WHERE site > s.site) FROM s WHERE s.site IS NOT "
                                        "NULL) SELECT site FROM s WHERE site IS NOT NULL")
                             .arg(t));
    if (!sites)
        return sites.error();
    QStringList ranges;
    while (sites->next()) {
        const QString site = sites->value(0).toString();
        ranges << (marks.contains(site)
                       ? QStringLiteral("(t.site = %1 AND t.hlc > %2)").arg(quotedText(site)).arg(marks.value(site))
                       : QStringLiteral("t.site = %1").arg(quotedText(site)));
    }
    if (ranges.isEmpty())
        return QStringLiteral(" WHERE 1 = 0");
    return QStringLiteral(" WHERE (%1)").arg(ranges.join(QStringLiteral(" OR ")));
}

void bindValue(sqlite3_stmt *st, int i, const QVariant &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(st, i);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: sqlite3_bind_int64(st, i, v.toLongLong()); break;
    case QMetaType::Double: sqlite3_bind_double(st, i, v.toDouble()); break;
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray t = v.toString().toUtf8();
        sqlite3_bind_text(st, i, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    }
    }
}

// The package's own connection; closed at the end, whatever happens.
struct PackageFile {
    sqlite3 *db = nullptr;
    ~PackageFile()
    {
        if (db)
            sqlite3_close(db);
    }
    Error error() const { return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db))); }
};

} // namespace

Result<HubPackageReport> writePackageFor(HubConnection &hub, const QString &officeName, const QString &path,
                                         const exchange::ExportScope &area)
{
    auto id = hubIdentity(hub);
    if (!id)
        return id.error();
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    auto office = officeNamed(hub, officeName);
    if (!office)
        return office.error();
    const QString areaKey = area.kind == exchange::ExportScope::All ? QString() : area.areaJson();
    auto marks = officeMarks(hub, office->site, areaKey);
    if (!marks)
        return marks.error();
    auto privateKey = hubMeta(hub, QStringLiteral("private_key"));
    if (!privateKey)
        return privateKey.error();
    auto publicKey = hubMeta(hub, QStringLiteral("public_key"));
    if (!publicKey)
        return publicKey.error();

    HubPackageReport report;
    report.path = path;
    report.office = office->office;
    report.site = office->site;
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    exchange::SiteMarks raised;
    bool areaUnknown = false;
    auto write = [&]() -> Status {
        PackageFile pkg;
        if (sqlite3_open_v2(part.toUtf8().constData(), &pkg.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK)
            return pkg.error();
        for (const QString &s : {QStringLiteral("PRAGMA page_size=16384"), QStringLiteral("PRAGMA journal_mode=OFF"),
                                 QStringLiteral("PRAGMA synchronous=OFF"),
                                 QStringLiteral("PRAGMA application_id=%1").arg(exchange::kPackageApplicationId),
                                 QStringLiteral("PRAGMA user_version=%1").arg(exchange::kPackageFormat)})
            if (Status st = sqliteExec(pkg.db, s); !st)
                return st;
        for (const QString &s : (*desktop)->packageSchema)
            if (Status st = sqliteExec(pkg.db, s); !st)
                return st;
        if (Status st = sqliteExec(pkg.db, QStringLiteral("BEGIN")); !st)
            return st;
        // One snapshot of the hub for every table, whatever ingests commit meanwhile (an area's
        // id tables are temporary tables, which a read-only transaction may not make).
        if (Status st = hub.exec(area.kind == exchange::ExportScope::All
                                     ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
            !st)
            return st;
        struct EndRead {
            HubConnection &hub;
            ~EndRead() { (void)hub.exec(QStringLiteral("COMMIT")); }
        } endRead{hub};
        if (area.kind != exchange::ExportScope::All) {
            auto known = prepareHubArea(hub, area, QStringLiteral("src"), exchange::ScopeUse::Export);
            if (!known)
                return known.error();
            if (!*known) {
                areaUnknown = true;
                return exchange::unknownArea(area);
            }
        }
        qint64 newest = 0;
        for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
            QStringList pg, lite, params;
            for (const QString &c : t.columns) {
                pg << QStringLiteral("t.") + pgIdentifier(c);
                lite << quotedIdentifier(c);
                params << QStringLiteral("?");
            }
            SqliteStatement insert;
            const QByteArray sql =
                QStringLiteral("INSERT INTO main.%1(%2) VALUES(%3)")
                    .arg(quotedIdentifier(t.name), lite.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")))
                    .toUtf8();
            if (sqlite3_prepare_v2(pkg.db, sql.constData(), -1, &insert.st, nullptr) != SQLITE_OK)
                return pkg.error();
            // The area's rows (the office's export filter, in PostgreSQL's words) past the marks.
            auto past = pastMarks(hub, t.name, *marks);
            if (!past)
                return past.error();
            QString where = *past;
            if (const QString inArea = exchange::scopeFilter(area, t.name); !inArea.isEmpty())
                where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                         QStringLiteral("(%1)").arg(postgresStatement(inArea));
            auto rows = hub.run(QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY t.id COLLATE \"C\"")
                                    .arg(pg.join(QStringLiteral(", ")), pgIdentifier(t.name), where));
            if (!rows)
                return rows.error();
            const int n = int(t.columns.size());
            const int hlc = int(t.columns.indexOf(QStringLiteral("hlc")));
            while (rows->next()) {
                for (int i = 0; i < n; ++i)
                    bindValue(insert.st, i + 1, rows->value(i));
                if (hlc >= 0)
                    newest = qMax(newest, rows->value(hlc).toLongLong());
                if (sqlite3_step(insert.st) != SQLITE_DONE)
                    return pkg.error();
                sqlite3_reset(insert.st);
            }
            auto digest = exchange::digestTable(pkg.db, QStringLiteral("main"), t);
            if (!digest)
                return digest.error();
            report.rows += digest->rows;
            report.tables << *digest;
        }
        report.content = exchange::combinedDigest(report.tables);
        auto raisedMarks = exchange::raisedMarks(pkg.db, *marks);
        if (!raisedMarks)
            return raisedMarks.error();
        raised = *raisedMarks;

        QJsonObject tables;
        for (const exchange::TableDigest &d : report.tables)
            tables.insert(d.table, QJsonObject{{QStringLiteral("rows"), double(d.rows)},
                                               {QStringLiteral("sha256"), QString::fromLatin1(d.sha256.toHex())}});
        // The packages the hub took, newest first: the office learns the hub holds them.
        QStringList acks;
        {
            auto q = hub.run(QStringLiteral("SELECT content FROM hub_ledger ORDER BY ingested_ms DESC LIMIT 200"));
            if (!q)
                return q.error();
            while (q->next())
                acks << q->value(0).toString();
        }
        exchange::ExportScope scope = area;
        scope.sinceLastTo = office->office.isEmpty() ? office->site : office->office;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QPair<QString, QString>> entries{
            {QLatin1String(exchange::manifest::kFormat), QString::number(exchange::kPackageFormat)},
            {QLatin1String(exchange::manifest::kSchemaVersion), QString::number((*desktop)->version)},
            {QLatin1String(exchange::manifest::kGridDeskVersion), QCoreApplication::applicationVersion()},
            {QLatin1String(exchange::manifest::kSourceSite), id->siteId},
            {QLatin1String(exchange::manifest::kSourceOffice), id->name},
            {QLatin1String(exchange::manifest::kSourceHlc), QString::number(newest)},
            {QLatin1String(exchange::manifest::kCreatedMs), QString::number(now)},
            {QLatin1String(exchange::manifest::kScope), scope.json()},
            {QLatin1String(exchange::manifest::kTables),
             QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact))},
            {QLatin1String(exchange::manifest::kContent), QString::fromLatin1(report.content.toHex())},
            {QLatin1String(exchange::manifest::kAcks),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(acks)).toJson(QJsonDocument::Compact))},
            {QLatin1String(exchange::manifest::kSignerKey), *publicKey}};
        auto signature = ed25519::sign(QByteArray::fromBase64(privateKey->toLatin1()), exchange::signedBytes(entries));
        if (!signature)
            return signature.error();
        entries.append({QLatin1String(exchange::manifest::kSignature), QString::fromLatin1(signature->toBase64())});
        SqliteStatement put;
        if (sqlite3_prepare_v2(pkg.db, "INSERT INTO main.manifest(key, value) VALUES(?, ?)", -1, &put.st, nullptr) !=
            SQLITE_OK)
            return pkg.error();
        for (const auto &[key, value] : std::as_const(entries)) {
            bindValue(put.st, 1, key);
            bindValue(put.st, 2, value);
            if (sqlite3_step(put.st) != SQLITE_DONE)
                return pkg.error();
            sqlite3_reset(put.st);
        }
        return sqliteExec(pkg.db, QStringLiteral("COMMIT"));
    };
    if (Status s = write(); !s) {
        QFile::remove(part);
        if (areaUnknown)
            return s.error();
        return Error::make(ErrorKind::Internal,
                           Text::tr("The package %1 could not be written: %2").arg(path, s.message()));
    }
    if ((QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return Error::make(ErrorKind::Internal,
                           Text::tr("The package %1 could not be written: the file cannot be replaced.").arg(path));
    }
    report.bytes = QFileInfo(path).size();
    if (Status s = recordSentToOffice(hub, office->site, office->office, areaKey, raised,
                                      QString::fromLatin1(report.content.toHex()));
        !s)
        return Error::make(ErrorKind::Internal,
                           Text::tr("The package %1 was written, but what was sent to %2 could not be noted: %3")
                               .arg(path, office->office, s.message()));
    return report;
}

} // namespace gd::hub
