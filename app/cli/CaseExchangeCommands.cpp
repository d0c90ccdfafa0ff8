// `cases import FILE.csv` and `cases export --xlsx OUT | --csv OUT`: the 12345 hotline's work
// orders in, the case list out, through the same core as the window's import dialog and export
// (core/exchange/). The column mapping an import uses is remembered in the file for both.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "calendar/WorkCalendar.h"
#include "cases/CategoryService.h"
#include "cases/io/CaseExport.h"
#include "cases/io/HotlineImport.h"
#include "cases/io/HotlineReplies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

// --mapping "field=Header;field=Header", or the name of a JSON file {"field": "Header"}.
bool explicitMapping(const Invocation &call, gd::HotlineMapping *mapping, int *code)
{
    if (!call.has(QStringLiteral("mapping")))
        return true;
    const QString value = call.value(QStringLiteral("mapping"));
    gd::Result<gd::HotlineMapping> parsed = gd::HotlineMapping();
    if (value.contains(QLatin1Char('='))) {
        parsed = gd::HotlineMapping::fromSpec(value);
    } else {
        QFile f(value);
        if (!f.open(QIODevice::ReadOnly)) {
            *code = fail(UserError,
                         Text::tr("--mapping: cannot read %1 (%2); give field=Header;field=Header or a JSON file.")
                             .arg(QDir::toNativeSeparators(value), f.errorString()));
            return false;
        }
        parsed = gd::HotlineMapping::fromJson(f.readAll());
    }
    if (!parsed) {
        *code = fail(UserError, QStringLiteral("--mapping: ") + parsed.message());
        return false;
    }
    *mapping = parsed.value();
    return true;
}

QString kindKey(gd::HotlineNote::Kind kind)
{
    switch (kind) {
    case gd::HotlineNote::AlreadyImported: return QStringLiteral("already_imported");
    case gd::HotlineNote::Unmapped: return QStringLiteral("unmapped_category");
    case gd::HotlineNote::Refused: break;
    }
    return QStringLiteral("refused");
}

// The hotline's categories that went through the office's mapping, and those under 其他.
QJsonObject categoriesJson(gd::Database &db, const gd::HotlineImportReport &r)
{
    QJsonObject mapped;
    for (auto it = r.mappedCategories.constBegin(); it != r.mappedCategories.constEnd(); ++it) {
        auto c = gd::CategoryService(db).category(it.value());
        mapped.insert(it.key(), c ? c->code : it.value());
    }
    QJsonObject unmapped;
    for (auto it = r.unmappedCategories.constBegin(); it != r.unmappedCategories.constEnd(); ++it)
        unmapped.insert(it.key(), it.value());
    return {{QStringLiteral("mapped"), mapped}, {QStringLiteral("unmapped"), unmapped}};
}

QJsonObject reportJson(gd::Database &db, const gd::HotlineFile &file, const gd::HotlineImportReport &r)
{
    QJsonArray numbers;
    gd::CaseService cases(db);
    for (const QString &id : r.caseIds)
        if (auto c = cases.caseById(id))
            numbers.append(c->number);
    QJsonArray attached;
    for (const gd::HotlineAttachment &a : r.attachments)
        attached.append(QJsonObject{{QStringLiteral("line"), a.line},
                                    {QStringLiteral("order"), a.order},
                                    {QStringLiteral("case"), cases.numberOf(a.caseId)},
                                    {QStringLiteral("joined"), cases.numberOf(a.targetId)},
                                    {QStringLiteral("score"), a.score},
                                    {QStringLiteral("reasons"), textOrNull(a.reasonText)}});
    QJsonArray suspected;
    for (const QString &id : r.suspectIds)
        suspected.append(cases.numberOf(id));
    QJsonArray notes;
    for (const gd::HotlineNote &n : r.notes)
        notes.append(QJsonObject{{QStringLiteral("line"), n.line},
                                 {QStringLiteral("kind"), kindKey(n.kind)},
                                 {QStringLiteral("field"), textOrNull(n.field)},
                                 {QStringLiteral("column"), textOrNull(n.column)},
                                 {QStringLiteral("reason"), n.reason}});
    return {{QStringLiteral("file"), QDir::toNativeSeparators(file.path)},
            {QStringLiteral("encoding"), gd::textcodec::key(file.encoding)},
            {QStringLiteral("rows"), r.totalRows},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("already_imported"), r.alreadyThere},
            {QStringLiteral("refused"), r.refused},
            {QStringLiteral("attached"), r.attached},
            {QStringLiteral("suspected"), r.suspected},
            {QStringLiteral("unmapped"), r.unmapped},
            {QStringLiteral("cases"), numbers},
            {QStringLiteral("attachments"), attached},
            {QStringLiteral("suspected_cases"), suspected},
            {QStringLiteral("categories"), categoriesJson(db, r)},
            {QStringLiteral("notes"), notes}};
}

void printReport(const gd::HotlineFile &file, const gd::HotlineImportReport &r)
{
    printLine(Text::tr("%1 (%2): %3 line(s); imported %4, already imported %5, refused %6.")
                  .arg(QDir::toNativeSeparators(file.path), gd::textcodec::displayName(file.encoding))
                  .arg(r.totalRows)
                  .arg(r.imported)
                  .arg(r.alreadyThere)
                  .arg(r.refused));
    if (r.attached > 0 || r.suspected > 0)
        printLine(Text::tr("Attached to the cases they repeat: %1; waiting in the review of suspected repeats "
                           "(cases repeats): %2.")
                      .arg(r.attached)
                      .arg(r.suspected));
    if (r.unmapped > 0)
        printLine(
            Text::tr("%n line(s) imported under Other (13): their hotline category is not one of ours; map it with "
                     "--categories \"TEXT=CODE\".",
                     nullptr, r.unmapped));
    if (r.notes.isEmpty())
        return;
    printLine(QString());
    QList<QStringList> rows;
    for (const gd::HotlineNote &n : r.notes)
        rows << QStringList{QString::number(n.line), n.column, n.reason.simplified()};
    printTable({Text::tr("Line"), Text::tr("Column"), Text::tr("Reason")}, rows);
}

} // namespace

int importCases(const Invocation &call)
{
    int code = Ok;
    gd::TextEncoding encoding = gd::TextEncoding::Auto;
    if (!checkCaseChoice(call, QStringLiteral("encoding"), gd::textcodec::keys(), &code))
        return code;
    gd::textcodec::fromKey(call.value(QStringLiteral("encoding")), &encoding);
    gd::HotlineMapping chosen;
    if (!explicitMapping(call, &chosen, &code) || !requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db || !signIn(*db, call, &code))
        return code;

    auto file = gd::HotlineImport::read(call.arguments.value(0), encoding);
    if (!file)
        return fail(DataError, file.message());
    gd::HotlineImport importer(*db);
    const gd::HotlineMapping mapping = importer.mappingFor(file.value()).overriddenBy(chosen);
    if (gd::Status s = gd::HotlineImport::checkColumns(file.value(), mapping); !s)
        return fail(DataError, s.message());
    gd::HotlineImportOptions options;
    options.checkRepeats = !call.has(QStringLiteral("no-repeats"));
    if (call.has(QStringLiteral("categories"))) {
        auto given = gd::HotlineCategoryMap::fromSpec(*db, call.value(QStringLiteral("categories")));
        if (!given)
            return fail(UserError, QStringLiteral("--categories: ") + given.message());
        options.categories = given.value();
    }
    auto report = importer.run(file.value(), mapping, options);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());

    if (call.json)
        printJson(reportJson(*db, file.value(), report.value()));
    else
        printReport(file.value(), report.value());
    // The file was read: the good lines are in. The refused ones are the user's to fix, and a
    // script must see that some were refused: exit 2, as for any data problem.
    if (report->refused > 0)
        return fail(
            DataError,
            Text::tr("%n line(s) of %1 were refused and not imported; the report names the line and column of each.",
                     nullptr, report->refused)
                .arg(QDir::toNativeSeparators(file->path)));
    return Ok;
}

int exportCases(const Invocation &call)
{
    int code = Ok;
    const bool xlsx = call.has(QStringLiteral("xlsx"));
    const bool csv = call.has(QStringLiteral("csv"));
    if (xlsx == csv)
        return fail(UserError, xlsx ? Text::tr("--xlsx and --csv: give one of them, not both.")
                                    : Text::tr("cases export: name the file with --xlsx OUT.xlsx or --csv OUT.csv."));
    const QString option = QLatin1String(xlsx ? "xlsx" : "csv");
    const QString path = call.value(option);
    if (path.trimmed().isEmpty())
        return fail(UserError, Text::tr("--%1: the file name is empty.").arg(option));
    gd::CaseFilter filter;
    if (!parseCaseFilter(call, &filter, &code))
        return code;
    // Full numbers are an administrator's export, audited under their name: they sign in for it.
    const bool full = call.has(QStringLiteral("full-phones"));
    if (full && !requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db || !resolvePlaces(*db, call, &filter, &code))
        return code;
    if (full && !signIn(*db, call, &code))
        return code;

    const gd::ExportFormat format = xlsx ? gd::ExportFormat::Xlsx : gd::ExportFormat::Csv;
    auto report = gd::CaseExport(*db).write(filter, path, format, {}, {}, full);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                              {QStringLiteral("format"), option},
                              {QStringLiteral("rows"), report->rows}});
    else
        printLine(Text::tr("%n case(s) written to %1.", nullptr, report->rows).arg(QDir::toNativeSeparators(path)));
    return Ok;
}

int exportReplies(const Invocation &call)
{
    int code = Ok;
    const QString path = call.value(QStringLiteral("csv"));
    if (path.trimmed().isEmpty())
        return fail(UserError, Text::tr("cases replies: name the file with --csv OUT.csv."));
    gd::CaseFilter days;
    if (!parseCaseFilter(call, &days, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    // Without dates: today's replies, as the desk sends them back at the end of the day.
    const qint64 now = db->nowMs();
    const qint64 from = days.fromMs > 0
                            ? days.fromMs
                            : startOfBeijingDay(db->clock().now().toTimeZone(gd::WorkCalendar::zone()).date());
    const qint64 to = days.toMs > 0 ? days.toMs : now + 1;
    auto rows = gd::HotlineReplies(*db).writeCsv(path, from, to);
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                              {QStringLiteral("from"), isoTime(from)},
                              {QStringLiteral("to"), isoTime(to)},
                              {QStringLiteral("rows"), rows.value()}});
    else
        printLine(Text::tr("%n hotline reply(ies) written to %1.", nullptr, rows.value())
                      .arg(QDir::toNativeSeparators(path)));
    return Ok;
}

} // namespace gdcli
