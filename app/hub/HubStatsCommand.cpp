// `griddesk-hub stats`: the figures of the cases the hub holds, counted with the office's own
// definitions and query (hub/HubFigures.h), and the grid's other work counted by the offices' own
// statements, printed as `griddesk-cli stats` prints an office's (../cli/FigureOutput.h,
// GridWorkOutput.h). `griddesk-hub report`: the monthly report of the hub's requests and grid work
// (stats::sharedReport), written as `griddesk-cli report monthly` writes an office's. Satisfaction
// is weighed with GridDesk's default weights and small samples marked at the default minimum: those
// are an office's own settings, which it does not send.
#include "../cli/CliOutput.h"
#include "../cli/FigureOutput.h"
#include "../cli/GridWorkOutput.h"
#include "HubCommands.h"
#include "hub/HubConnection.h"
#include "hub/HubFigures.h"
#include "hub/HubSchema.h"
#include "stats/ReportDocument.h"
#include "stats/ReportWorkbook.h"

#include <QCoreApplication>

using namespace gdcli;

namespace gdhub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdhub)
};

// --street, --community or --grid CODE as the id of a place the hub holds; false after saying why.
bool scopeOf(gd::hub::HubConnection &hub, const Invocation &in, gd::stats::StatsScope *scope, int *code,
             bool grids = true)
{
    const struct {
        const char *option, *table;
        gd::stats::StatsScope::Kind kind;
    } places[] = {{"street", "streets", gd::stats::StatsScope::Street},
                  {"community", "communities", gd::stats::StatsScope::Community},
                  {"grid", "grids", gd::stats::StatsScope::Grid}};
    int given = 0;
    for (const auto &p : places)
        given += in.parser.isSet(QLatin1String(p.option)) ? 1 : 0;
    if (given > 1) {
        *code = fail(UserError, grids ? Text::tr("stats: give one of --street, --community and --grid.")
                                      : Text::tr("report: give one of --street and --community."));
        return false;
    }
    if (!grids && in.parser.isSet(QStringLiteral("grid"))) {
        *code = fail(UserError, Text::tr("--grid: a monthly report is for the hub, a street or a community, not a "
                                         "grid."));
        return false;
    }
    *scope = {};
    for (const auto &p : places) {
        const QString option = QLatin1String(p.option);
        if (!in.parser.isSet(option))
            continue;
        const QString value = in.parser.value(option).trimmed();
        auto id = hub.scalar(QStringLiteral("SELECT id FROM %1 WHERE code = ? AND deleted = 0 ORDER BY id LIMIT 1")
                                 .arg(QLatin1String(p.table)),
                             {value});
        if (!id) {
            *code = failWith(id.error());
            return false;
        }
        if (id->isNull()) {
            const QString why = p.kind == gd::stats::StatsScope::Street
                                    ? Text::tr("--street: the hub holds no street with the code '%1'.")
                                : p.kind == gd::stats::StatsScope::Community
                                    ? Text::tr("--community: the hub holds no community with the code '%1'.")
                                    : Text::tr("--grid: the hub holds no grid with the code '%1'.");
            *code = fail(UserError, why.arg(value));
            return false;
        }
        *scope = {p.kind, id->toString()};
    }
    return true;
}

} // namespace

int statsCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (!in.arguments.isEmpty())
        return fail(UserError, Text::tr("Unexpected arguments: %1").arg(in.arguments.join(u' ')));
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return failWith(id.error());
    gd::stats::StatsRequest r;
    QString why;
    if (!figureRequest([&in](const QString &option) { return in.parser.value(option); }, &r, &why))
        return fail(UserError, why);
    int code = Ok;
    if (!scopeOf(hub, in, &r.scope, &code))
        return code;
    const gd::stats::FigureSource source = gd::hub::hubFigureSource(hub);
    auto report = figureReport(r, gd::stats::figures(), gd::stats::kDefaultMinimumSample,
                               [&source](const gd::stats::StatsRequest &request) { return count(source, request); });
    if (!report)
        return failWith(report.error());
    auto work = gridWorkReport(source, r);
    if (!work)
        return failWith(work.error());
    if (in.json) {
        QJsonObject out = figureReportJson(*report);
        insertGridWorkJson(&out, *work);
        printJson(out);
        return Ok;
    }
    printFigureTable(*report);
    printGridWork(*work);
    printFigureGroups(*report);
    return Ok;
}

int reportCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (!in.arguments.isEmpty())
        return fail(UserError, Text::tr("Unexpected arguments: %1").arg(in.arguments.join(u' ')));
    const QString month = in.parser.value(QStringLiteral("month")).trimmed();
    if (month.isEmpty())
        return fail(UserError, Text::tr("--month YYYY-MM is missing: name the month of the report."));
    const QString pdf = in.parser.value(QStringLiteral("pdf")).trimmed(),
                  xlsx = in.parser.value(QStringLiteral("xlsx")).trimmed();
    if (pdf.isEmpty())
        return fail(UserError, Text::tr("--pdf FILE is missing: name the PDF file to write the report into."));
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return failWith(id.error());
    gd::stats::StatsScope scope;
    int code = Ok;
    if (!scopeOf(hub, in, &scope, &code, false))
        return code;
    auto report = gd::stats::sharedReport(gd::hub::hubFigureSource(hub), id->name, month, scope, {});
    if (!report)
        return fail(UserError, QStringLiteral("--%1: %2").arg(report.error().field, report.message()));
    int pages = 0;
    if (gd::Status s = gd::stats::writeReportPdf(pdf, *report, &pages); !s)
        return failWith(s.error());
    printLine(Text::tr("The report of %1 for %2 (%n page(s)) written to %3", nullptr, pages)
                  .arg(report->scopeName, month, pdf));
    if (!xlsx.isEmpty()) {
        if (gd::Status s = gd::stats::writeReportWorkbook(xlsx, *report); !s)
            return failWith(s.error());
        printLine(Text::tr("Its tables written to %1").arg(xlsx));
    }
    return Ok;
}

} // namespace gdhub
