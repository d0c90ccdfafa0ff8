// `griddesk-hub stats`: the figures of the cases the hub holds, counted with the office's own
// definitions and query (hub/HubFigures.h) and printed as `griddesk-cli stats` prints an office's
// (../cli/FigureOutput.h). Satisfaction is weighed with GridDesk's default weights and small
// samples marked at the default minimum: those are an office's own settings, which it does not send.
#include "../cli/CliOutput.h"
#include "../cli/FigureOutput.h"
#include "HubCommands.h"
#include "hub/HubConnection.h"
#include "hub/HubFigures.h"
#include "hub/HubSchema.h"

#include <QCoreApplication>

using namespace gdcli;

namespace gdhub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdhub)
};

// --street, --community or --grid CODE as the id of a place the hub holds; false after saying why.
bool scopeOf(gd::hub::HubConnection &hub, const Invocation &in, gd::stats::StatsScope *scope, int *code)
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
        *code = fail(UserError, Text::tr("stats: give one of --street, --community and --grid."));
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
    if (in.json) {
        printJson(figureReportJson(*report));
        return Ok;
    }
    printFigureTable(*report);
    printFigureGroups(*report);
    return Ok;
}

} // namespace gdhub
