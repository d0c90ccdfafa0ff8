// `disputes add`, `disputes act` and `disputes list`: the dispute ledger (disputes/), recorded as
// the signed-in operator with its parties (--party "name,phone,address", repeatable) and
// mediators (--mediator KIND:WHO), carried through its sessions to an outcome, and listed newest
// first with the parties masked unless the operator keeps the grid.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "disputes/DisputeLedger.h"
#include "disputes/DisputeList.h"
#include "disputes/DisputeService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &disputeOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("grid_id"), QStringLiteral("--grid")},
        {QStringLiteral("source"), QStringLiteral("--source")},
        {QStringLiteral("case_id"), QStringLiteral("--case")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
        {QStringLiteral("risk"), QStringLiteral("--risk")},
        {QStringLiteral("found_ms"), QStringLiteral("--at")},
        {QStringLiteral("found_by"), QStringLiteral("--found-by")},
        {QStringLiteral("summary"), QStringLiteral("--description")},
        {QStringLiteral("parties"), QStringLiteral("--party")},
        {QStringLiteral("mediators"), QStringLiteral("--mediator")},
        {QStringLiteral("at_ms"), QStringLiteral("--at")},
        {QStringLiteral("outcome_ms"), QStringLiteral("--at")},
        {QStringLiteral("followup_ms"), QStringLiteral("--at")},
        {QStringLiteral("place"), QStringLiteral("--place")},
        {QStringLiteral("result"), QStringLiteral("--result")},
        {QStringLiteral("agreement"), QStringLiteral("--agreement")},
        {QStringLiteral("data"), QStringLiteral("--file")},
        {QStringLiteral("referred_to"), QStringLiteral("--target")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("outcome_note"), QStringLiteral("--note")},
        {QStringLiteral("followup_note"), QStringLiteral("--note")},
        {QStringLiteral("review_note"), QStringLiteral("--note")},
    };
    return map;
}

QJsonObject disputeJson(const gd::DisputeRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("found"), isoTime(r.foundMs)},
            {QStringLiteral("grid_id"), r.gridId},
            {QStringLiteral("grid"), r.gridName},
            {QStringLiteral("police_grid"), r.policeGridName},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("risk"), r.risk},
            {QStringLiteral("parties"), r.parties},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("found_by"), r.foundByName},
            {QStringLiteral("case_number"), r.caseNumber},
            {QStringLiteral("sessions"), r.sessions},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("outcome_at"), r.outcomeMs ? isoTime(r.outcomeMs) : QString()},
            {QStringLiteral("referred_to"), r.referredTo},
            {QStringLiteral("followed_up"), r.followupMs > 0},
            {QStringLiteral("reviewed_by"), r.reviewedBy}};
}

// "name,phone,address": the phone and the address may be left out; a comma inside the address is
// kept (only the first two split).
gd::DisputeParty partyOf(const QString &text)
{
    const QString t = QString(text).replace(QStringLiteral("，"), QStringLiteral(","));
    return gd::DisputeParty{{},
                            t.section(QLatin1Char(','), 0, 0).trimmed(),
                            t.section(QLatin1Char(','), 1, 1).trimmed(),
                            t.section(QLatin1Char(','), 2).trimmed()};
}

// KIND:WHO — a worker or police officer by phone or id (a name is kept as written when it matches
// no one), a lawyer or committee member by name.
bool mediatorOf(gd::Database &db, const QString &text, gd::DisputeMediator *m, int *code)
{
    const QString kind = text.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString who = text.section(QLatin1Char(':'), 1).trimmed();
    if (!gd::disputes::mediatorKinds().contains(kind) || who.isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--mediator: write KIND:WHO with KIND one of %1, "
                                                                     "not '%2'.")
                                    .arg(gd::disputes::mediatorKinds().join(QStringLiteral(", ")), text));
        return false;
    }
    m->kind = kind;
    m->workerId = workerIdFor(db, who);
    if (m->workerId.isEmpty())
        m->name = who;
    return true;
}

bool readFile(const QString &path, gd::DisputeFile *file, int *code)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *code =
            fail(UserError,
                 QCoreApplication::translate("gdcli", "--file: %1 cannot be read (%2).").arg(path, f.errorString()));
        return false;
    }
    file->name = QFileInfo(path).fileName();
    file->data = f.readAll();
    return true;
}

} // namespace

int addDispute(const Invocation &call)
{
    int code = Ok;
    for (const auto &[option, choices] : {std::pair{QStringLiteral("kind"), gd::disputes::kinds()},
                                          std::pair{QStringLiteral("risk"), gd::disputes::risks()},
                                          std::pair{QStringLiteral("source"), gd::disputes::sources()}})
        if (!checkCaseChoice(call, option, choices, &code))
            return code;
    gd::Dispute d;
    if (call.has(QStringLiteral("kind")))
        d.kind = call.value(QStringLiteral("kind"));
    if (call.has(QStringLiteral("risk")))
        d.risk = call.value(QStringLiteral("risk"));
    if (call.has(QStringLiteral("source")))
        d.source = call.value(QStringLiteral("source"));
    d.summary = call.value(QStringLiteral("description"));
    for (const QString &p : call.values(QStringLiteral("party")))
        d.parties << partyOf(p);
    if (!atOption(call, &d.foundMs, &code))
        return code;
    auto db = openSignedIn(call, &code);
    if (db && d.foundMs == 0)
        d.foundMs = db->nowMs();
    if (!db || !gridOption(*db, call, &d.gridId, &code) ||
        !workerOption(*db, call, QStringLiteral("found-by"), &d.foundBy, &code))
        return code;
    if (d.gridId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--grid is missing: name the grid of the dispute "
                                                                    "(its code)."));
    for (const QString &m : call.values(QStringLiteral("mediator"))) {
        gd::DisputeMediator mediator;
        if (!mediatorOf(*db, m, &mediator, &code))
            return code;
        d.mediators << mediator;
    }
    if (call.has(QStringLiteral("case"))) {
        gd::CaseService cases(*db);
        auto c = findCase(cases, call.value(QStringLiteral("case")));
        if (!c)
            return fail(UserError, QCoreApplication::translate("gdcli", "--case: there is no request '%1'.")
                                       .arg(call.value(QStringLiteral("case"))));
        d.caseId = c->id;
        if (!call.has(QStringLiteral("source")))
            d.source = QStringLiteral("case");
    }
    auto id = gd::DisputeService(*db).record(d);
    if (!id)
        return refusedByCore(id.error(), disputeOptions());
    if (call.json) {
        gd::DisputeFilter f;
        f.gridId = d.gridId;
        f.fromMs = d.foundMs;
        f.toMs = d.foundMs + 1;
        printRecordedRow(gd::DisputeList(*db), f, *id, disputeJson);
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int actOnDispute(const Invocation &call)
{
    const QString id = call.arguments.value(0);
    const QString action = call.arguments.value(1);
    static const QStringList actions{QStringLiteral("session"),  QStringLiteral("settle"),   QStringLiteral("refer"),
                                     QStringLiteral("withdraw"), QStringLiteral("followup"), QStringLiteral("review")};
    if (!actions.contains(action))
        return fail(UserError, QCoreApplication::translate("gdcli", "'%1' is not something done to a dispute; the "
                                                                    "actions are %2.")
                                   .arg(action, actions.join(QStringLiteral(", "))));
    int code = Ok;
    if (action == QLatin1String("session") &&
        !checkCaseChoice(call, QStringLiteral("result"), gd::disputes::sessionResults(), &code))
        return code;
    if (action == QLatin1String("refer") &&
        !checkCaseChoice(call, QStringLiteral("target"), gd::disputes::referralTargets(), &code))
        return code;
    QList<gd::DisputeFile> files;
    for (const QString &path : call.values(QStringLiteral("file"))) {
        gd::DisputeFile f;
        if (!readFile(path, &f, &code))
            return code;
        files << f;
    }
    qint64 at = 0;
    if (!atOption(call, &at, &code))
        return code;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (at == 0)
        at = db->nowMs();
    gd::DisputeService service(*db);
    const QString note = call.value(QStringLiteral("note"));
    gd::Status done;
    if (action == QLatin1String("session")) {
        gd::DisputeSession s{{}, at, call.value(QStringLiteral("place")), QStringLiteral("continue"), note};
        if (call.has(QStringLiteral("result")))
            s.result = call.value(QStringLiteral("result"));
        auto added = service.addSession(id, s);
        done = added ? gd::Status() : gd::Status(added.error());
    } else if (action == QLatin1String("settle")) {
        done = service.settle(id, at, call.value(QStringLiteral("agreement")), files, note);
    } else if (action == QLatin1String("refer")) {
        done = service.refer(id, at, call.value(QStringLiteral("target")), note);
    } else if (action == QLatin1String("withdraw")) {
        done = service.withdraw(id, at, note);
    } else if (action == QLatin1String("followup")) {
        done = service.followUp(id, at, note);
    } else {
        done = service.review(id, note);
    }
    if (!done)
        return done.error().kind == gd::ErrorKind::NotFound
                   ? fail(UserError, QCoreApplication::translate("gdcli", "There is no dispute '%1'.").arg(id))
                   : refusedByCore(done.error(), disputeOptions());
    if (call.json) {
        auto d = service.open(id);
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("action"), action},
                              {QStringLiteral("outcome"), d ? d->outcome : QString()}});
        return Ok;
    }
    printLine(QCoreApplication::translate("gdcli", "Done: %1 of %2.").arg(action, id));
    return Ok;
}

int listDisputes(const Invocation &call)
{
    int code = Ok;
    for (const auto &[option, choices] : {std::pair{QStringLiteral("kind"), gd::disputes::kinds()},
                                          std::pair{QStringLiteral("risk"), gd::disputes::risks()},
                                          std::pair{QStringLiteral("outcome"), gd::disputes::outcomes()}})
        if (!checkCaseChoice(call, option, choices, &code))
            return code;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::DisputeFilter f;
    setPlaceAndPeriod(&f, places);
    f.kind = call.value(QStringLiteral("kind"));
    f.risk = call.value(QStringLiteral("risk"));
    f.outcome = call.value(QStringLiteral("outcome"));
    f.awaitingReview = call.has(QStringLiteral("awaiting-review"));
    gd::DisputeList list(*db);
    auto rows = collectPages<gd::DisputeRow>(limit, gd::DisputeList::kMaxLimit,
                                             [&](int want, const QString &after) { return list.page(f, want, after); });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, disputeJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::DisputeRow &r : *rows)
        table << QStringList{shortTime(r.foundMs),
                             r.gridName,
                             gd::disputes::kindName(r.kind),
                             gd::disputes::riskName(r.risk),
                             r.parties,
                             gd::disputes::outcomeName(r.outcome),
                             r.id};
    printTable({QCoreApplication::translate("gdcli", "Found"), QCoreApplication::translate("gdcli", "Grid"),
                QCoreApplication::translate("gdcli", "Kind"), QCoreApplication::translate("gdcli", "Risk"),
                QCoreApplication::translate("gdcli", "Parties"), QCoreApplication::translate("gdcli", "Outcome"),
                QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int disputeLedger(const Invocation &call)
{
    const QString month = call.value(QStringLiteral("month")).trimmed();
    if (month.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--month YYYY-MM is missing: name the month of "
                                                                    "the ledger."));
    const QString pdf = call.value(QStringLiteral("pdf")).trimmed(),
                  xlsx = call.value(QStringLiteral("xlsx")).trimmed();
    if (pdf.isEmpty() && xlsx.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--pdf FILE or --xlsx FILE is missing: name what "
                                                                    "to write the ledger into."));
    const bool full = call.has(QStringLiteral("full-phones"));
    int code = Ok;
    if (full && !requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db || (full && !signIn(*db, call, &code)))
        return code;
    gd::stats::StatsScope scope;
    if (!scopeOption(*db, call, QStringLiteral("disputes ledger"), &scope, &code))
        return code;
    auto ledger = gd::disputeledger::gather(*db, month, scope, full);
    if (!ledger)
        return ledger.error().kind == gd::ErrorKind::Permission
                   ? fail(exitCodeFor(ledger.error()), QStringLiteral("--full-phones: %1").arg(ledger.message()))
                   : fail(exitCodeFor(ledger.error()),
                          QStringLiteral("--%1: %2").arg(ledger.error().field, ledger.message()));
    if (!pdf.isEmpty()) {
        int pages = 0;
        if (gd::Status s = gd::disputeledger::writePdf(*db, pdf, *ledger, &pages); !s)
            return fail(exitCodeFor(s.error()), s.message());
        printLine(QCoreApplication::translate("gdcli",
                                              "The dispute ledger of %1 for %2: %n dispute(s) on %3 page(s) "
                                              "written to %4",
                                              nullptr, int(ledger->rows.size()))
                      .arg(ledger->scopeName, month)
                      .arg(pages)
                      .arg(pdf));
    }
    if (!xlsx.isEmpty()) {
        if (gd::Status s = gd::disputeledger::writeWorkbook(*db, xlsx, *ledger); !s)
            return fail(exitCodeFor(s.error()), s.message());
        printLine(QCoreApplication::translate("gdcli", "The dispute ledger written to %1").arg(xlsx));
    }
    return Ok;
}

} // namespace gdcli
