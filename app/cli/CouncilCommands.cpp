// `councils add` and `councils list`: residents' councils and grid self-management committees
// (councils/) from the command line — a meeting of a community (--community CODE) or a grid's
// committee (--grid CODE) with its attendance by role (--residents N, --party N …), the positions,
// the resolution, a rule adopted (--rule-title, --rule) and the requests it settles (--case NUMBER,
// repeatable); listed newest first by place, kind and period.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "councils/CouncilService.h"
#include "org/GridService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gdcli {

namespace {

// The attendance options, in councils::roles() order.
const char *const kCountOptions[] = {"residents", "party", "leaders", "property", "staff", "others"};

const QHash<QString, QString> &councilOptions()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m{{QStringLiteral("kind"), QStringLiteral("--kind")},
                                  {QStringLiteral("community_id"), QStringLiteral("--community")},
                                  {QStringLiteral("grid_id"), QStringLiteral("--grid")},
                                  {QStringLiteral("at_ms"), QStringLiteral("--at")},
                                  {QStringLiteral("topic"), QStringLiteral("--topic")},
                                  {QStringLiteral("place"), QStringLiteral("--place")},
                                  {QStringLiteral("positions"), QStringLiteral("--positions")},
                                  {QStringLiteral("resolution"), QStringLiteral("--resolution")},
                                  {QStringLiteral("rule_title"), QStringLiteral("--rule-title")},
                                  {QStringLiteral("rule_text"), QStringLiteral("--rule")},
                                  {QStringLiteral("case_id"), QStringLiteral("--case")}};
        for (int i = 0; i < gd::councils::roles().size(); ++i)
            m.insert(gd::councils::roles().at(i), QStringLiteral("--") + QLatin1String(kCountOptions[i]));
        return m;
    }();
    return map;
}

QJsonObject councilJson(const gd::CouncilRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), isoTime(r.atMs)},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("community"), r.communityName},
            {QStringLiteral("grid"), r.gridName},
            {QStringLiteral("topic"), r.topic},
            {QStringLiteral("attendance"), r.attendance},
            {QStringLiteral("rule"), r.ruleTitle},
            {QStringLiteral("cases"), r.cases}};
}

} // namespace

int addCouncil(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::councils::kinds(), &code))
        return code;
    gd::Council c;
    if (call.has(QStringLiteral("kind")))
        c.kind = call.value(QStringLiteral("kind"));
    for (int i = 0; i < gd::councils::roles().size(); ++i) {
        const QString option = QLatin1String(kCountOptions[i]);
        if (!call.has(option))
            continue;
        bool ok = false;
        const int n = call.value(option).trimmed().toInt(&ok);
        if (!ok)
            return fail(UserError, QCoreApplication::translate("gdcli", "--%1: write a number, not '%2'.")
                                       .arg(option, call.value(option)));
        *gd::councils::countField(c.attendance, gd::councils::roles().at(i)) = n;
    }
    c.topic = call.value(QStringLiteral("topic"));
    c.place = call.value(QStringLiteral("place"));
    c.positions = call.value(QStringLiteral("positions"));
    c.resolution = call.value(QStringLiteral("resolution"));
    c.ruleTitle = call.value(QStringLiteral("rule-title"));
    c.ruleText = call.value(QStringLiteral("rule"));
    if (!atOption(call, &c.atMs, &code))
        return code;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    c.communityId = places.communityId;
    c.gridId = places.gridId;
    if (!c.gridId.isEmpty() && c.communityId.isEmpty())
        if (auto grid = gd::GridService(*db).grid(c.gridId))
            c.communityId = grid->communityId;
    if (c.atMs == 0)
        c.atMs = db->nowMs();
    if (!casesOption(*db, call, &c.caseIds, &code))
        return code;
    gd::CouncilService service(*db);
    auto id = service.record(c);
    if (!id)
        return refusedByCore(id.error(), councilOptions());
    if (call.json) {
        gd::CouncilFilter f;
        f.fromMs = c.atMs;
        f.toMs = c.atMs + 1;
        printRecordedRow(service, f, *id, councilJson);
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listCouncils(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::councils::kinds(), &code))
        return code;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::CouncilFilter f;
    setPlaceAndPeriod(&f, places);
    f.kind = call.value(QStringLiteral("kind"));
    f.withRule = call.has(QStringLiteral("with-rule"));
    gd::CouncilService service(*db);
    auto rows = collectPages<gd::CouncilRow>(limit, gd::CouncilService::kMaxLimit, [&](int want, const QString &after) {
        return service.page(f, want, after);
    });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, councilJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::CouncilRow &r : *rows)
        table << QStringList{gd::cases::dayText(r.atMs),
                             gd::councils::kindName(r.kind),
                             r.gridName.isEmpty() ? r.communityName : r.gridName,
                             r.topic,
                             QString::number(r.attendance),
                             r.ruleTitle,
                             r.id};
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Kind"),
                QCoreApplication::translate("gdcli", "Place"), QCoreApplication::translate("gdcli", "Topic"),
                QCoreApplication::translate("gdcli", "Attended"), QCoreApplication::translate("gdcli", "Rule adopted"),
                QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

} // namespace gdcli
