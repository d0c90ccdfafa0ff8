// `cases add | list | show | act`: residents' requests from a terminal, through the same core
// services as the window, so validation, the workflow's rules and permissions are the same.
// Writes run as a signed-in operator (--user, password from GRIDDESK_PASSWORD).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "OperatorCommands.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "cases/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

// Core field → the option that sets it, so a refusal names what to change on the command line.
const QHash<QString, QString> &intakeOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("channel"), QStringLiteral("--channel")},
        {QStringLiteral("request_type"), QStringLiteral("--type")},
        {QStringLiteral("urgency"), QStringLiteral("--urgency")},
        {QStringLiteral("category_id"), QStringLiteral("--category")},
        {QStringLiteral("reporter_name"), QStringLiteral("--name")},
        {QStringLiteral("reporter_phone"), QStringLiteral("--phone")},
        {QStringLiteral("address"), QStringLiteral("--address")},
        {QStringLiteral("building_id"), QStringLiteral("--building-address")},
        {QStringLiteral("grid_id"), QStringLiteral("--grid")},
        {QStringLiteral("description"), QStringLiteral("--description")},
        {QStringLiteral("request"), QStringLiteral("--request")},
        {QStringLiteral("received_ms"), QStringLiteral("--received")},
        {QStringLiteral("hotline_order"), QStringLiteral("--hotline-order")},
        {QStringLiteral("found_by_worker_id"), QStringLiteral("--found-by")},
    };
    return map;
}

const QHash<QString, QString> &actionOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("handler"), QStringLiteral("--worker")},
        {QStringLiteral("reason"), QStringLiteral("--reason")},
        {QStringLiteral("days"), QStringLiteral("--days")},
        {QStringLiteral("level"), QStringLiteral("--level")},
        {QStringLiteral("satisfaction"), QStringLiteral("--satisfaction")},
        {QStringLiteral("solved"), QStringLiteral("--solved")},
        {QStringLiteral("result"), QStringLiteral("--result")},
        {QStringLiteral("target"), QStringLiteral("--target")},
        {QStringLiteral("report"), QStringLiteral("--report")},
        {QStringLiteral("tier"), QStringLiteral("--tier")},
    };
    return map;
}

} // namespace

int addCase(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("channel"), gd::cases::channels(), &code) ||
        !checkCaseChoice(call, QStringLiteral("type"), gd::cases::requestTypes(), &code) ||
        !checkCaseChoice(call, QStringLiteral("urgency"), gd::cases::urgencies(), &code) || !requireUser(call, &code))
        return code;
    gd::Case draft;
    if (call.has(QStringLiteral("received"))) {
        const qint64 ms = parseBeijingTime(call.value(QStringLiteral("received")));
        if (ms == 0)
            return fail(UserError, QCoreApplication::translate(
                                       "gdcli", "--received: '%1' is not a time written as \"YYYY-MM-DD HH:MM\".")
                                       .arg(call.value(QStringLiteral("received"))));
        draft.receivedMs = ms;
    }
    auto db = openForReading(call.db, &code);
    if (!db || !signIn(*db, call, &code))
        return code;

    if (call.has(QStringLiteral("channel")))
        draft.channel = call.value(QStringLiteral("channel"));
    if (call.has(QStringLiteral("type")))
        draft.requestType = call.value(QStringLiteral("type"));
    if (call.has(QStringLiteral("urgency")))
        draft.urgency = call.value(QStringLiteral("urgency"));
    if (call.has(QStringLiteral("category"))) {
        const QString wanted = call.value(QStringLiteral("category")).trimmed();
        auto category = gd::CategoryService(*db).byCode(wanted);
        if (!category)
            return fail(UserError,
                        QCoreApplication::translate("gdcli", "--category: no category has the code '%1'.").arg(wanted));
        draft.categoryId = category->id;
    }
    draft.address = call.value(QStringLiteral("address"));
    QString buildingText;
    if (!gridOption(*db, call, &draft.gridId, &code) ||
        !buildingOption(*db, call, &draft.buildingId, &buildingText, &code))
        return code;
    if (draft.address.trimmed().isEmpty())
        draft.address = buildingText;
    draft.reporterName = call.value(QStringLiteral("name"));
    draft.reporterPhone = call.value(QStringLiteral("phone"));
    draft.anonymous = call.has(QStringLiteral("anonymous"));
    draft.description = call.value(QStringLiteral("description"));
    draft.request = call.value(QStringLiteral("request"));
    draft.hotlineOrder = call.value(QStringLiteral("hotline-order"));
    if (call.has(QStringLiteral("found-by")) && draft.channel != QLatin1String("patrol"))
        return fail(UserError, QCoreApplication::translate("gdcli", "--found-by: only a case found on patrol "
                                                                    "(--channel patrol) has a finder."));
    if (!workerOption(*db, call, QStringLiteral("found-by"), &draft.foundByWorkerId, &code))
        return code;

    gd::CaseService service(*db);
    if (call.has(QStringLiteral("settled")) && call.value(QStringLiteral("settled")).trimmed().isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--settled: give the answer the resident was given "
                                                                    "at the desk."));
    auto id = service.registerCase(draft, call.value(QStringLiteral("settled")));
    if (!id)
        return refusedByCore(id.error(), intakeOptions(),
                             id.error().field == QLatin1String("note") ? QStringLiteral("--settled") : QString());
    auto registered = service.caseById(id.value());
    if (!registered)
        return fail(exitCodeFor(registered.error()), registered.message());
    if (call.json)
        printJson(caseJson(*db, registered.value()));
    else
        printLine(registered->number);
    return Ok;
}

int listCases(const Invocation &call)
{
    int code = Ok;
    gd::CaseFilter filter;
    if (!parseCaseFilter(call, &filter, &code) || !checkMine(call, &code))
        return code;
    int limit = 50;
    if (!parseLimit(call, &limit, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    if (!resolvePlaces(*db, call, &filter, &code) || !applyMine(*db, call, &filter, &code))
        return code;

    // Pages of CaseQueries, never the whole table at once: --limit 0 walks every page.
    gd::CaseQueries queries(*db);
    QList<gd::CaseRow> rows;
    QString key;
    bool more = false;
    do {
        const int want = limit == 0 ? gd::CaseQueries::kMaxLimit : qMin(limit - int(rows.size()), 500);
        auto page = queries.page(filter, want, key);
        if (!page)
            return fail(exitCodeFor(page.error()), page.message());
        rows << page->rows;
        key = page->nextKey;
        more = !key.isEmpty();
    } while (more && (limit == 0 || rows.size() < limit));

    if (call.json) {
        QJsonArray array;
        for (const gd::CaseRow &r : rows)
            array.append(rowJson(r));
        printJson(array);
        return Ok;
    }
    printCaseTable(rows);
    printLine(
        QCoreApplication::translate("gdcli", "%n case(s)", nullptr, int(rows.size())) +
        (more ? QCoreApplication::translate("gdcli", " (more: raise --limit, or --limit 0 for all)") : QString()));
    return Ok;
}

int showCase(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    gd::CaseService service(*db);
    auto found = findCase(service, call.arguments.value(0));
    if (!found)
        return fail(exitCodeFor(found.error()), found.message());
    const gd::Result<QList<gd::CaseEvent>> read = service.timeline(found->id);
    if (!read)
        return fail(DataError, read.message());
    const QList<gd::CaseEvent> &events = read.value();
    if (call.json) {
        QJsonObject object = caseJson(*db, found.value());
        const gd::workflow::Folded folded = gd::workflow::fold(found.value(), events);
        QJsonArray timeline;
        for (const gd::CaseEvent &e : events)
            timeline.append(eventJson(e, !folded.overridden.contains(e.id)));
        object.insert(QStringLiteral("timeline"), timeline);
        printJson(object);
        return Ok;
    }
    printCaseDetail(*db, found.value(), events);
    return Ok;
}

int actOnCase(const Invocation &call)
{
    namespace wf = gd::workflow;
    int code = Ok;
    const QString key = call.arguments.value(1);
    const std::optional<wf::Action> action = wf::actionFromKey(key);
    QStringList keys;
    for (const wf::Action a : wf::manualActions())
        keys << wf::keyText(a);
    if (!action || !wf::manualActions().contains(*action))
        return fail(UserError, QCoreApplication::translate("gdcli", "ACTION: '%1' is not one of %2.")
                                   .arg(key, keys.join(QStringLiteral(", "))));
    std::optional<bool> yesNo[2];
    const char *const yesNoOptions[2] = {"solved", "approved"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(yesNoOptions[i]);
        if (!call.has(name))
            continue;
        const QString value = call.value(name).trimmed().toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return fail(
                UserError,
                QCoreApplication::translate("gdcli", "--%1: say yes or no, not '%2'.").arg(name, call.value(name)));
        yesNo[i] = value == QLatin1String("yes");
    }
    int days = 0;
    if (call.has(QStringLiteral("days"))) {
        bool ok = false;
        days = call.value(QStringLiteral("days")).trimmed().toInt(&ok);
        if (!ok)
            return fail(UserError, QCoreApplication::translate("gdcli", "--days: '%1' is not a whole number.")
                                       .arg(call.value(QStringLiteral("days"))));
    }
    if (!requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db || !signIn(*db, call, &code))
        return code;

    // The details the action takes, from the options; the workflow's guard checks their values.
    wf::Step step{*action, call.value(QStringLiteral("note")), wf::emptyPayload(*action)};
    if (auto *h = std::get_if<wf::Handler>(&step.payload)) {
        if (!resolveHandler(*db, call, h, &code))
            return code;
        h->level = call.value(QStringLiteral("tier")).trimmed();
    } else if (auto *r = std::get_if<wf::ReturnReason>(&step.payload)) {
        r->reason = call.value(QStringLiteral("reason")).trimmed();
    } else if (auto *x = std::get_if<wf::ExtensionRequest>(&step.payload)) {
        x->days = days;
    } else if (auto *l = std::get_if<wf::Supervision>(&step.payload)) {
        l->level = call.value(QStringLiteral("level")).trimmed();
    } else if (auto *o = std::get_if<wf::CallbackOutcome>(&step.payload)) {
        o->satisfaction = call.value(QStringLiteral("satisfaction")).trimmed();
        o->solved = yesNo[0];
        if (call.has(QStringLiteral("result")))
            o->result = call.value(QStringLiteral("result")).trimmed();
        o->reason = call.value(QStringLiteral("reason")).trimmed();
        o->reportEventId = call.value(QStringLiteral("report")).trimmed();
    } else if (auto *r = std::get_if<wf::ReportReply>(&step.payload)) {
        r->reportEventId = call.value(QStringLiteral("report")).trimmed();
    } else if (auto *t = std::get_if<wf::Redirection>(&step.payload)) {
        t->target = call.value(QStringLiteral("target")).trimmed();
    } else if (auto *d = std::get_if<wf::ExtensionDecision>(&step.payload)) {
        d->approved = yesNo[1].value_or(false);
    }

    gd::CaseService service(*db);
    auto found = findCase(service, call.arguments.value(0));
    if (!found)
        return fail(exitCodeFor(found.error()), found.message());
    auto after = service.act(found->id, step);
    if (!after)
        return refusedByCore(after.error(), actionOptions(), key);
    if (call.json)
        printJson(caseJson(*db, after.value()));
    else
        printLine(QCoreApplication::translate("gdcli", "Case %1 is now %2.")
                      .arg(after->number, gd::cases::stateName(after->state).toLower()));
    return Ok;
}

} // namespace gdcli
