#include "HubConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub)
};

QAtomicInt g_connections;

// One value in COPY's text format: \N for NULL, bytea as \\x and hex, backslash, tab and line
// breaks escaped.
void appendCopyValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    if (v.typeId() == QMetaType::QByteArray) {
        out += "\\\\x";
        out += v.toByteArray().toHex();
        return;
    }
    if (v.typeId() == QMetaType::Double) {
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    }
    const QByteArray text = v.toString().toUtf8();
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

QString pgIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<std::unique_ptr<HubConnection>> HubConnection::open(const QString &conninfo)
{
    static const QRegularExpression password(QStringLiteral("(^|\\s)password\\s*="),
                                             QRegularExpression::CaseInsensitiveOption);
    if (conninfo.contains(password))
        return Error::make(ErrorKind::Invalid,
                           Text::tr("The hub's connection string must not hold a password: put it in the PGPASSWORD "
                                    "environment variable or a ~/.pgpass file."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::make(ErrorKind::Internal,
                           Text::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    std::unique_ptr<HubConnection> c(new HubConnection);
    c->m_conninfo = conninfo;
    c->m_name = QStringLiteral("griddesk-hub-%1").arg(g_connections.fetchAndAddRelaxed(1));
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
    // QPSQL appends its connect options to the connection string, with ';' read as a space.
    c->m_db.setConnectOptions(conninfo);
    if (!c->m_db.open())
        return Error::make(
            ErrorKind::Internal,
            Text::tr("Could not connect to the hub (%1): %2").arg(conninfo, c->m_db.lastError().text().trimmed()));
    if (Status s = c->exec(QStringLiteral("SET client_min_messages = warning")); !s)
        return s.error();
    return c;
}

HubConnection::~HubConnection()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

pg_conn *HubConnection::pg() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || !(qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

Status HubConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error::make(ErrorKind::Internal, QStringLiteral("%1: %2").arg(sql.left(200), q.lastError().text()));
    return {};
}

Status HubConnection::exec(QSqlQuery &q)
{
    if (!q.exec())
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("%1: %2").arg(q.lastQuery().left(200), q.lastError().text()));
    return {};
}

Result<QSqlQuery> HubConnection::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::make(ErrorKind::Internal, QStringLiteral("%1: %2").arg(sql.left(200), q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    return q;
}

Result<QVariant> HubConnection::scalar(const QString &sql, const QVariantList &values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Status HubConnection::copyIn(const QString &table, const QStringList &columns,
                             const std::function<bool(QVariantList &values)> &row)
{
    PGconn *conn = pg();
    if (!conn)
        return Error::make(
            ErrorKind::Internal,
            QStringLiteral("no libpq handle (%1)").arg(QString::fromLatin1(m_db.driver()->handle().typeName())));
    QStringList quoted;
    for (const QString &c : columns)
        quoted << pgIdentifier(c);
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(pgIdentifier(table), quoted.join(QStringLiteral(", "))).toUtf8();
    PGresult *start = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    QString why = QString::fromUtf8(PQresultErrorMessage(start));
    PQclear(start);
    if (!copying)
        return Error::make(ErrorKind::Internal, QStringLiteral("COPY %1: %2").arg(table, why));
    QByteArray buffer;
    QVariantList values;
    bool failed = false;
    auto flush = [&] {
        if (!buffer.isEmpty() && PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
            failed = true;
        buffer.clear();
    };
    while (!failed) {
        values.clear();
        if (!row(values))
            break;
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                buffer += '\t';
            appendCopyValue(buffer, values.at(i));
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20))
            flush();
    }
    flush();
    if (PQputCopyEnd(conn, failed ? "stopped" : nullptr) != 1)
        failed = true;
    PGresult *end;
    while ((end = PQgetResult(conn))) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK) {
            failed = true;
            why = QString::fromUtf8(PQresultErrorMessage(end));
        }
        PQclear(end);
    }
    if (failed)
        return Error::make(ErrorKind::Internal, QStringLiteral("COPY %1: %2").arg(table, why.trimmed()));
    return {};
}

Status HubConnection::copyRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    auto it = rows.cbegin();
    return copyIn(table, columns, [&](QVariantList &values) {
        if (it == rows.cend())
            return false;
        values = *it++;
        return true;
    });
}

Status HubConnection::tempIds(const QString &table, const QStringList &ids)
{
    // Made anew: a second use in one transaction finds the first one's table.
    if (Status s = exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1").arg(table)); !s)
        return s;
    if (Status s = exec(QStringLiteral("CREATE TEMP TABLE %1 (id text PRIMARY KEY) ON COMMIT DROP").arg(table)); !s)
        return s;
    auto it = ids.cbegin();
    return copyIn(table, {QStringLiteral("id")}, [&](QVariantList &values) {
        if (it == ids.cend())
            return false;
        values << *it++;
        return true;
    });
}

} // namespace gd::hub
