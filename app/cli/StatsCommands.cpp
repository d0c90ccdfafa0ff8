// `stats`: the office's figures for a period and scope, broken down on request, with 环比 and 同比;
// `stats rebuild`: the figures' aggregate counted again from the cases (the repair `check` asks for).
// The figures, their names and their arithmetic are core's (stats/Figures.h, FigureQuery.h).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "FigureOutput.h"
#include "GridWorkOutput.h"
#include "org/OfficeSettings.h"
#include "rating/ReviewSettings.h"
#include "stats/FigureQuery.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace gdcli {

namespace {

using namespace gd::stats;

// The request the options describe; false after printing why when they describe none.
bool requestOf(gd::Database &db, const Invocation &call, StatsRequest *r, int *code)
{
    QString why;
    if (!figureRequest([&call](const QString &option) { return call.has(option) ? call.value(option) : QString(); }, r,
                       &why)) {
        *code = fail(UserError, why);
        return false;
    }
    return scopeOption(db, call, QStringLiteral("stats"), &r->scope, code);
}

} // namespace

int showStats(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    StatsRequest r;
    if (!requestOf(*db, call, &r, &code))
        return code;
    const gd::rating::SatisfactionWeights w = gd::rating::ReviewRules::load(*db).satisfaction;
    auto report = figureReport(r, gd::stats::figures(w.satisfied, w.basic, w.dissatisfied),
                               gd::OfficeSettings(*db).load().minimumSample,
                               [&db](const StatsRequest &request) { return count(*db, request); });
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    // The grid's work beyond requests for the same scope and period (visits, disputes, joint work).
    auto work = gridWorkReport(gd::ReadSource::of(*db), r);
    if (!work)
        return fail(exitCodeFor(work.error()), work.message());
    if (call.json) {
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

int rebuildStats(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QElapsedTimer watch;
    watch.start();
    gd::Transaction tx(*db);
    if (!tx.started())
        return fail(DataError, tx.startError().message);
    if (gd::Status s = gd::stats::rebuild(db->sql()); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (gd::Status s = tx.commit(); !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(QCoreApplication::translate("gdcli", "The figures were counted again from the cases in %1 s.")
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace gdcli
