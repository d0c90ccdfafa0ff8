#pragma once
// Prepared statements kept per SQL text on one connection, for code on the hot path (the
// database's own, a search index's). Each statement has a place of its own: a caller holds the
// reference while preparing another, and a hash of values would move them when it grows.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace gd {

class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db = {})
        : m_db(db)
    {}
    // The statement for `sql`, finished (ready to bind); a failed prepare shows at exec(), with
    // the reason, and is logged.
    QSqlQuery &get(const QString &sql);
    // Lets go of the statements and of the connection, before the connection is removed.
    void release()
    {
        m_statements.clear();
        m_db = QSqlDatabase();
    }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace gd
