#include "PackageReader.h"

#include "OfficeKey.h"
#include "PackageFormat.h"
#include "access/ClockAgreement.h"
#include "cases/CaseTypes.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"
#include "storage/Uuid.h"
#include "util/Ed25519.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

// Runs a query on the package and returns its rows as text (at most `limit`).
Result<QList<QStringList>> rows(sqlite3 *db, const QString &sql, int limit = 1 << 20)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Data, QString::fromUtf8(sqlite3_errmsg(db)));
    QList<QStringList> out;
    int rc;
    while (out.size() < limit && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
        out << row;
    }
    const bool failed = out.size() < limit && rc != SQLITE_DONE;
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (failed)
        return Error::make(ErrorKind::Data, why);
    return out;
}

// gd_bad_text(value, multiline): 1 when a text holds a character no stored text may
// (util/Validate.h), checked on the UTF-8 bytes as SQLite holds them.
void badText(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) != SQLITE_TEXT) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    sqlite3_result_int(context,
                       check::holdsForbiddenUtf8(text, sqlite3_value_bytes(args[0]), sqlite3_value_int(args[1]) != 0));
}

// The first value of a table's rows that breaks the package's rules, as "column" (empty: none),
// "column:chars" for a text holding a character no text may, "column:required" for a live row
// lacking what every row needs and "column:early" for a value below its least (TableDef: what
// RowStore holds entry to).
QString violationCase(const QString &table, const QList<PackageColumn> &columns)
{
    QStringList whens;
    // An id: the canonical 36-character lowercase form.
    whens << QStringLiteral("WHEN typeof(id) <> 'text' OR length(id) <> 36 OR id GLOB '*[^0-9a-f-]*' OR "
                            "substr(id, 9, 1) || substr(id, 14, 1) || substr(id, 19, 1) || substr(id, 24, 1) <> "
                            "'----' OR length(replace(id, '-', '')) <> 32 THEN 'id'");
    for (const PackageColumn &c : columns) {
        const QString q = quotedIdentifier(c.name);
        const QString type = c.type.toLower();
        if (c.type != QLatin1String("ANY")) {
            const QString allowed =
                c.notNull ? QStringLiteral("'%1'").arg(type) : QStringLiteral("'%1', 'null'").arg(type);
            whens << QStringLiteral("WHEN typeof(%1) NOT IN (%2) THEN '%3'").arg(q, allowed, c.name);
        }
        if (c.type == QLatin1String("TEXT") || c.type == QLatin1String("ANY"))
            whens << QStringLiteral("WHEN length(CAST(%1 AS BLOB)) > %2 THEN '%3'")
                         .arg(q)
                         .arg(PackageReader::kMaxTextBytes)
                         .arg(c.name);
        if (c.type == QLatin1String("TEXT") && c.name != QLatin1String("data")) // data: JSON, escaped
            whens << QStringLiteral("WHEN gd_bad_text(%1, %2) THEN '%3:chars'")
                         .arg(q)
                         .arg(tables::multiLineFields().contains(c.name) ? 1 : 0)
                         .arg(c.name);
    }
    if (const TableDef *def = tables::byName(table)) {
        for (const QString &f : def->required)
            whens << QStringLiteral("WHEN deleted = 0 AND (%1 IS NULL OR trim(%1) = '') THEN '%2:required'")
                         .arg(quotedIdentifier(f), f);
        for (const auto &[f, least] : def->atLeast)
            whens << QStringLiteral("WHEN deleted = 0 AND %1 < %2 THEN '%3:early'")
                         .arg(quotedIdentifier(f))
                         .arg(least)
                         .arg(f);
    }
    return QStringLiteral("CASE %1 END").arg(whens.join(QLatin1Char(' ')));
}

} // namespace

Error PackageReader::refuse(const QString &why) const
{
    return Error::make(ErrorKind::Data, Text::tr("The package %1 was refused: %2").arg(m_path, why));
}

PackageReader::~PackageReader()
{
    if (m_db)
        sqlite3_close(m_db);
}

QString PackageReader::checkedCopy() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("package.gdpkg")) : QString();
}

bool PackageReader::reached(double share)
{
    m_share = share;
    if (m_progress && !m_cancelled && !m_progress(share))
        m_cancelled = true;
    return !m_cancelled;
}

Result<Receiver> Receiver::of(Database &db)
{
    Receiver r;
    r.scratchTemplate = Database::scratchTemplate(db.path());
    r.siteId = db.siteId();
    r.schemaVersion = db.schemaVersion();
    auto schema = packageSchema(sqliteHandle(db.sql()));
    if (!schema)
        return schema.error();
    r.expectedSchema = *schema;
    r.trusted = [&db](const QByteArray &key) { return trustedOffice(db, key); };
    r.toleranceHours = clockToleranceHours(db);
    r.nowMs = db.nowMs();
    r.untrustedAdvice = Text::tr("it is signed by the office %1 (fingerprint %2), which this office does not trust. "
                                 "Compare the fingerprint with that office by phone, then trust it: on the Exchange "
                                 "page, or with griddesk-cli trust add --package FILE --fingerprint FP.");
    return r;
}

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString &path, Database &target,
                                                           const std::function<bool(double)> &progress)
{
    auto receiver = Receiver::of(target);
    if (!receiver)
        return receiver.error();
    return open(path, *receiver, progress);
}

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString &path, const Receiver &target,
                                                           const std::function<bool(double)> &progress)
{
    std::unique_ptr<PackageReader> r(new PackageReader);
    r->m_path = path;
    r->m_progress = progress;
    const QFileInfo file(path);
    if (!file.exists() || !file.isFile())
        return r->refuse(Text::tr("there is no such file."));
    // Beside the office's file, not in /tmp: on the same disk as what the merge writes, and
    // removed when the file is next opened if a stopped program left it.
    r->m_dir = std::make_unique<QTemporaryDir>(target.scratchTemplate);
    if (!r->m_dir->isValid())
        return Error::make(ErrorKind::Internal,
                           Text::tr("No temporary folder for the package: %1").arg(r->m_dir->errorString()));
    // A private copy: the sender's file may be on a stick that goes away, or change under us.
    const QString copy = r->m_dir->filePath(QStringLiteral("package.gdpkg"));
    if (!QFile::copy(path, copy))
        return r->refuse(Text::tr("the file cannot be read."));
    if (sqlite3_open_v2(copy.toUtf8().constData(), &r->m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return r->refuse(Text::tr("it is not a GridDesk package."));
    // SQLite's defences for a file from elsewhere (https://sqlite.org/security.html).
    sqlite3_db_config(r->m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(r->m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_exec(r->m_db, "PRAGMA cell_size_check=ON", nullptr, nullptr, nullptr);
    sqlite3_create_function(r->m_db, "gd_bad_text", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                            badText, nullptr, nullptr);
    if (!r->reached(0.1))
        return Error::cancelled();
    if (progress)
        // The long checks (quick_check, every value, every digest) report as they go and stop
        // at a cancel.
        sqlite3_progress_handler(
            r->m_db, 200000,
            [](void *self) -> int {
                auto *reader = static_cast<PackageReader *>(self);
                return reader->reached(reader->m_share) ? 0 : 1;
            },
            r.get());
    QElapsedTimer watch;
    watch.start();
    Status checked = r->check(target);
    qCDebug(lcExchange) << "package checked" << watch.elapsed() << "ms";
    sqlite3_progress_handler(r->m_db, 0, nullptr, nullptr);
    if (r->m_cancelled)
        return Error::cancelled();
    if (!checked)
        return checked.error();
    r->reached(1.0);
    return r;
}

PackageReader::Claim PackageReader::claimed(const QString &path)
{
    sqlite3 *db = nullptr;
    Claim out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        auto values = rows(db,
                           QStringLiteral("SELECT key, value FROM manifest WHERE key IN ('content', 'source_site', "
                                          "'source_office', 'source_hlc', 'signer_key')"),
                           5);
        if (values)
            for (const QStringList &row : *values) {
                if (row.at(0) == QLatin1String(manifest::kContent))
                    out.content = QByteArray::fromHex(row.at(1).toLatin1());
                else if (row.at(0) == QLatin1String(manifest::kSourceSite))
                    out.sourceSite = row.at(1);
                else if (row.at(0) == QLatin1String(manifest::kSourceOffice))
                    out.sourceOffice = row.at(1);
                else if (row.at(0) == QLatin1String(manifest::kSourceHlc))
                    out.sourceHlc = row.at(1).toLongLong();
                else
                    out.signerKey = QByteArray::fromBase64(row.at(1).toLatin1());
            }
    }
    sqlite3_close(db);
    if (out.content.size() != 32)
        out.content.clear();
    return out;
}

Status PackageReader::check(const Receiver &target)
{
    auto id = rows(m_db, QStringLiteral("PRAGMA application_id"));
    if (!id || id->isEmpty() || id->first().first().toUInt() != kPackageApplicationId)
        return refuse(Text::tr("it is not a GridDesk package."));
    auto format = rows(m_db, QStringLiteral("PRAGMA user_version"));
    if (!format || format->isEmpty())
        return refuse(Text::tr("it is not a GridDesk package."));
    m_info.format = format->first().first().toInt();
    if (m_info.format > kPackageFormat)
        return refuse(Text::tr("it was made by a newer GridDesk (package format %1; this GridDesk reads format %2). "
                               "Update GridDesk first.")
                          .arg(m_info.format)
                          .arg(kPackageFormat));
    if (m_info.format < 1)
        return refuse(Text::tr("it is not a GridDesk package."));
    if (m_info.format < kPackageFormat)
        return refuse(Text::tr("it is not signed: it was made by an older GridDesk (package format %1). Both offices "
                               "need this GridDesk version, and each must trust the other's key.")
                          .arg(m_info.format));
    auto quick = rows(m_db, QStringLiteral("PRAGMA quick_check"), 5);
    if (!quick || quick->isEmpty() || quick->first().first() != QLatin1String("ok"))
        return refuse(Text::tr("the file is damaged (%1).")
                          .arg(quick ? (quick->isEmpty() ? QString() : quick->first().first()) : quick.message()));
    reached(0.3);
    // In this order, each only once the one before passed.
    if (Status s = checkSchema(target); !s)
        return s;
    if (Status s = checkManifest(target); !s)
        return s;
    reached(0.35);
    if (Status s = checkValues(); !s)
        return s;
    if (Status s = checkStamps(target); !s)
        return s;
    reached(0.65);
    return checkDigests();
}

Status PackageReader::checkSchema(const Receiver &target)
{
    const QStringList *expected = &target.expectedSchema;
    auto actual = rows(m_db, QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema"));
    if (!actual)
        return refuse(Text::tr("its schema cannot be read (%1).").arg(actual.message()));
    QHash<QString, QString> byName; // table name → CREATE statement
    for (const QStringList &row : *actual) {
        if (row.at(0) != QLatin1String("table"))
            return refuse(Text::tr("it holds a %1 \"%2\" that no GridDesk package has.").arg(row.at(0), row.at(1)));
        byName.insert(row.at(1), row.at(2));
    }
    QStringList expectedNames;
    for (const ExchangeTable &t : exchangeTables())
        expectedNames << t.name;
    expectedNames << QStringLiteral("manifest");
    if (expected->size() != expectedNames.size())
        return Error::make(ErrorKind::Internal, QStringLiteral("the receiver's package schema is incomplete"));
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        if (!expectedNames.contains(it.key()))
            return refuse(Text::tr("it holds a table \"%1\" that no GridDesk package has.").arg(it.key()));
    for (int i = 0; i < expectedNames.size(); ++i) {
        const QString &name = expectedNames.at(i);
        if (!byName.contains(name))
            return refuse(Text::tr("its table \"%1\" is missing.").arg(name));
        if (byName.value(name) != expected->at(i))
            return refuse(
                Text::tr("its table \"%1\" is not the one this GridDesk writes (made by another version?).").arg(name));
    }
    return {};
}

Status PackageReader::checkManifest(const Receiver &target)
{
    auto entries = rows(m_db, QStringLiteral("SELECT key, value FROM manifest"));
    if (!entries)
        return refuse(Text::tr("its manifest cannot be read."));
    QHash<QString, QString> m;
    QList<QPair<QString, QString>> signedEntries;
    for (const QStringList &row : *entries) {
        m.insert(row.at(0), row.at(1));
        signedEntries.append({row.at(0), row.at(1)});
    }
    for (const char *key : {manifest::kFormat, manifest::kSchemaVersion, manifest::kSourceSite, manifest::kSourceHlc,
                            manifest::kCreatedMs, manifest::kTables, manifest::kContent})
        if (!m.contains(QLatin1String(key)))
            return refuse(Text::tr("its manifest lacks \"%1\".").arg(QLatin1String(key)));
    bool ok = false;
    if (m.value(QLatin1String(manifest::kFormat)).toInt(&ok) != m_info.format || !ok)
        return refuse(Text::tr("its manifest and its file disagree about the package format."));
    m_info.schemaVersion = m.value(QLatin1String(manifest::kSchemaVersion)).toInt(&ok);
    if (!ok || m_info.schemaVersion != target.schemaVersion)
        return refuse(Text::tr("it was made with file version %1 and this file is version %2: both offices need the "
                               "same GridDesk version.")
                          .arg(m.value(QLatin1String(manifest::kSchemaVersion)))
                          .arg(target.schemaVersion));
    m_info.sourceSite = m.value(QLatin1String(manifest::kSourceSite));
    if (!uuid::isValid(m_info.sourceSite))
        return refuse(Text::tr("its manifest names no valid sending office."));
    if (m_info.sourceSite == target.siteId)
        return refuse(Text::tr("it was made from this very file: a file is never merged with itself."));
    m_info.sourceHlc = m.value(QLatin1String(manifest::kSourceHlc)).toLongLong(&ok);
    if (!ok || m_info.sourceHlc < 0)
        return refuse(Text::tr("its manifest has no valid clock."));
    m_info.createdMs = m.value(QLatin1String(manifest::kCreatedMs)).toLongLong(&ok);
    if (!ok)
        return refuse(Text::tr("its manifest has no valid date."));
    m_info.griddeskVersion = m.value(QLatin1String(manifest::kGridDeskVersion));
    m_info.sourceOffice = m.value(QLatin1String(manifest::kSourceOffice));
    m_info.scope = m.value(QLatin1String(manifest::kScope));
    m_info.content = QByteArray::fromHex(m.value(QLatin1String(manifest::kContent)).toLatin1());
    if (Status s = checkSignature(target, m, signedEntries); !s)
        return s;
    static const QRegularExpression contentHash(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonArray acks = QJsonDocument::fromJson(m.value(QLatin1String(manifest::kAcks)).toUtf8()).array();
    for (const QJsonValue &ack : acks)
        if (contentHash.match(ack.toString()).hasMatch() && m_info.acks.size() < 1000)
            m_info.acks << ack.toString();
    const QJsonObject tables = QJsonDocument::fromJson(m.value(QLatin1String(manifest::kTables)).toUtf8()).object();
    for (const ExchangeTable &t : exchangeTables()) {
        const QJsonObject entry = tables.value(t.name).toObject();
        if (entry.isEmpty())
            return refuse(Text::tr("its manifest does not list the table \"%1\".").arg(t.name));
        m_info.tables << TableDigest{t.name, entry.value(QStringLiteral("rows")).toInteger(-1),
                                     QByteArray::fromHex(entry.value(QStringLiteral("sha256")).toString().toLatin1())};
    }
    return {};
}

// Who sent it, proven: the manifest (with every table's hash) is signed by the key it carries,
// and that key is one an administrator here trusted.
Status PackageReader::checkSignature(const Receiver &target, const QHash<QString, QString> &m,
                                     const QList<QPair<QString, QString>> &entries)
{
    const QString office = m_info.sourceOffice.isEmpty() ? Text::tr("(no name)") : m_info.sourceOffice;
    const QByteArray key = QByteArray::fromBase64(m.value(QLatin1String(manifest::kSignerKey)).toLatin1());
    const QByteArray signature = QByteArray::fromBase64(m.value(QLatin1String(manifest::kSignature)).toLatin1());
    if (key.size() != ed25519::kKeyBytes || signature.isEmpty())
        return refuse(Text::tr("it is not signed by the office it names (%1).").arg(office));
    m_info.signerKey = key;
    m_info.fingerprint = fingerprint(key);
    if (!ed25519::verify(key, signedBytes(entries), signature))
        return refuse(Text::tr("its signature does not match its contents: it was changed after the office %1 "
                               "(fingerprint %2) signed it, or the signature was forged.")
                          .arg(office, m_info.fingerprint));
    auto trusted = target.trusted(key);
    if (!trusted)
        return trusted.error();
    if (!trusted->has_value())
        return refuse(target.untrustedAdvice.arg(office, m_info.fingerprint));
    m_info.trusted = **trusted;
    if (!m_info.trusted.site.isEmpty() && m_info.trusted.site != m_info.sourceSite)
        return refuse(Text::tr("it is signed with the key of the office %1 (fingerprint %2) but comes from another "
                               "file than the one trusted with that key.")
                          .arg(m_info.trusted.office, m_info.fingerprint));
    return {};
}

// No stamp far ahead of this PC's clock (access/ClockAgreement.h): such a package is refused whole.
Status PackageReader::checkStamps(const Receiver &target)
{
    qint64 newest = m_info.sourceHlc;
    for (const ExchangeTable &t : exchangeTables()) {
        auto columns = packageColumns(m_db, QStringLiteral("main"), t);
        if (!columns)
            return refuse(columns.message());
        // One pass per table over both stamps.
        QStringList stamps;
        for (const PackageColumn &c : *columns)
            if (c.name == QLatin1String("hlc") || c.name == QLatin1String("created_hlc"))
                stamps << QStringLiteral("max(%1)").arg(quotedIdentifier(c.name));
        if (stamps.isEmpty())
            continue;
        auto max = rows(
            m_db, QStringLiteral("SELECT %1 FROM %2").arg(stamps.join(QStringLiteral(", ")), quotedIdentifier(t.name)));
        if (!max)
            return refuse(max.message());
        if (!max->isEmpty())
            for (const QString &value : max->first())
                newest = qMax(newest, value.toLongLong());
    }
    const qint64 newestMs = HybridClock::physicalMs(newest);
    const int hours = target.toleranceHours;
    if (newestMs <= target.nowMs + qint64(hours) * 3600 * 1000)
        return {};
    const QString office = m_info.sourceOffice.isEmpty() ? m_info.sourceSite.left(8) : m_info.sourceOffice;
    return refuse(Text::tr("it holds changes dated %1, more than %2 hours ahead of this PC's clock (%3). The office %4 "
                           "must correct its PC's date and time and send the package again; nothing of it was kept.")
                      .arg(cases::timeText(newestMs))
                      .arg(hours)
                      .arg(cases::timeText(target.nowMs), office));
}

Status PackageReader::checkValues()
{
    for (const ExchangeTable &t : exchangeTables()) {
        // The declared types are the package's own, already checked against this file's.
        auto columns = packageColumns(m_db, QStringLiteral("main"), t);
        if (!columns)
            return refuse(columns.message());
        auto bad = rows(m_db, QStringLiteral("SELECT substr(CAST(id AS TEXT), 1, 40), bad FROM (SELECT id, %1 AS bad "
                                             "FROM %2) WHERE bad IS NOT NULL LIMIT 1")
                                  .arg(violationCase(t.name, *columns), quotedIdentifier(t.name)));
        if (!bad)
            return refuse(Text::tr("the table \"%1\" cannot be read (%2).").arg(t.name, bad.message()));
        if (!bad->isEmpty() && bad->first().at(1).endsWith(QLatin1String(":chars")))
            return refuse(Text::tr("in the table \"%1\", row \"%2\", the value of \"%3\" holds a control character or "
                                   "a hidden direction mark, which no record may hold.")
                              .arg(t.name, bad->first().at(0), bad->first().at(1).chopped(6)));
        if (!bad->isEmpty() && bad->first().at(1).endsWith(QLatin1String(":required")))
            return refuse(Text::tr("in the table \"%1\", row \"%2\", \"%3\" is empty, which every record needs (it "
                                   "would not be accepted at the desk either).")
                              .arg(t.name, bad->first().at(0), bad->first().at(1).chopped(9)));
        if (!bad->isEmpty() && bad->first().at(1).endsWith(QLatin1String(":early")))
            return refuse(Text::tr("in the table \"%1\", row \"%2\", \"%3\" is dated before 2000, earlier than any "
                                   "record kept (a mistyped year?).")
                              .arg(t.name, bad->first().at(0), bad->first().at(1).chopped(6)));
        if (!bad->isEmpty())
            return refuse(
                Text::tr("in the table \"%1\", row \"%2\", the value of \"%3\" is of the wrong type or too long.")
                    .arg(t.name, bad->first().at(0), bad->first().at(1)));
    }
    return {};
}

Status PackageReader::checkDigests()
{
    QList<TableDigest> actual;
    for (int i = 0; i < exchangeTables().size(); ++i) {
        const ExchangeTable &t = exchangeTables().at(i);
        auto d = digestTable(m_db, QStringLiteral("main"), t);
        if (!d)
            return refuse(Text::tr("the table \"%1\" cannot be read (%2).").arg(t.name, d.message()));
        const TableDigest &listed = m_info.tables.at(i);
        if (d->rows != listed.rows)
            return refuse(Text::tr("the table \"%1\" holds %2 rows, its manifest says %3.")
                              .arg(t.name)
                              .arg(d->rows)
                              .arg(listed.rows));
        if (d->sha256 != listed.sha256)
            return refuse(Text::tr("the content of the table \"%1\" does not match its checksum (changed after it was "
                                   "written?).")
                              .arg(t.name));
        actual << *d;
    }
    if (combinedDigest(actual) != m_info.content)
        return refuse(Text::tr("its content does not match the checksum of the whole."));
    return {};
}

} // namespace gd::exchange
