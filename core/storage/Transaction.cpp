#include "Transaction.h"

#include "Database.h"
#include "EditRecord.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace gd {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.m_depth)
{
    const QString sql =
        m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    QSqlQuery q(m_db.sql());
    if (!q.exec(sql)) {
        m_startError = storageError(q.lastError());
        return;
    }
    m_started = true;
    ++m_db.m_depth;
    if (const EditRecord *capture = m_db.editCapture())
        m_captured = int(capture->rows.size());
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        rollback();
}

void Transaction::rollback()
{
    QSqlQuery q(m_db.sql());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_db.m_pendingChanges.clear();
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    --m_db.m_depth;
    m_done = true;
    // What was rolled back was not written: an undo must not try to take it back.
    if (EditRecord *capture = m_db.editCapture(); capture && m_captured >= 0 && capture->rows.size() > m_captured)
        capture->rows.resize(m_captured);
}

Status Transaction::commit()
{
    if (!m_started)
        return m_startError;
    if (m_done)
        return Error::make(ErrorKind::Internal, QStringLiteral("transaction already finished"));
    QSqlQuery q(m_db.sql());
    if (m_level > 0) {
        if (!q.exec(QStringLiteral("RELEASE sp%1").arg(m_level))) {
            rollback();
            return Error::make(ErrorKind::Internal, q.lastError().text());
        }
        --m_db.m_depth;
        m_done = true;
        return {};
    }
    Status clock = m_db.persistClock();
    if (!clock.ok()) {
        rollback();
        return clock;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error why = storageError(q.lastError());
        rollback();
        return why;
    }
    --m_db.m_depth;
    m_done = true;
    QStringList changed = m_db.m_pendingChanges;
    m_db.m_pendingChanges.clear();
    changed.removeDuplicates();
    if (!changed.isEmpty())
        Q_EMIT m_db.changed(changed);
    return {};
}

} // namespace gd
