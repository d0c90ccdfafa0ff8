// `cases due`: the due board (到期预警) in a terminal: per handler or per grid, the open cases,
// those due within one working day and the overdue ones, most overdue first (core/cases/
// CaseWorkload.h). The counts are those of `cases list --due due_soon|overdue` at the same time.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "cases/CaseWorkload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QJsonObject counts(const gd::WorkloadRow &r)
{
    return {{QStringLiteral("open"), r.open},
            {QStringLiteral("due_soon"), r.dueSoon},
            {QStringLiteral("late_sign"), r.lateToSign},
            {QStringLiteral("overdue"), r.overdue}};
}

QJsonObject rowJson(const gd::WorkloadRow &r, bool byGrid)
{
    QJsonObject j = counts(r);
    j.insert(QStringLiteral("kind"), textOrNull(r.kind));
    j.insert(QStringLiteral("id"), textOrNull(r.id));
    j.insert(QStringLiteral("name"), textOrNull(r.name));
    if (byGrid) {
        j.insert(QStringLiteral("code"), textOrNull(r.code));
        j.insert(QStringLiteral("community_id"), textOrNull(r.communityId));
        j.insert(QStringLiteral("community"), textOrNull(r.communityName));
    } else if (r.kind == QLatin1String("worker")) {
        j.insert(QStringLiteral("phone"), textOrNull(r.code));
    }
    return j;
}

QStringList numbers(const gd::WorkloadRow &r)
{
    return {QString::number(r.open), QString::number(r.dueSoon), QString::number(r.overdue),
            QString::number(r.lateToSign)};
}

} // namespace

int dueCases(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("by"), {QStringLiteral("handler"), QStringLiteral("grid")}, &code))
        return code;
    const bool byGrid = call.value(QStringLiteral("by")) == QLatin1String("grid");
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto board = gd::CaseWorkload(*db).load();
    if (!board)
        return fail(exitCodeFor(board.error()), board.message());
    const QList<gd::WorkloadRow> &rows = byGrid ? board->grids : board->handlers;

    if (call.json) {
        QJsonArray array;
        for (const gd::WorkloadRow &r : rows)
            array.append(rowJson(r, byGrid));
        printJson(QJsonObject{
            {QStringLiteral("now"), isoTime(board->nowMs)},
            {QStringLiteral("due_soon_end"), isoTime(board->dueSoonEndMs)},
            {QStringLiteral("by"), byGrid ? QStringLiteral("grid") : QStringLiteral("handler")},
            {QStringLiteral("rows"), array},
            {QStringLiteral("total"), counts(board->total)},
            {QStringLiteral("callbacks"), QJsonObject{{QStringLiteral("waiting"), board->callbacksWaiting},
                                                      {QStringLiteral("overdue"), board->callbacksOverdue}}}});
        return Ok;
    }
    printLine(Text::tr("At %1 (Beijing time); due soon means by %2.")
                  .arg(shortTime(board->nowMs), shortTime(board->dueSoonEndMs)));
    QList<QStringList> cells;
    for (const gd::WorkloadRow &r : rows) {
        if (byGrid)
            cells << QStringList{r.id.isEmpty() ? Text::tr("(no grid)") : r.code, r.name, r.communityName} + numbers(r);
        else if (r.id.isEmpty())
            cells << QStringList{Text::tr("(no handler)"), QString(), QString()} + numbers(r);
        else
            cells << QStringList{r.name, r.code,
                                 r.kind == QLatin1String("unit") ? Text::tr("Handling unit")
                                                                 : Text::tr("Grid worker")} +
                         numbers(r);
    }
    const QStringList counted{Text::tr("Open"), Text::tr("Due within a working day"), Text::tr("Overdue"),
                              Text::tr("Not signed for in time")};
    printTable(byGrid ? QStringList{Text::tr("Grid code"), Text::tr("Grid"), Text::tr("Community")} + counted
                      : QStringList{Text::tr("Handler"), Text::tr("Phone"), Text::tr("Handler type")} + counted,
               cells);
    printLine(Text::tr("Total: %1 open, %2 due within a working day, %3 overdue, %4 not signed for in time.")
                  .arg(board->total.open)
                  .arg(board->total.dueSoon)
                  .arg(board->total.overdue)
                  .arg(board->total.lateToSign));
    printLine(Text::tr("Callbacks waiting: %1, of which %2 past the callback limit (cases list --due callback).")
                  .arg(board->callbacksWaiting)
                  .arg(board->callbacksOverdue));
    return Ok;
}

} // namespace gdcli
