// `check`: the integrity and schema report of a file, for an office's IT helper or a script.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "schema/HealthCheck.h"
#include "storage/HybridClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QString stampTime(qint64 stamp)
{
    if (stamp == 0)
        return QCoreApplication::translate("gdcli", "never");
    return QDateTime::fromMSecsSinceEpoch(gd::HybridClock::physicalMs(stamp), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject clockJson(const gd::ClockStatus &c)
{
    return {
        {QStringLiteral("stored"), QString::number(c.stored)}, // 64-bit stamps exceed a double's precision
        {QStringLiteral("stored_time"), stampTime(c.stored)},
        {QStringLiteral("newest_row"), QString::number(c.newestRow)},
        {QStringLiteral("newest_row_time"), stampTime(c.newestRow)},
        {QStringLiteral("wall_time"), QDateTime::fromMSecsSinceEpoch(c.wallMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("ahead_of_wall"), c.aheadOfWall},
        {QStringLiteral("behind_rows"), c.behindRows},
        {QStringLiteral("rows_in_future"), c.rowsInFuture}};
}

QJsonObject reportJson(const gd::HealthReport &r)
{
    QJsonArray tables;
    for (const gd::TableCount &t : r.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                  {QStringLiteral("live"), double(t.live)},
                                  {QStringLiteral("deleted"), double(t.deleted)}});
    QJsonArray violations;
    for (const gd::ForeignKeyViolation &v : r.foreignKeyViolations)
        violations.append(QJsonObject{{QStringLiteral("table"), v.table},
                                      {QStringLiteral("rowid"), double(v.rowid)},
                                      {QStringLiteral("column"), v.column},
                                      {QStringLiteral("parent"), v.parent}});
    QJsonArray dangling;
    for (const gd::DanglingReference &d : r.danglingReferences)
        dangling.append(QJsonObject{
            {QStringLiteral("table"), d.table},
            {QStringLiteral("id"), d.rowId},
            {QStringLiteral("label"), textOrNull(d.label)},
            {QStringLiteral("column"), d.column},
            {QStringLiteral("target_table"), d.targetTable},
            {QStringLiteral("target_id"), d.targetId},
            {QStringLiteral("target_state"), d.targetDeleted ? QStringLiteral("deleted") : QStringLiteral("missing")}});
    return {{QStringLiteral("file"), QDir::toNativeSeparators(r.path)},
            {QStringLiteral("healthy"), r.healthy()},
            {QStringLiteral("schema_version"), r.schemaVersion},
            {QStringLiteral("latest_schema_version"), r.latestVersion},
            {QStringLiteral("upgrade_backup"), textOrNull(r.backupPath)},
            {QStringLiteral("site_id"), r.siteId},
            {QStringLiteral("quick_check"), QJsonArray::fromStringList(r.quickCheck)},
            {QStringLiteral("foreign_key_violation_count"), r.foreignKeyViolationCount},
            {QStringLiteral("foreign_key_violations"), violations},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("operators"), r.operators},
            {QStringLiteral("dangling_reference_count"), r.danglingReferenceCount},
            {QStringLiteral("dangling_references"), dangling},
            {QStringLiteral("hlc"), clockJson(r.clock)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

// Lists up to this many rows per kind on a terminal; --json carries the core's full detail list.
constexpr int kShownDetails = 20;

void printReport(const gd::HealthReport &r)
{
    QString version = QString::number(r.schemaVersion);
    version += r.schemaVersion == r.latestVersion
                   ? QCoreApplication::translate("gdcli", " (latest)")
                   : QCoreApplication::translate("gdcli", " (this program writes %1)").arg(r.latestVersion);
    if (!r.backupPath.isEmpty())
        version += QCoreApplication::translate("gdcli", "; upgraded now, the old file is kept as %1")
                       .arg(QDir::toNativeSeparators(r.backupPath));
    QString clock = QStringLiteral("%1 (%2)").arg(r.clock.stored).arg(stampTime(r.clock.stored));
    clock +=
        r.clock.behindRows
            ? QCoreApplication::translate("gdcli", ", behind the newest row (%1)").arg(stampTime(r.clock.newestRow))
            : QCoreApplication::translate("gdcli", ", ok");
    printPairs(
        {{QCoreApplication::translate("gdcli", "File"), QDir::toNativeSeparators(r.path)},
         {QCoreApplication::translate("gdcli", "Schema version"), version},
         {QCoreApplication::translate("gdcli", "Site id"), r.siteId},
         {QCoreApplication::translate("gdcli", "quick_check"), r.quickCheck.join(QStringLiteral("; "))},
         {QCoreApplication::translate("gdcli", "Foreign key violations"), QString::number(r.foreignKeyViolationCount)},
         {QCoreApplication::translate("gdcli", "References to deleted or missing rows"),
          QString::number(r.danglingReferenceCount)},
         {QCoreApplication::translate("gdcli", "Clock (HLC)"), clock},
         {QCoreApplication::translate("gdcli", "Operators"), QString::number(r.operators)}});

    printLine(QCoreApplication::translate("gdcli", "Rows per table:"));
    QList<QStringList> rows;
    for (const gd::TableCount &t : r.tables)
        rows << QStringList{t.table, QString::number(t.live), QString::number(t.deleted)};
    printTable({QCoreApplication::translate("gdcli", "Table"), QCoreApplication::translate("gdcli", "Live"),
                QCoreApplication::translate("gdcli", "Deleted")},
               rows, 2);

    if (!r.foreignKeyViolations.isEmpty()) {
        printLine(QCoreApplication::translate("gdcli", "Foreign key violations:"));
        for (int i = 0; i < r.foreignKeyViolations.size() && i < kShownDetails; ++i) {
            const gd::ForeignKeyViolation &v = r.foreignKeyViolations.at(i);
            printLine(QStringLiteral("  ") + QCoreApplication::translate("gdcli", "%1 row %2: %3 names no %4 row")
                                                 .arg(v.table)
                                                 .arg(v.rowid)
                                                 .arg(v.column, v.parent));
        }
    }
    if (!r.danglingReferences.isEmpty()) {
        printLine(QCoreApplication::translate("gdcli", "References to deleted or missing rows:"));
        for (int i = 0; i < r.danglingReferences.size() && i < kShownDetails; ++i) {
            const gd::DanglingReference &d = r.danglingReferences.at(i);
            const QString row = d.label.isEmpty() ? d.rowId : QStringLiteral("%1 (%2)").arg(d.label, d.rowId);
            printLine(QStringLiteral("  ") +
                      (d.targetDeleted ? QCoreApplication::translate("gdcli", "%1 %2: %3 names the deleted %4 row %5")
                                       : QCoreApplication::translate("gdcli", "%1 %2: %3 names %5, which is not in %4"))
                          .arg(d.table, row, d.column, d.targetTable, d.targetId));
        }
    }
    for (const QString &w : r.warnings)
        printLine(QCoreApplication::translate("gdcli", "Warning: %1").arg(w));
    if (r.healthy()) {
        printLine(QCoreApplication::translate("gdcli", "Result: healthy."));
        return;
    }
    printLine(QCoreApplication::translate("gdcli", "Result: %n problem(s) found:", nullptr, int(r.problems.size())));
    for (const QString &p : r.problems)
        printLine(QStringLiteral("  - ") + p);
}

} // namespace

int checkFile(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    const gd::HealthReport report = gd::HealthCheck(*db).run();
    if (call.json)
        printJson(reportJson(report));
    else
        printReport(report);
    return report.healthy() ? Ok : DataError;
}

} // namespace gdcli
