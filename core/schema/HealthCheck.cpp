#include "HealthCheck.h"

#include "Tables.h"
#include "exchange/IdentityConflicts.h"
#include "rating/ReviewScope.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/SchemaLadder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {

QString stampText(qint64 stamp)
{
    return QStringLiteral("%1+%2")
        .arg(QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(stamp), Qt::UTC).toString(Qt::ISODateWithMs))
        .arg(HybridClock::logical(stamp));
}

// A reference column of an exchanged table, read from the schema itself so that a table added
// by a later migration is checked without touching this file.
struct ForeignKey {
    int id = 0;
    QString column;
    QString parent;
};

QList<ForeignKey> foreignKeys(QSqlDatabase db, const QString &table)
{
    QList<ForeignKey> keys;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
        return keys;
    while (q.next())
        keys.append({q.value(0).toInt(), q.value(3).toString(), q.value(2).toString()});
    return keys;
}

// The column a person recognises a row by, if the table has one.
QString labelColumn(const TableDef &table)
{
    for (const char *candidate : {"code", "name", "text"})
        if (table.fields.contains(QLatin1String(candidate)))
            return QString::fromLatin1(candidate);
    return {};
}

void runQuickCheck(QSqlDatabase db, HealthReport &report)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        report.quickCheck << q.lastError().text();
        return;
    }
    while (q.next())
        report.quickCheck << q.value(0).toString();
    if (report.quickCheck != QStringList{QStringLiteral("ok")})
        report.problems << QCoreApplication::translate("gd::HealthCheck", "SQLite's quick_check found damage: %1")
                               .arg(report.quickCheck.value(0));
}

void runForeignKeyCheck(QSqlDatabase db, HealthReport &report)
{
    QHash<QString, QList<ForeignKey>> keysOf;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << QCoreApplication::translate("gd::HealthCheck", "The foreign key check could not run: %1")
                               .arg(q.lastError().text());
        return;
    }
    while (q.next()) {
        ++report.foreignKeyViolationCount;
        if (report.foreignKeyViolations.size() >= HealthCheck::kDetailLimit)
            continue;
        ForeignKeyViolation v;
        v.table = q.value(0).toString();
        v.rowid = q.value(1).toLongLong();
        v.parent = q.value(2).toString();
        const int fkid = q.value(3).toInt();
        if (!keysOf.contains(v.table))
            keysOf.insert(v.table, foreignKeys(db, v.table));
        for (const ForeignKey &k : keysOf.value(v.table))
            if (k.id == fkid)
                v.column = k.column;
        report.foreignKeyViolations << v;
    }
    if (report.foreignKeyViolationCount > 0) {
        const ForeignKeyViolation &first = report.foreignKeyViolations.first();
        report.problems << QCoreApplication::translate(
                               "gd::HealthCheck",
                               "%n reference(s) name a row that does not exist (PRAGMA foreign_key_check; first: "
                               "%1.%2 of row %3 names no %4 row).",
                               nullptr, report.foreignKeyViolationCount)
                               .arg(first.table, first.column)
                               .arg(first.rowid)
                               .arg(first.parent);
    }
}

void countRows(QSqlDatabase db, HealthReport &report)
{
    QSqlQuery q(db);
    for (const TableDef *t : tables::all()) {
        TableCount c;
        c.table = t->name;
        if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(deleted <> 0), 0) FROM %1").arg(t->name)) &&
            q.next()) {
            c.deleted = q.value(1).toLongLong();
            c.live = q.value(0).toLongLong() - c.deleted;
        } else {
            report.problems << QCoreApplication::translate("gd::HealthCheck", "The table %1 cannot be read: %2")
                                   .arg(t->name, q.lastError().text());
        }
        report.tables << c;
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM operators")) && q.next())
        report.operators = q.value(0).toInt();
}

// SQLite's foreign keys only know whether a parent row exists; a tombstone still exists for
// SQLite, yet to every service it is gone. Both kinds are looked for here, on live rows only.
void findDanglingReferences(QSqlDatabase db, HealthReport &report)
{
    QStringList exchanged;
    for (const TableDef *t : tables::all())
        exchanged << t->name;
    QSqlQuery q(db);
    for (const TableDef *t : tables::all()) {
        const QString label = labelColumn(*t);
        for (const ForeignKey &fk : foreignKeys(db, t->name)) {
            if (!exchanged.contains(fk.parent))
                continue;
            const QString from =
                QStringLiteral("FROM %1 c LEFT JOIN %2 p ON p.id = c.%3 "
                               "WHERE c.deleted = 0 AND c.%3 IS NOT NULL AND (p.id IS NULL OR p.deleted <> 0)")
                    .arg(t->name, fk.parent, fk.column);
            if (!q.exec(QStringLiteral("SELECT coalesce(sum(p.id IS NULL), 0), coalesce(sum(p.id IS NOT NULL), 0) ") +
                        from) ||
                !q.next())
                continue;
            const int missing = q.value(0).toInt();
            const int deleted = q.value(1).toInt();
            if (missing + deleted == 0)
                continue;
            report.danglingReferenceCount += missing + deleted;
            const int room = HealthCheck::kDetailLimit - int(report.danglingReferences.size());
            QString firstMissing, firstDeleted;
            const QString labelSql = label.isEmpty() ? QStringLiteral("''") : QStringLiteral("c.") + label;
            if (q.exec(QStringLiteral("SELECT c.id, %1, c.%2, p.id IS NOT NULL ").arg(labelSql, fk.column) + from +
                       QStringLiteral(" ORDER BY c.rowid"))) {
                int listed = 0;
                while (q.next()) {
                    DanglingReference d;
                    d.table = t->name;
                    d.rowId = q.value(0).toString();
                    d.label = q.value(1).toString();
                    d.column = fk.column;
                    d.targetTable = fk.parent;
                    d.targetId = q.value(2).toString();
                    d.targetDeleted = q.value(3).toBool();
                    const QString shown = d.label.isEmpty() ? d.rowId : d.label;
                    QString &first = d.targetDeleted ? firstDeleted : firstMissing;
                    if (first.isEmpty())
                        first = shown;
                    if (listed++ < room)
                        report.danglingReferences << d;
                }
            }
            if (missing > 0)
                report.problems
                    << QCoreApplication::translate(
                           "gd::HealthCheck",
                           "%n live row(s) of %1 have %2 naming a row of %3 that does not exist (first: %4).", nullptr,
                           missing)
                           .arg(t->name, fk.column, fk.parent, firstMissing);
            if (deleted > 0)
                report.problems << QCoreApplication::translate(
                                       "gd::HealthCheck",
                                       "%n live row(s) of %1 have %2 naming a deleted row of %3 (first: %4).", nullptr,
                                       deleted)
                                       .arg(t->name, fk.column, fk.parent, firstDeleted);
        }
    }
}

void checkClock(Database &db, HealthReport &report)
{
    ClockStatus &c = report.clock;
    c.stored = db.meta(QStringLiteral("hlc"), QStringLiteral("0")).toLongLong();
    c.wallMs = db.nowMs();
    QStringList stamped;
    for (const TableDef *t : tables::all())
        stamped << QStringLiteral("SELECT max(hlc) AS h FROM %1").arg(t->name);
    stamped << QStringLiteral("SELECT max(hlc) AS h FROM audit_log");
    QSqlQuery q(db.sql());
    if (q.exec(
            QStringLiteral("SELECT coalesce(max(h), 0) FROM (%1)").arg(stamped.join(QStringLiteral(" UNION ALL ")))) &&
        q.next())
        c.newestRow = q.value(0).toLongLong();
    const qint64 limitMs = c.wallMs + HybridClock::kMaxDriftMs;
    c.aheadOfWall = HybridClock::physicalMs(c.stored) > limitMs;
    c.behindRows = c.newestRow > c.stored;
    c.rowsInFuture = HybridClock::physicalMs(c.newestRow) > limitMs;
    if (c.behindRows)
        report.problems << QCoreApplication::translate(
                               "gd::HealthCheck",
                               "The file's clock (%1) is behind its newest stamp (%2): later edits here could lose "
                               "to older ones when offices merge.")
                               .arg(stampText(c.stored), stampText(c.newestRow));
    if (c.aheadOfWall)
        report.warnings
            << QCoreApplication::translate(
                   "gd::HealthCheck",
                   "The file's clock (%1) is more than a day ahead of this PC's clock; check the PC's date.")
                   .arg(stampText(c.stored));
    if (c.rowsInFuture)
        report.warnings << QCoreApplication::translate(
                               "gd::HealthCheck",
                               "Some rows are stamped more than a day ahead of this PC's clock (newest: %1).")
                               .arg(stampText(c.newestRow));
}

// The search index (cases/CaseSearchIndex.h) is derived data: when it misses cases or names
// cases that are gone, search answers wrong, and `cases reindex` makes it again.
void checkSearchIndex(QSqlDatabase db, HealthReport &report)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_search_map), "
                               "(SELECT count(*) FROM case_search_map m WHERE NOT EXISTS "
                               "(SELECT 1 FROM cases c WHERE c.id = m.case_id))")) ||
        !q.next())
        return; // an older schema without the index: the version problem is reported already
    const qint64 cases = q.value(0).toLongLong(), indexed = q.value(1).toLongLong(), stale = q.value(2).toLongLong();
    if (indexed - stale != cases || stale > 0)
        report.warnings << QCoreApplication::translate("gd::HealthCheck",
                                                       "The search index holds %1 of the %2 cases (and %3 that are "
                                                       "gone): searches miss cases until `cases reindex` is run.")
                               .arg(indexed - stale)
                               .arg(cases)
                               .arg(stale);
}

// The figures' aggregate (stats/StatsStore.h) is derived data kept by triggers: it must equal a
// recount of the cases, or every figure built on it is wrong until `stats rebuild` runs.
void checkFigures(QSqlDatabase db, HealthReport &report)
{
    auto differences = stats::recountDifferences(db, 5);
    if (!differences) {
        report.problems << differences.message();
        return;
    }
    if (!differences->isEmpty())
        report.problems << QCoreApplication::translate("gd::HealthCheck",
                                                       "The figures' aggregate differs from a recount of the cases "
                                                       "(%1): the figures are wrong until `griddesk-cli stats "
                                                       "rebuild` is run.")
                               .arg(differences->join(QStringLiteral("; ")));
}

// Natural keys two offices gave independently (exchange/IdentityConflicts.h).
void checkIdentities(Database &db, HealthReport &report)
{
    auto conflicts = exchange::identityConflicts(db);
    if (!conflicts) {
        report.problems << conflicts.message();
        return;
    }
    for (const exchange::IdentityConflict &c : std::as_const(*conflicts))
        report.problems << QCoreApplication::translate("gd::HealthCheck",
                                                       "%1 records of %2 share the %3 %4: merge them or renumber one "
                                                       "(griddesk-cli conflicts list).")
                               .arg(c.rows.size())
                               .arg(c.table, c.field, c.value);
}

// Star reviews two offices approved for the same workers (rating/ReviewScope.h).
void checkApprovals(Database &db, HealthReport &report)
{
    auto overlaps = rating::overlappingApprovals(db);
    if (!overlaps) {
        report.problems << overlaps.message();
        return;
    }
    for (const rating::ApprovalOverlap &o : std::as_const(*overlaps)) {
        QStringList who;
        for (const rating::ScopedApproval &a : o.approvals)
            who << QStringLiteral("%1 (%2)").arg(a.label, a.approvedBy);
        report.problems << QCoreApplication::translate("gd::HealthCheck",
                                                       "The star review of %1 is approved by %2 offices for the same "
                                                       "workers: %3. The office that should not review them reopens "
                                                       "its month.")
                               .arg(o.month)
                               .arg(o.approvals.size())
                               .arg(who.join(QStringLiteral("; ")));
    }
}

} // namespace

HealthReport HealthCheck::run() const
{
    HealthReport report;
    report.path = m_db.path();
    report.schemaVersion = m_db.schemaVersion();
    report.latestVersion = schema::latestVersion();
    report.siteId = m_db.siteId();
    report.backupPath = m_db.lastBackupPath();
    if (report.schemaVersion != report.latestVersion)
        report.problems << QCoreApplication::translate(
                               "gd::HealthCheck", "The schema is at version %1, but this program writes version %2.")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    if (report.siteId.isEmpty())
        report.problems << QCoreApplication::translate("gd::HealthCheck",
                                                       "The file has no site id, so its changes cannot be merged.");
    runQuickCheck(m_db.sql(), report);
    runForeignKeyCheck(m_db.sql(), report);
    countRows(m_db.sql(), report);
    findDanglingReferences(m_db.sql(), report);
    checkClock(m_db, report);
    checkSearchIndex(m_db.sql(), report);
    checkFigures(m_db.sql(), report);
    checkIdentities(m_db, report);
    checkApprovals(m_db, report);
    return report;
}

bool HealthCheck::holdsData() const
{
    QSqlQuery q(m_db.sql());
    QStringList tablesToLook = {QStringLiteral("operators")};
    for (const TableDef *t : tables::all())
        tablesToLook << t->name;
    // Reference data every new file is seeded with (calendar, categories) carries the nil site
    // and is not the office's data; anything an office wrote has its own site.
    for (const QString &table : tablesToLook) {
        const QString sql =
            table == QLatin1String("operators")
                ? QStringLiteral("SELECT 1 FROM operators LIMIT 1")
                : QStringLiteral("SELECT 1 FROM %1 WHERE site <> '00000000-0000-0000-0000-000000000000' LIMIT 1")
                      .arg(table);
        if (!q.exec(sql) || q.next())
            return true; // a table that cannot be read is not an empty one either
    }
    return false;
}

} // namespace gd
