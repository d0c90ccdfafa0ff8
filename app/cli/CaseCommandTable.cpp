#include "CommandTable.h"

#include <QCoreApplication>

namespace gdcli {

// Residents' requests, their figures, the working-day calendar and the monthly report.
QList<CommandSpec> caseCommands()
{
    return {
        {{QStringLiteral("cases"), QStringLiteral("add")},
         optionNames("user channel type category urgency name phone anonymous address building-address grid "
                     "description request received hotline-order found-by settled json"),
         addCase,
         QT_TRANSLATE_NOOP("gdcli", "register a resident's request as --user LOGIN (password from GRIDDESK_PASSWORD); "
                                    "a walk-in, call or patrol find is accepted with it; --settled ANSWER settles it "
                                    "at the desk; prints the case number [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("list")},
         optionNames("state due street community grid category channel handler mine user from to sort limit json"),
         listCases,
         QT_TRANSLATE_NOOP("gdcli", "list cases, newest first [--state S] [--due "
                                    "due_soon|overdue|late_sign|callback|callback_overdue] [--street CODE] "
                                    "[--community CODE] [--grid CODE] [--category CODE] [--channel C] [--handler W] "
                                    "[--from DATE] [--to DATE] [--sort ORDER] [--limit N] [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("show")},
         optionNames("json"),
         showCase,
         QT_TRANSLATE_NOOP("gdcli", "one case with its timeline [--json]"),
         {QStringLiteral("ID|NUMBER")}},
        {{QStringLiteral("cases"), QStringLiteral("act")},
         optionNames("user note worker unit reason days level satisfaction solved result target report tier approved "
                     "json"),
         actOnCase,
         QT_TRANSLATE_NOOP("gdcli", "take a workflow action on a case as --user LOGIN [--note TEXT] [--worker PHONE] "
                                    "[--unit NAME] [--reason KEY] [--days N] [--level L] [--result KEY] "
                                    "[--satisfaction KEY] [--solved yes|no] [--target KEY] [--report EVENT] "
                                    "[--tier KEY] [--approved yes|no] [--json]"),
         {QStringLiteral("ID|NUMBER"), QStringLiteral("ACTION")}},
        {{QStringLiteral("stats"), QStringLiteral("rebuild")},
         {},
         rebuildStats,
         QT_TRANSLATE_NOOP("gdcli", "count the figures' aggregate again from the cases (a repair; check says when it "
                                    "is needed)")},
        {{QStringLiteral("stats")},
         optionNames("from to street community grid by view json"),
         showStats,
         QT_TRANSLATE_NOOP("gdcli",
                           "the office's figures (办结率, 按期办结率, 满意率 …) for the period --from DAY --to DAY "
                           "with the period before (环比) and a year earlier (同比) [--street|--community|--grid "
                           "CODE] [--by street|community|grid|category_group|category|channel|handler|unit|"
                           "month] [--view received|completed] [--json]")},
        {{QStringLiteral("report"), QStringLiteral("monthly")},
         optionNames("month street community pdf xlsx"),
         reportMonthly,
         QT_TRANSLATE_NOOP("gdcli", "the monthly report (月报) of the office for --month YYYY-MM into --pdf OUT, with "
                                    "the figures, 环比 and 同比, the places, the categories that grew, the overdue, "
                                    "reopened and repeated cases and the star review [--street|--community CODE] "
                                    "[--xlsx OUT: the same tables]")},
        {{QStringLiteral("cases"), QStringLiteral("reindex")},
         {},
         reindexCases,
         QT_TRANSLATE_NOOP("gdcli", "build the search index again from the cases and their timelines (a repair; "
                                    "check says when it is needed)")},
        {{QStringLiteral("cases"), QStringLiteral("tidy")},
         {},
         tidyCases,
         QT_TRANSLATE_NOOP("gdcli", "merge every search index segment still waiting (each write leaves one; the window "
                                    "merges them when nobody uses it, the command line a step after each write)")},
        {{QStringLiteral("cases"), QStringLiteral("due")},
         optionNames("by json"),
         dueCases,
         QT_TRANSLATE_NOOP("gdcli", "open cases per handler or per grid, with those due within one working day and "
                                    "the overdue ones, most overdue first [--by handler|grid] [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("search")},
         optionNames("limit count json"),
         searchCases,
         QT_TRANSLATE_NOOP("gdcli", "full-text search: the cases whose texts contain every word of TEXT, or whose "
                                    "phone ends in its digits; best matches first [--limit N] [--count] [--json]"),
         {QStringLiteral("TEXT")}},
        {{QStringLiteral("cases"), QStringLiteral("import")},
         optionNames("user mapping encoding categories no-repeats json"),
         importCases,
         QT_TRANSLATE_NOOP("gdcli", "import 12345 hotline work orders from a CSV file as --user LOGIN; a line that "
                                    "repeats a case is attached to it (from the office's attach score) or waits in "
                                    "the review of suspected repeats; prints a report of the lines refused and exits "
                                    "2 when there are any (the others are imported) [--mapping MAPPING] [--encoding "
                                    "E] [--categories \"HOTLINE=CODE;…\" (remembered)] [--no-repeats] [--json]"),
         {QStringLiteral("FILE.csv")}},
        {{QStringLiteral("cases"), QStringLiteral("repeats")},
         optionNames("status limit json"),
         listRepeats,
         QT_TRANSLATE_NOOP("gdcli", "the review of suspected repeats (疑似重复) the hotline import left: each case, "
                                    "the case it may repeat, the score and why [--status pending|confirmed|rejected] "
                                    "[--limit N] [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("confirm-repeat")},
         optionNames("user json"),
         confirmRepeat,
         QT_TRANSLATE_NOOP("gdcli", "a suspected repeat is one: the case is merged into the one it repeats, as one of "
                                    "its reports, as --user LOGIN [--json]"),
         {QStringLiteral("ID|NUMBER")}},
        {{QStringLiteral("cases"), QStringLiteral("reject-repeat")},
         optionNames("user json"),
         rejectRepeat,
         QT_TRANSLATE_NOOP("gdcli", "a suspected repeat is not one: both cases stay apart and the pair is not "
                                    "proposed again, as --user LOGIN [--json]"),
         {QStringLiteral("ID|NUMBER")}},
        {{QStringLiteral("cases"), QStringLiteral("attach")},
         optionNames("into user json"),
         attachCase,
         QT_TRANSLATE_NOOP("gdcli", "merge a case not yet dispatched into the case it repeats (--into NUMBER), as one "
                                    "of its reports with its own reply and callback, as --user LOGIN [--json]"),
         {QStringLiteral("ID|NUMBER")}},
        {{QStringLiteral("cases"), QStringLiteral("split")},
         optionNames("report user json"),
         splitCase,
         QT_TRANSLATE_NOOP("gdcli", "split an attached report (--report EVENT) back out of the case into a case of "
                                    "its own (a case merged in stands again under its number), as --user LOGIN "
                                    "[--json]"),
         {QStringLiteral("ID|NUMBER")}},
        {{QStringLiteral("calendar"), QStringLiteral("show")},
         optionNames("year json"),
         showCalendar,
         QT_TRANSLATE_NOOP("gdcli", "a year's working days, days off and make-up working days, and whether they are "
                                    "official or provisional --year YYYY [--json]")},
        {{QStringLiteral("calendar"), QStringLiteral("import")},
         optionNames("user json"),
         importCalendar,
         QT_TRANSLATE_NOOP("gdcli", "import the State Council's notice (date,kind,name) as --user ADMIN, all or "
                                    "nothing; the running cases' provisional deadlines are counted again [--json]"),
         {QStringLiteral("FILE.csv")}},
        {{QStringLiteral("calendar"), QStringLiteral("due")},
         optionNames("from category urgency type json"),
         calendarDue,
         QT_TRANSLATE_NOOP("gdcli",
                           "the deadline the rules give a request received --from \"YYYY-MM-DD HH:MM\" "
                           "in --category CODE [--urgency U] [--type T], and whether it is provisional [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("replies")},
         optionNames("csv from to json"),
         exportReplies,
         QT_TRANSLATE_NOOP("gdcli", "write the hotline's replies (one row per 12345 order: result, time, callback) "
                                    "given from --from to --to (default today) to --csv OUT [--json]")},
        {{QStringLiteral("cases"), QStringLiteral("export")},
         optionNames("xlsx csv state due street community grid category channel handler from to sort full-phones user "
                     "json"),
         exportCases,
         QT_TRANSLATE_NOOP("gdcli", "write the cases to a file for Excel, reporters' phones masked: --xlsx OUT | --csv "
                                    "OUT [the filters of cases list] [--full-phones --user ADMIN] [--json]")},
    };
}

} // namespace gdcli
