#pragma once
// A connection to a GridDesk hub: a PostgreSQL database holding what a district's or a city's
// offices exchange (docs/HUB.md). The connection string is libpq's (a service name from a pg
// service file, host, dbname, sslmode…); passwords come from the environment or a password file,
// never from it: one carrying "password=" is refused, as a command line is read by anyone on the
// machine. Statements go through Qt's QPSQL driver; bulk loads use COPY through libpq on the
// same connection.
#include "storage/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct pg_conn;

namespace gd::hub {

class HubConnection
{
public:
    static Result<std::unique_ptr<HubConnection>> open(const QString &conninfo);
    ~HubConnection();
    HubConnection(const HubConnection &) = delete;
    HubConnection &operator=(const HubConnection &) = delete;

    QSqlDatabase sql() const { return m_db; }
    pg_conn *pg() const; // libpq's handle of the same connection, for COPY
    QString conninfo() const { return m_conninfo; }

    // Runs one statement, a translated Internal error naming it when it fails.
    Status exec(const QString &sql);
    Status exec(QSqlQuery &q);
    // A prepared query with its values bound.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an empty value.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    // Copies rows into a table with COPY … FROM STDIN (text format): `row` fills the values of
    // one row at a time and returns false after the last.
    Status copyIn(const QString &table, const QStringList &columns,
                  const std::function<bool(QVariantList &values)> &row);
    // The same, of rows already read (the connection takes one statement at a time, so rows read
    // from the hub are read whole before they are copied back).
    Status copyRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    // A temporary table of ids (`id text PRIMARY KEY`, dropped at commit) holding `ids`, for a
    // statement to join the rows it names: a case list a step reads again.
    Status tempIds(const QString &table, const QStringList &ids);

private:
    HubConnection() = default;
    QString m_conninfo, m_name;
    QSqlDatabase m_db;
};

// A PostgreSQL identifier quoted.
QString pgIdentifier(const QString &name);

} // namespace gd::hub
