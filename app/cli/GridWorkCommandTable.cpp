#include "CommandTable.h"

#include <QCoreApplication>

namespace gdcli {

// The grid's work beyond requests: visits, patrols and the care register, the dispute ledger (docs/grid-work.md).
QList<CommandSpec> gridWorkCommands()
{
    return {
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
        {{QStringLiteral("disputes"), QStringLiteral("add")},
         optionNames("user grid kind risk source case at found-by description party mediator json"),
         addDispute,
         QT_TRANSLATE_NOOP("gdcli", "record a dispute in the ledger as --user LOGIN: --grid CODE --description TEXT "
                                    "--party \"NAME,PHONE,ADDRESS\" (repeat for each) [--kind K] [--risk "
                                    "low|medium|high] [--source screening|report|case] [--case NUMBER] [--at "
                                    "\"YYYY-MM-DD HH:MM\"] [--found-by PHONE|ID] [--mediator KIND:WHO, repeatable]; "
                                    "prints its id [--json]")},
        {{QStringLiteral("disputes"), QStringLiteral("act")},
         optionNames("user at place result agreement file target note json"),
         actOnDispute,
         QT_TRANSLATE_NOOP("gdcli", "carry a dispute on as --user LOGIN: session [--place P] [--result "
                                    "agreed|continue|failed], settle (--agreement TEXT | --file SCAN), refer --target "
                                    "committee|police|court|petition, withdraw, followup --note, review --note (a "
                                    "high-risk one, by a supervisor or the paired police officer) [--at \"YYYY-MM-DD "
                                    "HH:MM\"] [--note TEXT] [--json]"),
         {QStringLiteral("ID"), QStringLiteral("ACTION")}},
        {{QStringLiteral("disputes"), QStringLiteral("list")},
         optionNames("street community grid kind risk outcome awaiting-review from to limit json"),
         listDisputes,
         QT_TRANSLATE_NOOP("gdcli", "list the dispute ledger, newest first, the parties masked unless you keep the "
                                    "grid [--street|--community|--grid CODE] [--kind K] [--risk R] [--outcome "
                                    "open|settled|referred|withdrawn] [--awaiting-review] [--from DATE] [--to DATE] "
                                    "[--limit N, 0: all] [--json]")},
        {{QStringLiteral("disputes"), QStringLiteral("ledger")},
         optionNames("month street community grid pdf xlsx full-phones user"),
         disputeLedger,
         QT_TRANSLATE_NOOP("gdcli", "the month's dispute ledger as offices file it, one row per dispute worked in "
                                    "--month YYYY-MM, into --pdf OUT (A4 landscape) and/or --xlsx OUT, the parties "
                                    "masked [--street|--community|--grid CODE] [--full-phones --user ADMIN: in full, "
                                    "recorded in the audit log]")},
    };
}

} // namespace gdcli
