// `exemplary add|approve|list|booklet`: exemplary cases (exemplary/) from the command line — a
// request (--case NUMBER), dispute (--dispute ID), council (--council ID) or volunteer service
// (--service ID) written up with its four parts and photos, approved by a supervisor, found by
// year, area, state and the same search as the cases', and the year's booklet printed to PDF and
// written as an OpenDocument text.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "exemplary/ExemplaryBooklet.h"
#include "exemplary/ExemplaryService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &exemplaryOptions()
{
    static const QHash<QString, QString> map{{QStringLiteral("title"), QStringLiteral("--title")},
                                             {QStringLiteral("category"), QStringLiteral("--category")},
                                             {QStringLiteral("background"), QStringLiteral("--background")},
                                             {QStringLiteral("actions"), QStringLiteral("--actions")},
                                             {QStringLiteral("effect"), QStringLiteral("--effect")},
                                             {QStringLiteral("lessons"), QStringLiteral("--lessons")},
                                             {QStringLiteral("photos"), QStringLiteral("--photo")},
                                             {QStringLiteral("caption"), QStringLiteral("--photo")},
                                             {QStringLiteral("worker_id"), QStringLiteral("--worker")},
                                             {QStringLiteral("state"), QStringLiteral("--state")},
                                             {QStringLiteral("year"), QStringLiteral("--year")},
                                             {QStringLiteral("street"), QStringLiteral("--street")},
                                             {QStringLiteral("community"), QStringLiteral("--community")}};
    return map;
}

QJsonObject writeUpJson(const gd::ExemplaryCase &w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("source"), w.sourceKind},
            {QStringLiteral("date"), w.happenedOn.toString(Qt::ISODate)},
            {QStringLiteral("category"), w.category},
            {QStringLiteral("title"), w.title},
            {QStringLiteral("street"), w.streetName},
            {QStringLiteral("community"), w.communityName},
            {QStringLiteral("grid"), w.gridName},
            {QStringLiteral("worker"), w.workerName},
            {QStringLiteral("star"), w.workerStar},
            {QStringLiteral("state"), w.state},
            {QStringLiteral("approved_by"), w.approvedBy}};
}

// The source named by exactly one of --case, --dispute, --council and --service.
bool sourceOption(gd::Database &db, const Invocation &call, QString *kind, QString *id, int *code)
{
    const struct {
        const char *option, *kind;
    } sources[] = {{"case", "case"}, {"dispute", "dispute"}, {"council", "council"}, {"service", "volunteer_service"}};
    int given = 0;
    for (const auto &s : sources)
        if (call.has(QLatin1String(s.option))) {
            ++given;
            *kind = QLatin1String(s.kind);
            *id = call.value(QLatin1String(s.option)).trimmed();
        }
    if (given != 1) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "Name what is written up with one of --case "
                                                                     "NUMBER, --dispute ID, --council ID and --service "
                                                                     "ID."));
        return false;
    }
    if (*kind == QLatin1String("case")) {
        gd::CaseService cases(db);
        auto c = findCase(cases, *id);
        if (!c) {
            *code = fail(UserError,
                         QCoreApplication::translate("gdcli", "--case: no request has the number or id %1.").arg(*id));
            return false;
        }
        *id = c->id;
    }
    return true;
}

} // namespace

int addExemplary(const Invocation &call)
{
    int code = Ok;
    // The photos are read before anything is written: a missing file stops the command.
    QList<gd::ExemplaryPhoto> photos;
    for (const QString &path : call.values(QStringLiteral("photo"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                UserError,
                QCoreApplication::translate("gdcli", "--photo: %1 cannot be read (%2).").arg(path, f.errorString()));
        photos << gd::ExemplaryPhoto{QString(), f.readAll(), QString()};
    }
    auto db = openSignedIn(call, &code);
    QString kind, sourceId;
    if (!db || !sourceOption(*db, call, &kind, &sourceId, &code))
        return code;
    // A refusal of the source names the option that gave it.
    const QString sourceFlag =
        QStringLiteral("--") + (kind == QLatin1String("volunteer_service") ? QStringLiteral("service") : kind);
    QHash<QString, QString> options = exemplaryOptions();
    options.insert(QStringLiteral("source_id"), sourceFlag);
    options.insert(QStringLiteral("source_kind"), sourceFlag);
    gd::ExemplaryService service(*db);
    auto draft = service.draftFrom(kind, sourceId);
    if (!draft)
        return refusedByCore(draft.error(), options, sourceFlag);
    gd::ExemplaryCase w = *draft;
    const struct {
        const char *option;
        QString *field;
    } texts[] = {{"title", &w.title},     {"category", &w.category}, {"background", &w.background},
                 {"actions", &w.actions}, {"effect", &w.effect},     {"lessons", &w.lessons}};
    for (const auto &t : texts)
        if (call.has(QLatin1String(t.option)))
            *t.field = call.value(QLatin1String(t.option));
    if (!workerOption(*db, call, QStringLiteral("worker"), &w.workerId, &code))
        return code;
    w.photos = photos;
    auto id = service.save(w);
    if (!id)
        return refusedByCore(id.error(), options);
    if (call.json) {
        if (auto stored = service.get(*id, false))
            printJson(writeUpJson(*stored));
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int approveExemplary(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::ExemplaryService(*db).approve(call.arguments.value(0).trimmed()); !s)
        return refusedByCore(s.error(), exemplaryOptions());
    printLine(QCoreApplication::translate("gdcli", "Write-up approved."));
    return Ok;
}

int listExemplary(const Invocation &call)
{
    int code = Ok;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::ExemplaryFilter f;
    f.streetId = places.streetId;
    f.communityId = places.communityId;
    f.state = call.value(QStringLiteral("state")).trimmed();
    f.text = call.value(QStringLiteral("search"));
    if (!yearOption(call, 0, &f.year, &code))
        return code;
    if (!f.state.isEmpty() && f.state != QLatin1String("draft") && f.state != QLatin1String("approved"))
        return fail(UserError,
                    QCoreApplication::translate("gdcli", "--state: draft or approved, not '%1'.").arg(f.state));
    auto rows = gd::ExemplaryService(*db).list(f, limit > 0 ? limit : 100000);
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, writeUpJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::ExemplaryCase &w : std::as_const(*rows))
        table << QStringList{w.happenedOn.toString(Qt::ISODate),
                             w.category,
                             w.title,
                             w.gridName.isEmpty() ? w.communityName : w.gridName,
                             w.workerName,
                             gd::exemplary::stateName(w.state),
                             w.id};
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Category"),
                QCoreApplication::translate("gdcli", "Title"), QCoreApplication::translate("gdcli", "Place"),
                QCoreApplication::translate("gdcli", "Worker"), QCoreApplication::translate("gdcli", "State"),
                QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int exemplaryBooklet(const Invocation &call)
{
    int code = Ok;
    int year = 0;
    if (!yearOption(call, 0, &year, &code))
        return code;
    if (year == 0)
        return fail(UserError, QCoreApplication::translate("gdcli", "--year is missing: the booklet's year, such as "
                                                                    "2026."));
    const QString pdf = call.value(QStringLiteral("pdf")).trimmed(), odt = call.value(QStringLiteral("odt")).trimmed();
    if (pdf.isEmpty() && odt.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--pdf OUT or --odt OUT: where to write the "
                                                                    "booklet."));
    auto db = openForReading(call.db, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    auto booklet = gd::booklet::gather(*db, year, places.streetId, places.communityId);
    if (!booklet)
        return refusedByCore(booklet.error(), exemplaryOptions());
    QList<gd::BookletEntry> contents;
    int pages = 0;
    if (!pdf.isEmpty())
        if (gd::Status s = gd::booklet::writePdf(pdf, *booklet, &contents, &pages); !s)
            return fail(exitCodeFor(s.error()), s.message());
    if (!odt.isEmpty())
        if (gd::Status s = gd::booklet::writeOdt(odt, *booklet); !s)
            return fail(exitCodeFor(s.error()), s.message());
    if (call.json) {
        QJsonArray entries;
        for (const gd::BookletEntry &e : std::as_const(contents))
            entries << QJsonObject{{QStringLiteral("category"), e.category},
                                   {QStringLiteral("title"), e.title},
                                   {QStringLiteral("worker"), e.worker},
                                   {QStringLiteral("page"), e.page}};
        printJson(QJsonObject{{QStringLiteral("write_ups"), int(booklet->cases.size())},
                              {QStringLiteral("pages"), pages},
                              {QStringLiteral("contents"), entries},
                              {QStringLiteral("pdf"), pdf},
                              {QStringLiteral("odt"), odt}});
        return Ok;
    }
    printLine(
        QCoreApplication::translate("gdcli", "%1: %n write-up(s)", nullptr, int(booklet->cases.size()))
            .arg(gd::booklet::title(*booklet)) +
        (pages > 0 ? QCoreApplication::translate("gdcli", ", %n page(s).", nullptr, pages) : QStringLiteral(".")));
    return Ok;
}

} // namespace gdcli
