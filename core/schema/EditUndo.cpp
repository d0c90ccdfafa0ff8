#include "EditUndo.h"

#include "FieldLabels.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::EditUndo)
};

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
        return Text::tr("this office");
    }
    q.prepare(QStringLiteral("SELECT source_office FROM exchange_ledger WHERE source_site = ? "
                             "AND source_office <> '' ORDER BY merged_ms DESC LIMIT 1"));
    q.addBindValue(c.site);
    if (q.exec() && q.next())
        return Text::tr("the office %1 (merged package)").arg(q.value(0).toString());
    return Text::tr("another office (merged package)");
}

// Beijing time, as every time the offices see (the PC's own zone may be anything).
QString when(qint64 stamp)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(stamp), WorkCalendar::zone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Error refusal(Database &db, const ChangedSince &c)
{
    const QString record = schema::recordName(c.table);
    if (c.field.isEmpty())
        return Error::make(ErrorKind::NotFound,
                           Text::tr("This %1 no longer exists, so the edit cannot be taken back.").arg(record));
    if (c.stamp == 0)
        return Error::invalid(c.field,
                              Text::tr("The %1's %2 was changed since, so the edit cannot be taken back without "
                                       "overwriting that change.")
                                  .arg(record, schema::fieldLabel(c.table, c.field)));
    if (c.field == QLatin1String("deleted"))
        return Error::invalid(c.field,
                              Text::tr("This %1 was deleted or brought back since by %2 on %3, so the edit cannot be "
                                       "taken back without overwriting that change.")
                                  .arg(record, whoWrote(db, c), when(c.stamp)));
    return Error::invalid(c.field,
                          Text::tr("The %1's %2 was changed since by %3 on %4, so the edit cannot be taken back "
                                   "without overwriting that change.")
                              .arg(record, schema::fieldLabel(c.table, c.field), whoWrote(db, c), when(c.stamp)));
}

Error refusal(const BlockedBy &b)
{
    if (b.field.isEmpty())
        return Error::invalid(QString(),
                              Text::tr("This %1 is now used by a %2 added since, so taking back its creation "
                                       "would leave that %2 pointing at nothing; remove or deactivate it instead.")
                                  .arg(schema::recordName(b.table), schema::recordName(b.otherTable)));
    return Error::invalid(
        b.field,
        Text::tr("The %1's %2 would go back to a %3 that no longer exists, so the edit cannot be "
                 "taken back.")
            .arg(schema::recordName(b.table), schema::fieldLabel(b.table, b.field), schema::recordName(b.otherTable)));
}

// A merge that kept this office's value set the other office's aside as an open conflict: taking
// the edit back would overwrite the kept value and leave the conflict describing a value that
// is gone, so the other office's value would be lost unseen.
Result<std::optional<Error>> openConflict(Database &db, const EditRecord &edit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM merge_conflicts WHERE table_name = ? AND row_id = ? AND field = ? "
                             "AND resolved_ms IS NULL LIMIT 1"));
    for (const RowChange &c : edit.rows) {
        if (c.kind != RowChange::Kind::Updated)
            continue;
        for (auto it = c.after.begin(); it != c.after.end(); ++it) {
            q.addBindValue(c.table);
            q.addBindValue(c.id);
            q.addBindValue(it.key());
            if (!q.exec())
                return Error::make(ErrorKind::Internal, q.lastError().text());
            if (q.next())
                return std::optional<Error>(Error::invalid(
                    it.key(),
                    Text::tr("The %1's %2 has a merge conflict not yet settled; settle it on the Exchange page "
                             "first, or taking the edit back would lose the other office's value unseen.")
                        .arg(schema::recordName(c.table), schema::fieldLabel(c.table, it.key()))));
            q.finish();
        }
    }
    return std::optional<Error>();
}

// Everything that stands in the way of taking the edit back, as the refusal; nothing when free.
Result<std::optional<Error>> obstacle(Database &db, const EditRecord &edit, const QSet<QString> &ignore)
{
    Result<std::optional<ChangedSince>> since = edits::changedSince(db, edit, ignore);
    if (!since)
        return since.error();
    if (since.value())
        return std::optional<Error>(refusal(db, *since.value()));
    Result<std::optional<Error>> conflict = openConflict(db, edit);
    if (!conflict || conflict.value())
        return conflict;
    Result<std::optional<BlockedBy>> blocked = edits::blockedBy(db, edit);
    if (!blocked)
        return blocked.error();
    if (blocked.value())
        return std::optional<Error>(refusal(*blocked.value()));
    return std::optional<Error>();
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
    Result<std::optional<Error>> stop = obstacle(db, edit, {});
    if (!stop)
        return stop.error();
    if (stop.value())
        return *stop.value();
    Result<EditRecord> inverse = edits::writeInverse(db, edit);
    if (!inverse)
        return inverse;
    if (Status s = tx.commit(); !s)
        return s.error();
    return inverse;
}

Result<QString> whyNotRevertible(Database &db, const EditRecord &edit, const QSet<QString> &ignore)
{
    Result<std::optional<Error>> stop = obstacle(db, edit, ignore);
    if (!stop)
        return stop.error();
    return stop.value() ? stop.value()->message : QString();
}

} // namespace gd
