// Exchange between offices: `digest`, one hash of what the file exchanges (so two
// files can be compared after they were merged, in any order), and `export --out FILE`, the
// package an office sends to another (exchange/PackageFormat.h).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "access/Permissions.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/MergeUndo.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QJsonArray tablesJson(const QList<gd::exchange::TableDigest> &digests)
{
    QJsonArray tables;
    for (const gd::exchange::TableDigest &t : digests)
        tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                  {QStringLiteral("rows"), double(t.rows)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex())}});
    return tables;
}

} // namespace

int digestFile(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto digest = gd::exchange::digestContent(gd::sqliteHandle(db->sql()));
    if (!digest)
        return fail(exitCodeFor(digest.error()), digest.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("digest"), digest->hex()},
                              {QStringLiteral("tables"), tablesJson(digest->tables)}});
    else
        printLine(digest->hex());
    return Ok;
}

int exportPackage(const Invocation &call)
{
    const QString out = call.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(UserError, Text::tr("export: name the package file with --out FILE."));
    gd::exchange::ExportScope scope;
    int given = 0;
    for (const auto &[name, kind] : {std::pair{"street", gd::exchange::ExportScope::Street},
                                     std::pair{"community", gd::exchange::ExportScope::Community},
                                     std::pair{"grid", gd::exchange::ExportScope::Grid}})
        if (call.has(QLatin1String(name))) {
            scope.kind = kind;
            scope.code = call.value(QLatin1String(name));
            ++given;
        }
    if (given > 1)
        return fail(UserError, Text::tr("export: give at most one of --street, --community and --grid."));
    scope.sinceLastTo = call.value(QStringLiteral("since-last-to")).trimmed();
    if (call.has(QStringLiteral("since-last-to")) && scope.sinceLastTo.isEmpty())
        return fail(UserError, Text::tr("export: --since-last-to needs the name of the receiving office."));
    int code = Ok;
    // What was sent to whom is written into the file, by someone.
    if (!scope.sinceLastTo.isEmpty() && !requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    if (!scope.sinceLastTo.isEmpty() && !signIn(*db, call, &code))
        return code;
    QElapsedTimer watch;
    watch.start();
    auto report = gd::exchange::exportPackage(*db, out, scope);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("path"), report->path},
                              {QStringLiteral("bytes"), double(report->bytes)},
                              {QStringLiteral("content"), QString::fromLatin1(report->content.toHex())},
                              {QStringLiteral("tables"), tablesJson(report->tables)}});
        return Ok;
    }
    qint64 rows = 0;
    for (const gd::exchange::TableDigest &t : report->tables)
        rows += t.rows;
    printLine(Text::tr("Package written: %1 (%2 rows, %3 MB) in %4 s.")
                  .arg(report->path, QLocale().toString(rows))
                  .arg(double(report->bytes) / 1048576.0, 0, 'f', 1)
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int mergePackage(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    const QString file = call.arguments.value(0);
    const bool dryRun = call.has(QStringLiteral("dry-run"));
    const auto admitted = gd::exchange::admitPackage(*db, file);
    if (!admitted)
        return fail(exitCodeFor(admitted.error()), admitted.message());
    if (admitted->alreadyMerged) {
        if (call.json)
            printJson(QJsonObject{{QStringLiteral("already_merged"), true},
                                  {QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("tables"), QJsonObject()}});
        else
            printLine(Text::tr("This package was merged before: nothing changed."));
        return Ok;
    }
    // Every check first; a refused package exits 2 with the reason, the file untouched.
    auto package = gd::exchange::PackageReader::open(file, *db);
    if (!package)
        return fail(exitCodeFor(package.error()), package.message());
    auto report = gd::exchange::mergePackage(*db, **package, dryRun);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("already_merged"), report->alreadyMerged},
                              {QStringLiteral("dry_run"), report->dryRun},
                              {QStringLiteral("clock_capped"), report->clockCapped},
                              {QStringLiteral("source_site"), (*package)->info().sourceSite},
                              {QStringLiteral("source_office"), (*package)->info().sourceOffice},
                              {QStringLiteral("backup"), report->backupPath},
                              {QStringLiteral("tables"), gd::exchange::countsJson(*report)}});
        return Ok;
    }
    if (report->alreadyMerged) {
        printLine(Text::tr("This package was merged before: nothing changed."));
        return Ok;
    }
    QList<QStringList> rows;
    for (auto it = report->tables.cbegin(); it != report->tables.cend(); ++it)
        if (it->added || it->updated || it->conflicts)
            rows << QStringList{it.key(), QLocale().toString(it->added), QLocale().toString(it->updated),
                                QLocale().toString(it->unchanged), QLocale().toString(it->conflicts)};
    printTable(
        {Text::tr("Table"), Text::tr("Added"), Text::tr("Updated"), Text::tr("Unchanged"), Text::tr("Conflicts")},
        rows);
    if (report->clockCapped)
        printLine(Text::tr("The package carried times far ahead of this PC's clock; they were capped. Check the other "
                           "office's clock."));
    printLine(
        dryRun
            ? Text::tr("Dry run: nothing was written.")
            : Text::tr("Merged. To take it back: griddesk-cli --db %1 undo-merge %2").arg(call.db, report->backupPath));
    return Ok;
}

int undoMerge(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    auto report = gd::exchange::undoMerge(*db, call.arguments.value(0));
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("package_file"), report->packageFile},
                              {QStringLiteral("rows"), double(report->rows)},
                              {QStringLiteral("cases"), double(report->cases)}});
        return Ok;
    }
    printLine(Text::tr("The merge of %1 was taken back: %2 row(s) as they were, %3 case(s) re-indexed.")
                  .arg(report->packageFile, QLocale().toString(report->rows), QLocale().toString(report->cases)));
    return Ok;
}

} // namespace gdcli
