#include "StatementCache.h"

#include "Logging.h"

#include <QSqlError>

namespace gd {

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            qCWarning(lcStorage) << "prepare failed:" << sql << q->lastError().text();
        it = m_statements.insert(sql, q);
    }
    (*it)->finish();
    return **it;
}

} // namespace gd
