// The monthly star review from the command line: `review compute --month YYYY-MM`,
// every active full-time worker's items, total, current and proposed star, and the reason.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "access/OperatorService.h"
#include "rating/Appeals.h"
#include "rating/MonthReview.h"
#include "rating/Payouts.h"
#include "rating/ReviewSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QString points(double v)
{
    return QString::number(v, 'f', 1);
}

QJsonArray sheetJson(const gd::rating::MonthSheet &sheet)
{
    QJsonArray out;
    for (const gd::rating::SheetRow &r : sheet.rows) {
        QJsonObject items, raw;
        for (const gd::rating::RatingItem &i : sheet.items) {
            items.insert(i.code, r.values.value(i.code).points);
            raw.insert(i.code, r.values.value(i.code).raw);
        }
        out.append(QJsonObject{{QStringLiteral("worker_id"), r.workerId},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("items"), items},
                               {QStringLiteral("counted"), raw},
                               {QStringLiteral("veto"), r.veto},
                               {QStringLiteral("total"), r.total},
                               {QStringLiteral("current_star"), r.star},
                               {QStringLiteral("proposed_star"), r.decision.to},
                               {QStringLiteral("rank"), r.decision.rank},
                               {QStringLiteral("unsettled_cases"), r.unsettled},
                               {QStringLiteral("explanation"), r.decision.explanation}});
    }
    return out;
}

void printSheet(const gd::rating::MonthSheet &sheet)
{
    QList<QStringList> rows;
    int unsettled = 0;
    for (const gd::rating::SheetRow &r : sheet.rows) {
        // A mark after the name: the row's numbers rest on cases a settlement may change.
        rows << QStringList{r.unsettled ? r.name + QStringLiteral(" *") : r.name, points(r.total),
                            QString::number(r.star), QString::number(r.decision.to), r.decision.explanation};
        unsettled += r.unsettled;
    }
    printTable({Text::tr("Worker"), Text::tr("Total"), Text::tr("Star"), Text::tr("Proposed"), Text::tr("Why")}, rows);
    if (unsettled)
        printLine(Text::tr("* %n counted case(s) have concurrent actions no supervisor has settled; a settlement may "
                           "change these numbers (griddesk-cli conflicts list).",
                           nullptr, unsettled));
}

// The file, signed in as --operator with the password read from stdin (--password-stdin).
std::unique_ptr<gd::Database> openAsOperator(const Invocation &call, const QString &command, int *code)
{
    if (call.value(QStringLiteral("operator")).isEmpty() || !call.has(QStringLiteral("password-stdin"))) {
        *code =
            fail(UserError,
                 Text::tr("%1: sign in with --operator LOGIN --password-stdin (the password on stdin).").arg(command));
        return nullptr;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    auto db = openForReading(call.db, code);
    if (!db)
        return nullptr;
    auto actor = gd::OperatorService(*db).authenticate(call.value(QStringLiteral("operator")), password);
    if (!actor) {
        *code = fail(exitCodeFor(actor.error()), QStringLiteral("--operator: ") + actor.message());
        return nullptr;
    }
    db->setActor(actor.value());
    return db;
}

bool checkMonth(const Invocation &call, const QString &command, int *code)
{
    if (gd::rating::isMonth(call.value(QStringLiteral("month"))))
        return true;
    *code = fail(UserError, Text::tr("%1: give the month as --month YYYY-MM (for example 2026-10).").arg(command));
    return false;
}

} // namespace

int computeReview(const Invocation &call)
{
    const QString month = call.value(QStringLiteral("month"));
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review compute"), &code))
        return code;
    const QString sortKey =
        call.has(QStringLiteral("sort")) ? call.value(QStringLiteral("sort")) : QStringLiteral("place");
    const auto order = gd::rating::sheetOrderFromKey(sortKey);
    if (!order)
        return fail(UserError, Text::tr("review compute: --sort is place (by community and grid) or name (by pinyin), "
                                        "not \"%1\".")
                                   .arg(sortKey));
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto sheet = gd::rating::reviewSheet(*db, month, *order); // as approved, when it is
    if (!sheet)
        return fail(exitCodeFor(sheet.error()), sheet.message());
    if (call.json)
        printJson(sheetJson(*sheet));
    else
        printSheet(*sheet);
    return Ok;
}

int reviewYear(const Invocation &call)
{
    bool ok = false;
    const int year = call.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return fail(UserError, Text::tr("review year: --year needs a year such as 2026, not \"%1\".")
                                   .arg(call.value(QStringLiteral("year"))));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto results = gd::rating::yearResults(*db, year);
    if (!results)
        return fail(exitCodeFor(results.error()), results.message());
    if (call.json) {
        QJsonArray out;
        for (const gd::rating::YearResult &y : *results) {
            QJsonArray months;
            for (double m : y.months)
                months.append(m < 0 ? QJsonValue() : QJsonValue(m));
            out.append(QJsonObject{{QStringLiteral("worker_id"), y.workerId},
                                   {QStringLiteral("name"), y.name},
                                   {QStringLiteral("months"), months},
                                   {QStringLiteral("score"), y.score},
                                   {QStringLiteral("grade"), gd::rating::gradeName(y.grade)}});
        }
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::rating::YearResult &y : *results) {
        int reviewed = 0;
        for (double m : y.months)
            reviewed += m >= 0 ? 1 : 0;
        rows << QStringList{y.name, QString::number(reviewed), points(y.score), gd::rating::gradeName(y.grade)};
    }
    printTable({Text::tr("Name"), Text::tr("Months"), Text::tr("Annual score"), Text::tr("Grade")}, rows);
    return Ok;
}

int submitReview(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review submit"), &code))
        return code;
    auto db = openAsOperator(call, QStringLiteral("review submit"), &code);
    if (!db)
        return code;
    if (gd::Status s = gd::rating::submitMonth(*db, call.value(QStringLiteral("month"))); !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(Text::tr("The review of %1 is submitted: a supervisor other than %2 approves it.")
                  .arg(call.value(QStringLiteral("month")), db->actor().login));
    return Ok;
}

int approveReview(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review approve"), &code))
        return code;
    auto db = openAsOperator(call, QStringLiteral("review approve"), &code);
    if (!db)
        return code;
    auto sheet = gd::rating::approveMonth(*db, call.value(QStringLiteral("month")));
    if (!sheet)
        return fail(exitCodeFor(sheet.error()), sheet.message());
    if (!sheet->emptyTyped.isEmpty())
        warn(Text::tr("Nobody had a value in %1: they counted 0 for every worker.")
                 .arg(gd::rating::emptyTypedText(*sheet)));
    if (call.json) {
        printJson(sheetJson(*sheet));
        return Ok;
    }
    printSheet(*sheet);
    printLine(Text::tr("The review of %1 is approved and locked.").arg(call.value(QStringLiteral("month"))));
    return Ok;
}

int reopenReview(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review reopen"), &code))
        return code;
    auto db = openAsOperator(call, QStringLiteral("review reopen"), &code);
    if (!db)
        return code;
    if (gd::Status s =
            gd::rating::reopenMonth(*db, call.value(QStringLiteral("month")), call.value(QStringLiteral("reason")));
        !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(Text::tr("The review of %1 is open again; the stars it moved are back.")
                  .arg(call.value(QStringLiteral("month"))));
    return Ok;
}

int reviewPayouts(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review payouts"), &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    const QString month = call.value(QStringLiteral("month"));
    auto paid = gd::rating::payouts(*db, month);
    if (!paid)
        return fail(exitCodeFor(paid.error()), paid.message());
    double total = 0;
    QJsonArray list;
    QList<QStringList> rows;
    for (const gd::rating::Payout &p : *paid) {
        total += p.amount;
        list.append(QJsonObject{{QStringLiteral("worker_id"), p.workerId},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("star"), p.star},
                                {QStringLiteral("amount"), p.amount},
                                {QStringLiteral("kind"), p.kind == gd::rating::Payout::CoverSubsidy
                                                             ? QStringLiteral("cover_subsidy")
                                                             : QStringLiteral("star_reward")},
                                {QStringLiteral("note"), p.note}});
        rows << QStringList{p.name, gd::rating::payoutKindName(p.kind),
                            p.kind == gd::rating::Payout::StarReward ? gd::rating::starName(p.star) : QString(),
                            QString::number(p.amount, 'f', 2), p.note};
    }
    const QString xlsx = call.value(QStringLiteral("xlsx"));
    if (!xlsx.isEmpty()) {
        auto sheet = gd::rating::reviewSheet(*db, month);
        if (!sheet)
            return fail(exitCodeFor(sheet.error()), sheet.message());
        if (gd::Status s = gd::rating::writeReviewXlsx(xlsx, *sheet, *paid); !s)
            return fail(exitCodeFor(s.error()), s.message());
    }
    if (call.json) {
        printJson(QJsonObject{
            {QStringLiteral("month"), month}, {QStringLiteral("total"), total}, {QStringLiteral("payouts"), list}});
        return Ok;
    }
    printTable({Text::tr("Worker"), Text::tr("For"), Text::tr("Star"), Text::tr("Amount"), Text::tr("Note")}, rows);
    printLine(QCoreApplication::translate("gdcli", "%n worker(s), %1 yuan in all.", nullptr, int(paid->size()))
                  .arg(total, 0, 'f', 2));
    if (!xlsx.isEmpty())
        printLine(Text::tr("Written: %1").arg(xlsx));
    return Ok;
}

int reviewRules(const Invocation &call)
{
    int code = Ok;
    const QStringList changes = call.values(QStringLiteral("set"));
    auto db = changes.isEmpty() ? openForReading(call.db, &code)
                                : openAsOperator(call, QStringLiteral("review rules --set"), &code);
    if (!db)
        return code;
    gd::rating::ReviewRules rules = gd::rating::ReviewRules::load(*db);
    for (const QString &change : changes) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(UserError,
                        Text::tr("--set: give KEY=VALUE (for example cadence=quarterly), not %1.").arg(change));
        if (gd::Error e = rules.set(change.left(eq).trimmed(), change.mid(eq + 1)); e.isError())
            return fail(UserError, QStringLiteral("--set: ") + e.message);
    }
    if (!changes.isEmpty())
        if (gd::Status s = rules.save(*db); !s)
            return fail(exitCodeFor(s.error()), QStringLiteral("--set %1: %2").arg(s.error().field, s.message()));
    const QJsonObject json = rules.toJson();
    if (call.json) {
        printJson(json);
        return Ok;
    }
    // The choices as the window says them, beside their stored words.
    QHash<QString, QString> said{
        {QStringLiteral("cadence"), gd::rating::cadenceName(rules.stars.cadence)},
        {QStringLiteral("veto"), gd::rating::vetoEffectName(rules.stars.veto)},
        {QStringLiteral("failed_year"), gd::rating::failedYearEffectName(rules.stars.failedYear)}};
    QList<QStringList> rows;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString value = it->isBool()     ? (it->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : it->isDouble() ? QString::number(it->toDouble())
                                               : it->toString();
        rows << QStringList{it.key(), value, said.value(it.key())};
    }
    printTable({Text::tr("Setting"), Text::tr("Value"), Text::tr("Meaning")}, rows);
    if (!changes.isEmpty())
        printLine(Text::tr("The review settings are saved; approved months keep the results they had."));
    return Ok;
}

int fileReviewAppeal(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review appeal"), &code))
        return code;
    auto db = openAsOperator(call, QStringLiteral("review appeal"), &code);
    if (!db)
        return code;
    const QString worker = workerIdFor(*db, call.value(QStringLiteral("worker")));
    if (worker.isEmpty())
        return fail(UserError,
                    Text::tr("--worker: no worker has the phone or id %1.").arg(call.value(QStringLiteral("worker"))));
    auto id =
        gd::rating::fileAppeal(*db, call.value(QStringLiteral("month")), worker, call.value(QStringLiteral("text")));
    if (!id)
        return fail(exitCodeFor(id.error()), QStringLiteral("--%1: %2").arg(id.error().field, id.message()));
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        printLine(Text::tr("Appeal recorded: %1. A supervisor answers it before the month is approved.").arg(*id));
    return Ok;
}

int answerReviewAppeal(const Invocation &call)
{
    int code = Ok;
    auto db = openAsOperator(call, QStringLiteral("review answer"), &code);
    if (!db)
        return code;
    if (gd::Status s =
            gd::rating::answerAppeal(*db, call.value(QStringLiteral("appeal")), call.value(QStringLiteral("text")));
        !s)
        return fail(exitCodeFor(s.error()),
                    QStringLiteral("--%1: %2")
                        .arg(s.error().field == QLatin1String("answer") ? QStringLiteral("text") : s.error().field,
                             s.message()));
    printLine(Text::tr("Appeal answered."));
    return Ok;
}

int listReviewAppeals(const Invocation &call)
{
    int code = Ok;
    if (!checkMonth(call, QStringLiteral("review appeals"), &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    const QString month = call.value(QStringLiteral("month"));
    auto status = gd::rating::monthStatus(*db, month);
    if (!status)
        return fail(exitCodeFor(status.error()), status.message());
    auto list = gd::rating::appeals(*db, month);
    if (!list)
        return fail(exitCodeFor(list.error()), list.message());
    auto ends = gd::rating::noticeEnds(*db, *status);
    const QString noticeUntil = ends ? shortTime(*ends) : QString();
    if (call.json) {
        QJsonArray out;
        for (const gd::rating::Appeal &a : *list)
            out.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("worker_id"), a.workerId},
                                   {QStringLiteral("name"), a.workerName},
                                   {QStringLiteral("text"), a.text},
                                   {QStringLiteral("filed_by"), a.filedBy},
                                   {QStringLiteral("filed_at"), shortTime(a.filedMs)},
                                   {QStringLiteral("answer"), a.answer},
                                   {QStringLiteral("answered_by"), a.answeredBy}});
        printJson(QJsonObject{{QStringLiteral("month"), month},
                              {QStringLiteral("notice_until"), noticeUntil},
                              {QStringLiteral("appeals"), out}});
        return Ok;
    }
    if (!noticeUntil.isEmpty())
        printLine(Text::tr("On public notice until %1.").arg(noticeUntil));
    QList<QStringList> rows;
    for (const gd::rating::Appeal &a : *list)
        rows << QStringList{a.id.left(8), a.workerName, a.text, shortTime(a.filedMs),
                            a.answered() ? a.answer : Text::tr("(not answered)")};
    printTable({Text::tr("Id"), Text::tr("Worker"), Text::tr("Appeal"), Text::tr("Filed"), Text::tr("Answer")}, rows);
    return Ok;
}

} // namespace gdcli
