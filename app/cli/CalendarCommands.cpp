// `calendar show|import|due`: what an administrator checks before and after importing the State
// Council's notice for a year — the working days, holidays and make-up days of a year and whether
// they are official or provisional; the import, with the running cases whose provisional
// deadlines it moved; and the deadline the rules give a request received at a moment.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseSettings.h"
#include "cases/CategoryService.h"
#include "cases/DeadlineRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QString statusOf(const gd::WorkCalendar &cal, int year)
{
    if (cal.isOfficial(year))
        return QStringLiteral("official");
    return cal.isProvisional(year) ? QStringLiteral("provisional") : QStringLiteral("none");
}

QString statusName(const QString &status)
{
    if (status == QLatin1String("official"))
        return Text::tr("official");
    if (status == QLatin1String("provisional"))
        return Text::tr("provisional (weekends and the statutory holidays; no make-up working days)");
    return Text::tr("no calendar: deadlines into this year cannot be counted");
}

QJsonArray daysJson(const QList<QPair<QString, QString>> &days)
{
    QJsonArray out;
    for (const auto &d : days)
        out.append(QJsonObject{{QStringLiteral("date"), d.first}, {QStringLiteral("name"), d.second}});
    return out;
}

QString rowsText(const QList<QPair<QString, QString>> &days)
{
    QStringList out;
    for (const auto &d : days)
        out << QStringLiteral("%1 %2").arg(d.first, d.second);
    return out.isEmpty() ? Text::tr("none") : out.join(QStringLiteral(", "));
}

} // namespace

int showCalendar(const Invocation &call)
{
    bool ok = false;
    const int year = call.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1901 || year > 2099)
        return fail(1, Text::tr("--year: give the year as four digits (1901–2099), e.g. --year 2027."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto read = gd::WorkCalendar::read(*db);
    if (!read)
        return fail(exitCodeFor(read.error()), read.message());
    const gd::WorkCalendar &cal = read.value();
    const QString status = statusOf(cal, year);
    QList<QPair<QString, QString>> holidays, workdays;
    if (status == QLatin1String("official")) {
        for (const gd::CalendarDay &d : gd::CalendarService(*db).days(year))
            (d.kind == QLatin1String("workday") ? workdays : holidays) << qMakePair(d.date, d.name);
    } else {
        for (const gd::holidays::Holiday &h : cal.provisionalHolidays(year))
            holidays << qMakePair(h.date.toString(Qt::ISODate), h.name);
    }
    int working = 0;
    if (status != QLatin1String("none"))
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            working += cal.isWorkingDay(d) ? 1 : 0;
    if (call.json) {
        printJson(QJsonObject{
            {QStringLiteral("year"), year},
            {QStringLiteral("status"), status},
            {QStringLiteral("working_days"), status == QLatin1String("none") ? QJsonValue() : QJsonValue(working)},
            {QStringLiteral("holidays"), daysJson(holidays)},
            {QStringLiteral("workdays"), daysJson(workdays)}});
        return Ok;
    }
    QList<QPair<QString, QString>> pairs{{Text::tr("Year"), QString::number(year)},
                                         {Text::tr("Calendar"), statusName(status)}};
    if (status != QLatin1String("none"))
        pairs << qMakePair(Text::tr("Working days"), QString::number(working));
    pairs << qMakePair(Text::tr("Days off"), rowsText(holidays))
          << qMakePair(Text::tr("Make-up working days"), rowsText(workdays));
    printPairs(pairs);
    return Ok;
}

int importCalendar(const Invocation &call)
{
    int code = Ok;
    if (call.arguments.isEmpty())
        return fail(1, Text::tr("calendar import: name the calendar file (date,kind,name)."));
    const QString path = call.arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(1, Text::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray csv = file.readAll();
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    auto done = gd::CaseSettings(*db).importCalendar(csv);
    if (!done)
        return fail(exitCodeFor(done.error()), Text::tr("%1: %2").arg(path, done.message()));
    const gd::RecomputeReport &moved = done->moved;
    if (call.json) {
        QJsonArray years, moves;
        for (int y : moved.years)
            years.append(y);
        for (const gd::DeadlineMove &m : moved.moves)
            moves.append(QJsonObject{{QStringLiteral("case_id"), m.caseId},
                                     {QStringLiteral("number"), m.number},
                                     {QStringLiteral("field"), m.field},
                                     {QStringLiteral("from"), isoTime(m.fromMs)},
                                     {QStringLiteral("to"), isoTime(m.toMs)}});
        printJson(QJsonObject{{QStringLiteral("added"), done->days.added},
                              {QStringLiteral("changed"), done->days.changed},
                              {QStringLiteral("unchanged"), done->days.unchanged},
                              {QStringLiteral("official_years"), years},
                              {QStringLiteral("cases_checked"), moved.checked},
                              {QStringLiteral("cases_moved"), moved.moved},
                              {QStringLiteral("moves"), moves}});
        return Ok;
    }
    printLine(Text::tr("Calendar days: %1 added, %2 changed, %3 unchanged.")
                  .arg(done->days.added)
                  .arg(done->days.changed)
                  .arg(done->days.unchanged));
    if (moved.years.isEmpty()) {
        printLine(Text::tr("No year became official: no deadline was counted again."));
        return Ok;
    }
    QStringList years;
    for (int y : moved.years)
        years << QString::number(y);
    printLine(Text::tr("Official now: %1. Running cases with deadlines into it: %2; cases whose deadlines moved: %3.")
                  .arg(years.join(QStringLiteral(", ")))
                  .arg(moved.checked)
                  .arg(moved.moved));
    QList<QStringList> rows;
    for (const gd::DeadlineMove &m : moved.moves)
        rows << QStringList{m.number, gd::calendarrecompute::fieldName(m.field), shortTime(m.fromMs),
                            shortTime(m.toMs)};
    if (!rows.isEmpty())
        printTable({Text::tr("Number"), Text::tr("Deadline"), Text::tr("Was"), Text::tr("Now")}, rows);
    return Ok;
}

int calendarDue(const Invocation &call)
{
    const qint64 from = parseBeijingTime(call.value(QStringLiteral("from")));
    if (from == 0)
        return fail(1, Text::tr("--from: '%1' is not a time written as \"YYYY-MM-DD HH:MM\".")
                           .arg(call.value(QStringLiteral("from"))));
    if (!call.has(QStringLiteral("category")))
        return fail(1, Text::tr("--category: give the category's code, e.g. --category 0705."));
    const QString urgency =
        call.has(QStringLiteral("urgency")) ? call.value(QStringLiteral("urgency")) : QStringLiteral("normal");
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("urgency"), gd::cases::urgencies(), &code) ||
        !checkCaseChoice(call, QStringLiteral("type"), gd::cases::requestTypes(), &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    const QString wanted = call.value(QStringLiteral("category")).trimmed();
    auto category = gd::CategoryService(*db).byCode(wanted);
    if (!category)
        return fail(1, Text::tr("--category: no category has the code '%1'.").arg(wanted));
    gd::Case draft;
    draft.receivedMs = from;
    draft.categoryId = category->id;
    draft.urgency = urgency;
    draft.requestType = call.has(QStringLiteral("type")) ? call.value(QStringLiteral("type")) : QStringLiteral("help");
    auto due = gd::CaseService(*db).leadDueMs(draft);
    if (!due)
        return fail(exitCodeFor(due.error()), due.message());
    const bool provisional = gd::WorkCalendar::load(*db).isProvisionalDeadline(due.value());
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("from"), isoTime(from)},
                              {QStringLiteral("category"), category->code},
                              {QStringLiteral("urgency"), urgency},
                              {QStringLiteral("type"), draft.requestType},
                              {QStringLiteral("due"), isoTime(due.value())},
                              {QStringLiteral("provisional"), provisional}});
        return Ok;
    }
    printPairs({{Text::tr("Received"), shortTime(from)},
                {Text::tr("Category"), QStringLiteral("%1 %2").arg(category->code, category->name)},
                {Text::tr("Urgency"), gd::cases::urgencyName(urgency)},
                {Text::tr("Deadline"),
                 provisional ? Text::tr("%1 (provisional)").arg(shortTime(due.value())) : shortTime(due.value())}});
    return Ok;
}

} // namespace gdcli
