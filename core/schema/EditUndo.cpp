#include "EditUndo.h"

#include "FieldLabels.h"
#include "people/Permissions.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace gd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::EditUndo", text);
}

// Who wrote a stamp: the operator, when this office did (its audit entry), else the office
// whose package brought it (the newest merge from that site), else "another office".
QString whoWrote(Database &db, const ChangedSince &c)
{
    QSqlQuery q(db.sql());
    if (c.site == db.siteId()) {
        q.prepare(QStringLiteral(
            "SELECT operator_login FROM audit_log WHERE table_name = ? AND row_id = ? AND hlc = ? LIMIT 1"));
        q.addBindValue(c.table);
        q.addBindValue(c.id);
        q.addBindValue(c.stamp);
        if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
            return q.value(0).toString();
        return tr("this office");
    }
    q.prepare(QStringLiteral("SELECT source_office FROM exchange_ledger WHERE source_site = ? "
                             "AND source_office <> '' ORDER BY merged_ms DESC LIMIT 1"));
    q.addBindValue(c.site);
    if (q.exec() && q.next())
        return tr("the office %1 (merged package)").arg(q.value(0).toString());
    return tr("another office (merged package)");
}

Error refusal(Database &db, const ChangedSince &c)
{
    const QString record = schema::recordName(c.table);
    if (c.field.isEmpty() || c.stamp == 0)
        return Error::invalid(c.field, tr("This %1 was deleted, brought back or changed since, so the edit cannot be "
                                          "taken back without overwriting that change.")
                                           .arg(record));
    const QString when =
        QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(c.stamp)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Error::invalid(c.field, tr("The %1's %2 was changed since by %3 on %4, so the edit cannot be taken back "
                                      "without overwriting that change.")
                                       .arg(record, schema::fieldLabel(c.table, c.field), whoWrote(db, c), when));
}

} // namespace

Result<EditRecord> revertEdit(Database &db, const EditRecord &edit)
{
    for (int p : edit.permissions)
        if (Status allowed = requirePermission(db, Permission(p)); !allowed)
            return allowed.error();
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    Result<std::optional<ChangedSince>> since = edits::changedSince(db, edit);
    if (!since)
        return since.error();
    if (since.value())
        return refusal(db, *since.value());
    Result<EditRecord> inverse = edits::writeInverse(db, edit);
    if (!inverse)
        return inverse;
    if (Status s = tx.commit(); !s)
        return s.error();
    return inverse;
}

Result<QString> whyNotRevertible(Database &db, const EditRecord &edit)
{
    Result<std::optional<ChangedSince>> since = edits::changedSince(db, edit);
    if (!since)
        return since.error();
    if (!since.value())
        return QString();
    return refusal(db, *since.value()).message;
}

} // namespace gd
