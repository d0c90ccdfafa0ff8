// `cases repeats | confirm-repeat | reject-repeat | attach | split`: the review of suspected
// repeats (疑似重复) the 12345 import leaves, and linking a repeat by hand, through the same core as
// the window's review dialog and case page (cases/RepeatReview.h, CaseService::mergeInto).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "cases/RepeatReview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QJsonObject pairJson(const gd::RepeatPair &p)
{
    return {{QStringLiteral("case"), p.number},
            {QStringLiteral("received"), isoTime(p.receivedMs)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("repeats"), textOrNull(p.otherNumber)},
            {QStringLiteral("repeats_state"), textOrNull(p.otherState)},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("reasons"), textOrNull(p.reasonText)},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("decided_by"), textOrNull(p.decidedBy)},
            {QStringLiteral("decided"), p.decidedMs > 0 ? QJsonValue(isoTime(p.decidedMs)) : QJsonValue()}};
}

// The case named by the first argument, for a write as --user.
struct Named {
    std::unique_ptr<gd::Database> db;
    gd::Case c;
};
bool named(const Invocation &call, Named *out, int *code)
{
    out->db = openSignedIn(call, code);
    if (!out->db)
        return false;
    gd::CaseService service(*out->db);
    auto found = findCase(service, call.arguments.value(0));
    if (!found) {
        *code = fail(exitCodeFor(found.error()), found.message());
        return false;
    }
    out->c = found.value();
    return true;
}

void printDone(const Invocation &call, const QString &text, const QJsonObject &json)
{
    if (call.json)
        printJson(json);
    else
        printLine(text);
}

} // namespace

int listRepeats(const Invocation &call)
{
    int code = Ok;
    const QString status =
        call.has(QStringLiteral("status")) ? call.value(QStringLiteral("status")).trimmed() : QStringLiteral("pending");
    if (!checkCaseChoice(call, QStringLiteral("status"), gd::RepeatReview::statuses(), &code))
        return code;
    int limit = 200;
    if (!parseLimit(call, &limit, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto pairs = gd::RepeatReview(*db).list(status, limit > 0 ? limit : std::numeric_limits<int>::max());
    if (!pairs)
        return fail(exitCodeFor(pairs.error()), pairs.message());
    if (call.json) {
        QJsonArray out;
        for (const gd::RepeatPair &p : pairs.value())
            out.append(pairJson(p));
        printJson(QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("pairs"), out}});
        return Ok;
    }
    printLine(Text::tr("%1: %n pair(s).", nullptr, int(pairs->size())).arg(gd::RepeatReview::statusName(status)));
    if (pairs->isEmpty())
        return Ok;
    QList<QStringList> rows;
    for (const gd::RepeatPair &p : pairs.value())
        rows << QStringList{p.number,
                            shortTime(p.receivedMs),
                            p.otherNumber,
                            QString::number(p.score),
                            p.reasonText,
                            p.decidedBy,
                            p.decidedMs > 0 ? shortTime(p.decidedMs) : QString()};
    printTable({Text::tr("Case"), Text::tr("Received"), Text::tr("May repeat"), Text::tr("Score"), Text::tr("Why"),
                Text::tr("Decided by"), Text::tr("When")},
               rows);
    return Ok;
}

int confirmRepeat(const Invocation &call)
{
    int code = Ok;
    Named n;
    if (!named(call, &n, &code))
        return code;
    gd::CaseService service(*n.db);
    auto report = service.confirmRepeat(n.c.id);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    const QString other = service.numberOf(n.c.repeatOf);
    printDone(call,
              Text::tr("%1 is merged into %2 as one of its reports; cases split %2 --report %3 takes it back out.")
                  .arg(n.c.number, other, report.value()),
              {{QStringLiteral("case"), n.c.number},
               {QStringLiteral("merged_into"), other},
               {QStringLiteral("report"), report.value()}});
    return Ok;
}

int rejectRepeat(const Invocation &call)
{
    int code = Ok;
    Named n;
    if (!named(call, &n, &code))
        return code;
    gd::CaseService service(*n.db);
    if (gd::Status s = service.rejectRepeat(n.c.id); !s)
        return fail(exitCodeFor(s.error()), s.message());
    const QString other = service.numberOf(n.c.repeatOf);
    printDone(call, Text::tr("%1 and %2 are kept apart: the pair is not proposed again.").arg(n.c.number, other),
              {{QStringLiteral("case"), n.c.number}, {QStringLiteral("kept_apart_from"), other}});
    return Ok;
}

int attachCase(const Invocation &call)
{
    int code = Ok;
    if (call.value(QStringLiteral("into")).trimmed().isEmpty())
        return fail(UserError, Text::tr("cases attach: name the case it repeats with --into NUMBER."));
    Named n;
    if (!named(call, &n, &code))
        return code;
    gd::CaseService service(*n.db);
    auto target = findCase(service, call.value(QStringLiteral("into")));
    if (!target)
        return fail(exitCodeFor(target.error()), QStringLiteral("--into: ") + target.message());
    auto report = service.mergeInto(n.c.id, target->id);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    printDone(call,
              Text::tr("%1 is merged into %2 as one of its reports; cases split %2 --report %3 takes it back out.")
                  .arg(n.c.number, target->number, report.value()),
              {{QStringLiteral("case"), n.c.number},
               {QStringLiteral("merged_into"), target->number},
               {QStringLiteral("report"), report.value()}});
    return Ok;
}

int splitCase(const Invocation &call)
{
    int code = Ok;
    const QString report = call.value(QStringLiteral("report")).trimmed();
    if (report.isEmpty())
        return fail(UserError, Text::tr("cases split: name the attached report with --report EVENT (cases show --json "
                                        "lists each report's event id)."));
    Named n;
    if (!named(call, &n, &code))
        return code;
    gd::CaseService service(*n.db);
    auto id = service.splitReport(n.c.id, report);
    if (!id)
        return fail(exitCodeFor(id.error()), id.message());
    const QString number = service.numberOf(id.value());
    printDone(call, Text::tr("The report is split out of %1: it is case %2.").arg(n.c.number, number),
              {{QStringLiteral("case"), n.c.number}, {QStringLiteral("split_into"), number}});
    return Ok;
}

} // namespace gdcli
