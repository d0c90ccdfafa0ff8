#pragma once
// What the `cases` commands share: signing in from the command line, the codes and phones a
// script types turned into ids, case JSON, and the terminal layout of lists and timelines.
// Each `bool` helper prints its refusal and sets *code when it returns false.
#include "CliOutput.h"
#include "Commands.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "stats/FigureQuery.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

// A core refusal as one line, prefixed with the option its field maps to (or `fallback`).
int refusedByCore(const gd::Error &error, const QHash<QString, QString> &options, const QString &fallback = {});
// A value from a fixed list, refused with the list so the user sees what would have worked.
bool checkCaseChoice(const Invocation &call, const QString &option, const QStringList &choices, int *code);
// --user given and a password in GRIDDESK_PASSWORD; checked before the file is opened.
bool requireUser(const Invocation &call, int *code);
// OperatorService::authenticate, then the database writes as that operator.
bool signIn(gd::Database &db, const Invocation &call, int *code);
// requireUser, the file opened, signIn: the database writing as --user, or null with *code set.
std::unique_ptr<gd::Database> openSignedIn(const Invocation &call, int *code);

// "YYYY-MM-DD HH:MM" (or with a T) in Beijing time; 0 when it is not such a time.
qint64 parseBeijingTime(const QString &text);
qint64 startOfBeijingDay(const QDate &day);
// --at "YYYY-MM-DD HH:MM" into *ms (left as it was when the option is absent); false, with the
// refusal printed and *code set, when it is not such a time.
bool atOption(const Invocation &call, qint64 *ms, int *code);
// ISO 8601 with +08:00, the zone the working-day calendar counts in.
QString isoTime(qint64 ms);
// Terminals show minutes ("YYYY-MM-DD HH:MM", Beijing time); the JSON keeps the full ISO time.
QString shortTime(qint64 ms);

// A worker by id or phone (as typed: spaces, full-width digits); empty when none matches.
QString workerIdFor(gd::Database &db, const QString &text);
// The options that name a record, as its id: a worker (phone or id) under `option`, the grid of
// --grid CODE, the building --building-address matches (*text: the address as typed). Each is
// left as it was when the option is absent, and refused by name when it names nothing.
bool workerOption(gd::Database &db, const Invocation &call, const QString &option, QString *workerId, int *code);
bool gridOption(gd::Database &db, const Invocation &call, QString *gridId, int *code);
bool buildingOption(gd::Database &db, const Invocation &call, QString *buildingId, QString *text, int *code);

// The place a figure, a report or a ledger is for: one of --street CODE, --community CODE and
// --grid CODE (those the command takes), or the office when none is given; `command` names it in
// the refusal of more than one.
bool scopeOption(gd::Database &db, const Invocation &call, const QString &command, gd::stats::StatsScope *scope,
                 int *code);
// --street, --community, --grid, --category and --handler as ids in the filter.
bool resolvePlaces(gd::Database &db, const Invocation &call, gd::CaseFilter *filter, int *code);
// --worker (phone or id) and --unit (name) as the handler a dispatch names.
bool resolveHandler(gd::Database &db, const Invocation &call, gd::workflow::Handler *handler, int *code);
// By id, else by number.
gd::Result<gd::Case> findCase(gd::CaseService &service, const QString &idOrNumber);

QJsonObject caseJson(gd::Database &db, const gd::Case &c);
QJsonObject rowJson(const gd::CaseRow &r);
// stands: false for a move of a branch another office's concurrent action overrode.
QJsonObject eventJson(const gd::CaseEvent &e, bool stands);

void printCaseTable(const QList<gd::CaseRow> &rows);
void printCaseDetail(gd::Database &db, const gd::Case &c, const QList<gd::CaseEvent> &events);

// The list filters `cases list` and `cases export` share: --state (repeatable, or with commas),
// --due, --channel, --sort, --from and --to, checked before the file is opened. The options that
// name records (--street, --community, --grid, --category, --handler) follow with resolvePlaces().
bool parseCaseFilter(const Invocation &call, gd::CaseFilter *filter, int *code);
// --from DAY and --to DAY (YYYY-MM-DD, both included) as [*fromMs, *toMs) in Beijing time; each
// left as it was when its option is absent.
bool parseDayRange(const Invocation &call, qint64 *fromMs, qint64 *toMs, int *code);
// The rows of a keyset-paged list (visits, disputes) up to `limit` (0: all), asking `fetch(want,
// afterKey)` for pages of at most `largest` rows in turn.
template <typename Row, typename Fetch> gd::Result<QList<Row>> collectPages(int limit, int largest, Fetch fetch)
{
    QList<Row> rows;
    QString after;
    do {
        const int want = limit == 0 ? largest : qMin(limit - int(rows.size()), largest);
        auto page = fetch(want, after);
        if (!page)
            return page.error();
        rows += page->rows;
        after = page->nextKey;
    } while (!after.isEmpty() && (limit == 0 || rows.size() < limit));
    return rows;
}
// --limit N (0: all); *limit keeps its default when the option is absent.
bool parseLimit(const Invocation &call, int *limit, int *code);
// What the lists of the grid's work share (visits, disputes, joint work): --limit into *limit (its
// default kept when absent), --from/--to and --street|--community|--grid into *places, the file
// opened for reading — or null with the refusal printed and *code set.
std::unique_ptr<gd::Database> openForList(const Invocation &call, int *limit, gd::CaseFilter *places, int *code);
// A list filter's place and period from the places openForList resolved.
template <typename Filter> void setPlaceAndPeriod(Filter *filter, const gd::CaseFilter &places)
{
    filter->streetId = places.streetId;
    filter->communityId = places.communityId;
    filter->gridId = places.gridId;
    filter->fromMs = places.fromMs;
    filter->toMs = places.toMs;
}
// A record just written, printed as JSON the way its list shows it: its row found among those of
// `filter` (narrowed by the caller to the record's own moment) in one page of `service`.
template <typename Service, typename Filter, typename ToJson>
void printRecordedRow(const Service &service, Filter filter, const QString &id, ToJson toJson)
{
    auto page = service.page(filter, Service::kMaxLimit);
    for (const auto &r : page ? page->rows : decltype(page->rows)())
        if (r.id == id)
            printJson(toJson(r));
}
// Every --case NUMBER|ID as the request's id; false, the refusal printed, for one that names none.
bool casesOption(gd::Database &db, const Invocation &call, QStringList *caseIds, int *code);
// The rows as one JSON array on stdout, each by toJson.
// --from DAY and --to DAY (YYYY-MM-DD, both required) as the days a statement covers (the hours
// statement, the training history); false, with the refusal printed and *code set, otherwise.
bool statementPeriod(const Invocation &call, QDate *from, QDate *to, int *code);
// This year in Beijing by the file's clock; --year YYYY into *year (fallback when absent), refused
// by name when it is not a year from 2000 on.
int thisYear(gd::Database &db);
bool yearOption(const Invocation &call, int fallback, int *year, int *code);
// The id of a record just written: the id alone, or {"id": …} with --json.
void printId(const Invocation &call, const QString &id);

template <typename Row, typename ToJson> void printJsonRows(const QList<Row> &rows, ToJson toJson)
{
    QJsonArray out;
    for (const Row &r : rows)
        out.append(toJson(r));
    printJson(out);
}

} // namespace gdcli
