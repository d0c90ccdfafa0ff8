#include "CliApp.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "Commands.h"
#include "util/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace gdcli {

namespace {

struct CommandSpec {
    QStringList words;   // {"grids", "list"}
    QStringList options; // the options this command takes, besides the global ones
    int (*run)(const Invocation &);
    const char *summary;        // English source text in context "gdcli"
    QStringList arguments = {}; // what must follow the words, as help shows it: {"ID|NUMBER", "ACTION"}
};

QStringList optionNames(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '));
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {{QStringLiteral("init")},
         {QStringLiteral("admin"), QStringLiteral("name")},
         initFile,
         QT_TRANSLATE_NOOP("gdcli", "create a new, empty GridDesk file (--admin LOGIN [--name NAME] adds its first "
                                    "administrator, password from GRIDDESK_PASSWORD)")},
        {{QStringLiteral("demo")},
         {QStringLiteral("seed"), QStringLiteral("cases")},
         buildDemo,
         QT_TRANSLATE_NOOP("gdcli",
                           "build the demo office into a new or empty file: the district, a year of 20,000 cases, the "
                           "past months' star reviews approved and a merged package with a conflict to settle; --cases "
                           "N: the district and N cases only [--seed N] [--cases N]")},
        {{QStringLiteral("check")},
         {QStringLiteral("json")},
         checkFile,
         QT_TRANSLATE_NOOP("gdcli", "integrity and schema report; exit 2 when problems are found [--json]")},
        {{QStringLiteral("export")},
         optionNames("out street community grid since-last-to user json"),
         exportPackage,
         QT_TRANSLATE_NOOP("gdcli", "write what this file exchanges with other offices into one package file for "
                                    "another office to merge: --out FILE [--street|--community|--grid CODE] "
                                    "[--since-last-to OFFICE --user LOGIN] [--json]")},
        {{QStringLiteral("merge")},
         optionNames("user dry-run json"),
         mergePackage,
         QT_TRANSLATE_NOOP("gdcli", "merge another office's package as --user ADMIN (password from "
                                    "GRIDDESK_PASSWORD): every check first, one transaction, an undo file; a refused "
                                    "package exits 2 [--dry-run] [--json]"),
         {QStringLiteral("FILE")}},
        {{QStringLiteral("undo-merge")},
         optionNames("user json"),
         undoMerge,
         QT_TRANSLATE_NOOP("gdcli", "take a merge back as --user ADMIN from the undo file it left beside the database "
                                    "(FILE.before-merge-TIME.undo); refused, with nothing changed, when rows it wrote "
                                    "were changed since [--json]"),
         {QStringLiteral("UNDO_FILE")}},
        {{QStringLiteral("conflicts"), QStringLiteral("list")},
         optionNames("json"),
         listConflicts,
         QT_TRANSLATE_NOOP("gdcli", "what merges left to decide: values both offices had changed (kind field), "
                                    "concurrent actions on a case (kind branch) and keys given twice (kind identity) "
                                    "[--json]")},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")},
         optionNames("user keep other value json"),
         resolveConflict,
         QT_TRANSLATE_NOOP("gdcli", "settle a conflict as --user ADMIN: --keep (the value kept), --other (the value "
                                    "set aside) or --value TEXT; the decision travels with the next package [--json]"),
         {QStringLiteral("ID")}},
        {{QStringLiteral("conflicts"), QStringLiteral("settle-branch")},
         optionNames("user branch note json"),
         settleBranch,
         QT_TRANSLATE_NOOP("gdcli", "settle concurrent actions on a case as --user SUPERVISOR: --branch EVENT (the "
                                    "first event of the branch that stands) --note TEXT (why); the other branches' "
                                    "actions no longer count, in every office that merges the decision [--json]"),
         {QStringLiteral("CASE")}},
        {{QStringLiteral("conflicts"), QStringLiteral("merge-records")},
         optionNames("user json"),
         mergeRecords,
         QT_TRANSLATE_NOOP("gdcli", "merge two streets, communities, grids or workers that share a code or phone as "
                                    "--user ADMIN: every reference to DROP moves to KEEP, DROP is deleted [--json]"),
         {QStringLiteral("TABLE"), QStringLiteral("KEEP"), QStringLiteral("DROP")}},
        {{QStringLiteral("conflicts"), QStringLiteral("renumber")},
         optionNames("user value json"),
         renumberRecord,
         QT_TRANSLATE_NOOP("gdcli", "give one of two records sharing a key another code, number or phone as --user "
                                    "ADMIN: --value NEW [--json]"),
         {QStringLiteral("TABLE"), QStringLiteral("ID")}},
        {{QStringLiteral("office"), QStringLiteral("show")},
         optionNames("json"),
         showOffice,
         QT_TRANSLATE_NOOP("gdcli", "this office's name, site and key fingerprint, which other offices compare "
                                    "before they trust its packages [--json]")},
        {{QStringLiteral("office"), QStringLiteral("key")},
         optionNames("out"),
         writeOfficeKey,
         QT_TRANSLATE_NOOP("gdcli", "write this office's public key to hand to another office: --out FILE")},
        {{QStringLiteral("office"), QStringLiteral("case-code")},
         optionNames("user json"),
         setOfficeCaseCode,
         QT_TRANSLATE_NOOP("gdcli", "as --user ADMIN, set the four digits the district gave this office, which open "
                                    "its new case numbers (0117-20261205-0012) [--json]"),
         {QStringLiteral("CODE")}},
        {{QStringLiteral("office"), QStringLiteral("confirm-clock")},
         optionNames("user json"),
         confirmOfficeClock,
         QT_TRANSLATE_NOOP("gdcli", "as --user ADMIN, confirm that this PC's clock is right when it disagrees with the "
                                    "file's newest change (every write is refused until then) [--json]")},
        {{QStringLiteral("trust"), QStringLiteral("add")},
         optionNames("key package fingerprint scope user json"),
         addTrust,
         QT_TRANSLATE_NOOP("gdcli", "merge the packages another office signs, as --user ADMIN: its key from --key FILE "
                                    "or from a --package it sent, once --fingerprint matches what it read to you "
                                    "[--scope district|street:CODE|community:CODE|grid:CODE] [--json]")},
        {{QStringLiteral("trust"), QStringLiteral("list")},
         optionNames("json"),
         listTrust,
         QT_TRANSLATE_NOOP("gdcli", "the offices whose packages this office merges, with their fingerprints and "
                                    "scopes [--json]")},
        {{QStringLiteral("trust"), QStringLiteral("remove")},
         optionNames("user json"),
         removeTrust,
         QT_TRANSLATE_NOOP("gdcli", "withdraw the trust in an office as --user ADMIN: its later packages are refused "
                                    "[--json]"),
         {QStringLiteral("FINGERPRINT")}},
        {{QStringLiteral("trust"), QStringLiteral("export-list")},
         optionNames("user out"),
         exportOfficeList,
         QT_TRANSLATE_NOOP("gdcli", "as --user ADMIN of the district, write the offices trusted here with their keys "
                                    "and areas, signed, for every office to take: --out FILE")},
        {{QStringLiteral("trust"), QStringLiteral("import-list")},
         optionNames("user json"),
         importOfficeList,
         QT_TRANSLATE_NOOP("gdcli", "as --user ADMIN, trust every office on the list the district signed (the "
                                    "district must be trusted here already) [--json]"),
         {QStringLiteral("FILE")}},
        {{QStringLiteral("sync-status")},
         optionNames("peer json"),
         syncStatus,
         QT_TRANSLATE_NOOP("gdcli", "what an office this one sends changes to is known to hold: the last package "
                                    "sent, the last it confirmed merging, and the rows it still lacks: --peer OFFICE "
                                    "[--json]")},
        {{QStringLiteral("review"), QStringLiteral("compute")},
         optionNames("month sort json"),
         computeReview,
         QT_TRANSLATE_NOOP("gdcli", "the monthly star review of every active full-time worker: the items computed "
                                    "from the cases and typed in, the total, the current and proposed star and why: "
                                    "--month YYYY-MM [--sort place|name] [--json]")},
        {{QStringLiteral("review"), QStringLiteral("submit")},
         optionNames("month operator password-stdin"),
         submitReview,
         QT_TRANSLATE_NOOP("gdcli", "submit a month's review for approval as whoever scores it (--operator LOGIN, "
                                    "the password on stdin with --password-stdin): --month YYYY-MM")},
        {{QStringLiteral("review"), QStringLiteral("approve")},
         optionNames("month operator password-stdin json"),
         approveReview,
         QT_TRANSLATE_NOOP("gdcli", "approve a submitted month's review, once the month is over, as a supervisor "
                                    "other than the one who submitted it (--operator LOGIN, the password on stdin "
                                    "with --password-stdin): the stars move, the month is locked; typed-in items "
                                    "nobody filled are named on stderr: --month YYYY-MM [--json]")},
        {{QStringLiteral("review"), QStringLiteral("reopen")},
         optionNames("month reason operator password-stdin"),
         reopenReview,
         QT_TRANSLATE_NOOP("gdcli", "reopen the newest approved month as a supervisor, with a reason: the stars go "
                                    "back: --month YYYY-MM --reason TEXT --operator LOGIN --password-stdin")},
        {{QStringLiteral("review"), QStringLiteral("payouts")},
         optionNames("month xlsx json"),
         reviewPayouts,
         QT_TRANSLATE_NOOP("gdcli", "the rewards of an approved month, one per worker by the star the review gave; "
                                    "--xlsx OUT writes the sheet and the payouts as an Excel workbook: --month "
                                    "YYYY-MM [--xlsx OUT] [--json]")},
        {{QStringLiteral("review"), QStringLiteral("year")},
         optionNames("year json"),
         reviewYear,
         QT_TRANSLATE_NOOP("gdcli", "the annual evaluation: each worker's approved months, the year's score weighted "
                                    "as the review settings say, and the grade: --year YYYY [--json]")},
        {{QStringLiteral("review"), QStringLiteral("rules")},
         optionNames("set operator password-stdin json"),
         reviewRules,
         QT_TRANSLATE_NOOP("gdcli", "the office's review settings (when stars move, the quota, the thresholds, what "
                                    "a veto and a failed year do, the annual weights); --set KEY=VALUE (repeat) "
                                    "changes them as an administrator (--operator LOGIN --password-stdin) [--json]")},
        {{QStringLiteral("review"), QStringLiteral("appeal")},
         optionNames("month worker text operator password-stdin json"),
         fileReviewAppeal,
         QT_TRANSLATE_NOOP("gdcli",
                           "record a worker's appeal (申诉) against a submitted month during its public notice, "
                           "as whoever scores it (--operator LOGIN --password-stdin): --month YYYY-MM "
                           "--worker PHONE|ID --text TEXT [--json]")},
        {{QStringLiteral("review"), QStringLiteral("answer")},
         optionNames("appeal text operator password-stdin"),
         answerReviewAppeal,
         QT_TRANSLATE_NOOP("gdcli", "answer an appeal as a supervisor (--operator LOGIN --password-stdin); the month "
                                    "is approved once each is answered: --appeal ID --text TEXT")},
        {{QStringLiteral("review"), QStringLiteral("appeals")},
         optionNames("month json"),
         listReviewAppeals,
         QT_TRANSLATE_NOOP("gdcli", "a month's public notice and its appeals with their answers: --month YYYY-MM "
                                    "[--json]")},
        {{QStringLiteral("training"), QStringLiteral("add")},
         optionNames("date topic unit worker user json"),
         addTraining,
         QT_TRANSLATE_NOOP("gdcli", "record a training session as --user LOGIN (a supervisor): --date YYYY-MM-DD "
                                    "--topic TEXT [--unit TRAINER'S UNIT] --worker PHONE|ID (repeat for each "
                                    "attendee); the review counts it [--json]")},
        {{QStringLiteral("digest")},
         {QStringLiteral("json")},
         digestFile,
         QT_TRANSLATE_NOOP("gdcli", "one hash of what the file exchanges with other offices, to compare two files "
                                    "[--json: per table too]")},
        {{QStringLiteral("cards")},
         optionNames("grid community street layout pdf"),
         printCards,
         QT_TRANSLATE_NOOP("gdcli", "print the grid contact cards into one PDF: --grid CODE | --community CODE | "
                                    "--street CODE [--layout a6|a4x4|a5] --pdf OUT; incomplete cards are named on "
                                    "stderr")},
        {{QStringLiteral("grids"), QStringLiteral("list")},
         {QStringLiteral("street"), QStringLiteral("community"), QStringLiteral("json")},
         listGrids,
         QT_TRANSLATE_NOOP("gdcli", "list the grids [--street CODE] [--community CODE] [--json]")},
        {{QStringLiteral("workers"), QStringLiteral("list")},
         {QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("json")},
         listWorkers,
         QT_TRANSLATE_NOOP("gdcli", "list the workers [--kind KIND] [--status STATUS] [--search TEXT] [--json]")},
        {{QStringLiteral("operators"), QStringLiteral("list")},
         optionNames("json"),
         listOperators,
         QT_TRANSLATE_NOOP("gdcli", "list the operators with their role, last sign-in and linked worker [--json]")},
        {{QStringLiteral("operators"), QStringLiteral("link")},
         optionNames("worker unit user json"),
         linkOperator,
         QT_TRANSLATE_NOOP("gdcli", "link an operator to the grid worker they are, as --user ADMIN: --worker "
                                    "PHONE|ID, or to the unit they sign in for: --unit NAME (an empty value "
                                    "unlinks) [--json]"),
         {QStringLiteral("LOGIN")}},
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
        {{QStringLiteral("visits"), QStringLiteral("add")},
         optionNames("user worker grid kind at building-address unit room place household met found note photo json"),
         addVisit,
         QT_TRANSLATE_NOOP("gdcli", "record a worker's home visit or patrol as --user LOGIN: --worker PHONE|ID --grid "
                                    "CODE and where (--building-address TEXT [--unit U] [--room R] | --household ID | "
                                    "--place TEXT) [--kind visit|patrol] [--at \"YYYY-MM-DD HH:MM\"] [--met WHO] "
                                    "[--found TEXT] [--note TEXT] [--photo FILE, repeatable]; prints its id [--json]")},
        {{QStringLiteral("visits"), QStringLiteral("list")},
         optionNames("street community grid worker kind from to limit json"),
         listVisits,
         QT_TRANSLATE_NOOP("gdcli", "list visits and patrols, newest first [--street|--community|--grid CODE] "
                                    "[--worker PHONE|ID] [--kind visit|patrol] [--from DATE] [--to DATE] [--limit N, "
                                    "0: all] [--json]")},
        {{QStringLiteral("visits"), QStringLiteral("import")},
         optionNames("user mapping encoding json"),
         importVisits,
         QT_TRANSLATE_NOOP("gdcli", "import visits and patrols from a CSV file as --user LOGIN (columns 时间, 网格员, "
                                    "网格, 类型, 楼栋, 单元, 房间, 地点, 走访对象, 发现情况, 备注, or --mapping "
                                    "\"at=日期;worker=走访人\"); a line imported before is skipped; prints a report of "
                                    "the lines refused and exits 2 when there are any (the others are imported) "
                                    "[--encoding E] [--json]"),
         {QStringLiteral("FILE.csv")}},
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
    return list;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : commands())
        names << c.words.join(QLatin1Char(' '));
    return names;
}

QString usageOf(const CommandSpec &c)
{
    return (c.words + c.arguments).join(QLatin1Char(' '));
}

QString description()
{
    QString text = QCoreApplication::translate(
                       "gdcli", "GridDesk from a terminal: the same core as the window, for scripts and IT helpers.") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("gdcli", "Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const CommandSpec &c : commands())
        width = qMax(width, usageOf(c).size());
    for (const CommandSpec &c : commands())
        text +=
            QStringLiteral("  %1  %2\n").arg(usageOf(c), -width).arg(QCoreApplication::translate("gdcli", c.summary));
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "gdcli", "Exit codes: 0 success, 1 a mistake on the command line, 2 a problem with the file.");
    return text;
}

// The translators must be in place before the parser exists, since its help text and error
// messages are translated as they are made; so --lang is picked out of the arguments first.
bool requestedLanguage(const QStringList &arguments, QString *language)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang")) {
            *language = arguments.value(i + 1);
            return true;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            *language = a.mid(7);
            return true;
        }
    }
    return false;
}

// Finds the command the positional arguments name, or explains what was wrong with them.
const CommandSpec *findCommand(const QStringList &words, QString *problem)
{
    const QString valid = commandNames().join(QStringLiteral(", "));
    if (words.isEmpty()) {
        *problem =
            QCoreApplication::translate("gdcli", "no command given; the commands are %1 (see --help).").arg(valid);
        return nullptr;
    }
    QStringList subcommands;
    for (const CommandSpec &c : commands()) {
        if (c.words.first() != words.first())
            continue;
        if (c.words.size() == 1 || (words.size() > 1 && c.words.at(1) == words.at(1))) {
            const int expected = int(c.words.size() + c.arguments.size());
            if (words.size() > expected) {
                *problem = QCoreApplication::translate("gdcli", "unexpected argument '%1' after '%2'.")
                               .arg(words.at(expected), words.mid(0, expected).join(QLatin1Char(' ')));
                return nullptr;
            }
            if (words.size() < expected) {
                *problem = QCoreApplication::translate("gdcli", "'%1' needs %2 after it.")
                               .arg(c.words.join(QLatin1Char(' ')), c.arguments.join(QLatin1Char(' ')));
                return nullptr;
            }
            return &c;
        }
        subcommands << c.words.at(1);
    }
    if (subcommands.isEmpty())
        *problem = QCoreApplication::translate("gdcli", "unknown command '%1'; the commands are %2.")
                       .arg(words.first(), valid);
    else if (words.size() == 1)
        *problem = QCoreApplication::translate("gdcli", "'%1' needs one of: %2.")
                       .arg(words.first(), subcommands.join(QStringLiteral(", ")));
    else
        *problem = QCoreApplication::translate("gdcli", "unknown command '%1 %2'; '%1' takes %3.")
                       .arg(words.at(0), words.at(1), subcommands.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace

int run(const QStringList &arguments)
{
    QString language;
    const bool languageGiven = requestedLanguage(arguments, &language);
    // An empty value is left to the parser, which names the missing value itself.
    const bool languageKnown = !languageGiven || language.isEmpty() || language.startsWith(QLatin1String("zh")) ||
                               language.startsWith(QLatin1String("en"));
    gd::language::install(gd::language::choose(languageKnown ? language : QString()));
    if (!languageKnown)
        return fail(UserError, QCoreApplication::translate(
                                   "gdcli", "--lang: '%1' is not a language GridDesk speaks; use zh_CN or en.")
                                   .arg(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("gdcli", "One of the commands above."),
                                 QCoreApplication::translate("gdcli", "command [subcommand]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(commandLineOptions());
    if (!parser.parse(arguments))
        return fail(UserError, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(Ok);
    if (parser.isSet(version))
        parser.showVersion();

    QString problem;
    const CommandSpec *command = findCommand(parser.positionalArguments(), &problem);
    if (!command)
        return fail(UserError, problem);
    const QString name = command->words.join(QLatin1Char(' '));
    static const QSet<QString> global = {QStringLiteral("db"), QStringLiteral("lang")};
    for (const QString &option : parser.optionNames()) {
        if (!global.contains(option) && !command->options.contains(option))
            return fail(UserError,
                        QCoreApplication::translate("gdcli", "--%1 does not apply to '%2'.").arg(option, name));
    }

    Invocation call;
    call.command = name;
    call.db = parser.value(QStringLiteral("db"));
    if (!parser.isSet(QStringLiteral("db")))
        return fail(
            UserError,
            QCoreApplication::translate("gdcli", "--db FILE is missing: name the GridDesk file for '%1'.").arg(name));
    if (call.db.trimmed().isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--db: the file name is empty."));
    call.json = parser.isSet(QStringLiteral("json"));
    call.arguments = parser.positionalArguments().mid(command->words.size());
    for (const QString &option : command->options)
        if (parser.isSet(option)) {
            call.options.insert(option, parser.value(option));
            call.repeats.insert(option, parser.values(option));
        }
    return command->run(call);
}

} // namespace gdcli
