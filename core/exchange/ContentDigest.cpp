#include "ContentDigest.h"

#include "storage/SqliteHandle.h"
#include "util/Sha256.h"

#include <QCoreApplication>

#include <cstring>
#include <sqlite3.h>
#include <string>

namespace gd::exchange {

namespace {

constexpr qint64 kReportEvery = 8192;

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error::make(ErrorKind::Internal, what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

void appendBigEndian(std::string &out, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out += char((v >> (8 * i)) & 0xff);
}

void appendInteger(std::string &out, qint64 v)
{
    out += 'I';
    appendBigEndian(out, quint64(v), 8);
}

void appendReal(std::string &out, double d)
{
    out += 'R';
    quint64 bits;
    static_assert(sizeof bits == sizeof d);
    std::memcpy(&bits, &d, sizeof bits);
    appendBigEndian(out, bits, 8);
}

void appendBytes(std::string &out, char tag, const char *p, int n)
{
    out += tag;
    appendBigEndian(out, quint64(n), 4);
    if (n > 0)
        out.append(p, size_t(n));
}

// One value with its type and length: no two different rows encode the same.
void appendValue(std::string &out, sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: out += 'N'; break;
    case SQLITE_INTEGER: appendInteger(out, sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: appendReal(out, sqlite3_column_double(st, i)); break;
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
        appendBytes(out, 'T', p, sqlite3_column_bytes(st, i));
        break;
    }
    default:
        appendBytes(out, 'B', static_cast<const char *>(sqlite3_column_blob(st, i)), sqlite3_column_bytes(st, i));
        break;
    }
}

Result<qint64> rowCount(sqlite3 *db, const QString &schema, const ExchangeTable &table)
{
    SqliteStatement count;
    const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1.%2")
                               .arg(quotedIdentifier(schema), quotedIdentifier(table.name))
                               .toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &count.st, nullptr) != SQLITE_OK ||
        sqlite3_step(count.st) != SQLITE_ROW)
        return sqliteError(db, QStringLiteral("count %1").arg(table.name));
    return sqlite3_column_int64(count.st, 0);
}

// The table's rows in id order into `hash`; tick() every kReportEvery rows.
Result<qint64> hashRows(sqlite3 *db, const QString &schema, const ExchangeTable &table, Sha256 &hash,
                        const std::function<bool(qint64)> &tick)
{
    QStringList columns;
    for (const QString &c : table.columns)
        columns << quotedIdentifier(c);
    const QByteArray sql =
        QStringLiteral("SELECT %1 FROM %2.%3 ORDER BY id COLLATE BINARY")
            .arg(columns.join(QStringLiteral(", ")), quotedIdentifier(schema), quotedIdentifier(table.name))
            .toUtf8();
    SqliteStatement rows;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &rows.st, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("read %1").arg(table.name));
    const int n = int(table.columns.size());
    std::string row;
    qint64 count = 0;
    int rc;
    while ((rc = sqlite3_step(rows.st)) == SQLITE_ROW) {
        row.assign(1, 'r');
        for (int i = 0; i < n; ++i)
            appendValue(row, rows.st, i);
        hash.addData(QByteArrayView(row.data(), qsizetype(row.size())));
        if (++count % kReportEvery == 0 && tick && !tick(count))
            return Error::cancelled();
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, QStringLiteral("read %1").arg(table.name));
    return count;
}

// One read transaction when none is open: every table is read at the same moment of the file,
// even while another program writes to it.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db) != 0 && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {}
    ~ReadSnapshot()
    {
        if (m_own)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db;
    bool m_own;
};

} // namespace

void appendCanonicalValue(std::string &out, const QVariant &value)
{
    if (value.isNull()) {
        out += 'N';
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: appendInteger(out, value.toLongLong()); break;
    case QMetaType::Double:
    case QMetaType::Float: appendReal(out, value.toDouble()); break;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        appendBytes(out, 'B', b.constData(), int(b.size()));
        break;
    }
    default: {
        const QByteArray t = value.toString().toUtf8();
        appendBytes(out, 'T', t.constData(), int(t.size()));
        break;
    }
    }
}

Result<TableDigest> digestTable(sqlite3 *db, const QString &schema, const ExchangeTable &table)
{
    Sha256 hash;
    auto rows = hashRows(db, schema, table, hash, {});
    if (!rows)
        return rows.error();
    return TableDigest{table.name, *rows, hash.result()};
}

QByteArray combinedDigest(const QList<TableDigest> &tables)
{
    Sha256 all;
    all.addData(QByteArrayView("griddesk-content-1\n"));
    for (const TableDigest &d : tables) {
        all.addData(QStringLiteral("%1\n%2\n").arg(d.table).arg(d.rows).toUtf8());
        all.addData(d.sha256);
    }
    return all.result();
}

Result<ContentDigest> digestContent(sqlite3 *db, const QString &schema, const DigestProgress &progress)
{
    const ReadSnapshot snapshot(db);
    qint64 total = 0;
    if (progress) {
        for (const ExchangeTable &t : exchangeTables()) {
            auto n = rowCount(db, schema, t);
            if (!n)
                return n.error();
            total += *n;
        }
        if (!progress(0, total))
            return Error::cancelled();
    }
    ContentDigest out;
    qint64 before = 0;
    for (const ExchangeTable &t : exchangeTables()) {
        Sha256 hash;
        auto rows =
            hashRows(db, schema, t, hash, [&](qint64 done) { return !progress || progress(before + done, total); });
        if (!rows)
            return rows.error();
        before += *rows;
        out.tables << TableDigest{t.name, *rows, hash.result()};
    }
    if (progress && !progress(total, total))
        return Error::cancelled();
    out.sha256 = combinedDigest(out.tables);
    return out;
}

} // namespace gd::exchange
