// Exchange between offices (issue 4): `digest`, one hash of what the file exchanges (so two
// files can be compared after they were merged, in any order), and `export --out FILE`, the
// package an office sends to another (exchange/PackageFormat.h).
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "exchange/ContentDigest.h"
#include "exchange/PackageExport.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace gdcli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gdcli", text);
}

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
        return fail(UserError, tr("export: name the package file with --out FILE."));
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
        return fail(UserError, tr("export: give at most one of --street, --community and --grid."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
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
    printLine(tr("Package written: %1 (%2 rows, %3 MB) in %4 s.")
                  .arg(report->path, QLocale().toString(rows))
                  .arg(double(report->bytes) / 1048576.0, 0, 'f', 1)
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace gdcli
