#include "CommandTable.h"

#include <QCoreApplication>

namespace gdcli {

// The file itself, exchange and conflicts, the office and its trust list, the review, the people.
QList<CommandSpec> officeCommands()
{
    return {
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
    };
}

} // namespace gdcli
