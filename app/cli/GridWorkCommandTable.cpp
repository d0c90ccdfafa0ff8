#include "CommandTable.h"

#include <QCoreApplication>

namespace gdcli {

// The grid's work beyond requests: visits, patrols and the care register, the dispute ledger,
// police–grid joint work and meetings, residents' councils, volunteer service (docs/grid-work.md).
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
        {{QStringLiteral("joint"), QStringLiteral("add")},
         optionNames("user police-grid kind grid at description person case dispute note json"),
         addJointActivity,
         QT_TRANSLATE_NOOP("gdcli", "record a police–grid joint activity as --user LOGIN: --police-grid CODE --grid "
                                    "CODE (repeat for each grid) --kind gather|mediate|screen|incident|patrol "
                                    "--description TEXT [--at \"YYYY-MM-DD HH:MM\"] [--person PHONE|ID|NAME, "
                                    "repeatable] [--case NUMBER, repeatable] [--dispute ID, repeatable] [--note TEXT]; "
                                    "prints its id [--json]")},
        {{QStringLiteral("joint"), QStringLiteral("list")},
         optionNames("street community grid police-grid kind from to limit json"),
         listJointActivities,
         QT_TRANSLATE_NOOP("gdcli", "list police–grid joint activities, newest first [--street|--community|--grid "
                                    "CODE] [--police-grid CODE] [--kind K] [--from DATE] [--to DATE] [--limit N, 0: "
                                    "all] [--json]")},
        {{QStringLiteral("joint"), QStringLiteral("team")},
         optionNames("user grid member role remove json"),
         jointTeam,
         QT_TRANSLATE_NOOP("gdcli", "a grid's 1+1+N team: its police-grid head, grid head and residents --grid CODE; "
                                    "as --user LOGIN add one with --member PHONE|ID --role "
                                    "volunteer|building_leader|party_member or take one off with --remove PHONE|ID "
                                    "[--json]")},
        {{QStringLiteral("meetings"), QStringLiteral("add")},
         optionNames("user level street community grid at topic issues decisions person task note json"),
         addJointMeeting,
         QT_TRANSLATE_NOOP("gdcli", "record a police–grid joint meeting as --user LOGIN: --level street|community|grid "
                                    "with --street, --community or --grid CODE, --topic TEXT [--issues TEXT] "
                                    "[--decisions TEXT] [--at \"YYYY-MM-DD HH:MM\"] [--person PHONE|ID|NAME, "
                                    "repeatable] [--task \"TEXT;OWNER;YYYY-MM-DD\", repeatable] [--note TEXT]; prints "
                                    "its id [--json]")},
        {{QStringLiteral("meetings"), QStringLiteral("list")},
         optionNames("street community grid level from to limit json"),
         listJointMeetings,
         QT_TRANSLATE_NOOP("gdcli", "list police–grid joint meetings, newest first [--street|--community|--grid "
                                    "CODE] [--level L] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]")},
        {{QStringLiteral("meetings"), QStringLiteral("tasks")},
         optionNames("street community grid open-only json"),
         listJointTasks,
         QT_TRANSLATE_NOOP("gdcli", "list the joint meetings' follow-up tasks, soonest due first "
                                    "[--street|--community|--grid CODE] [--open-only] [--json]")},
        {{QStringLiteral("meetings"), QStringLiteral("task")},
         optionNames("user at note grid category description json"),
         actOnJointTask,
         QT_TRANSLATE_NOOP("gdcli", "carry a meeting's task on as --user LOGIN: done [--at \"YYYY-MM-DD HH:MM\"] "
                                    "[--note TEXT], or case --category CODE [--grid CODE] [--description TEXT] (a "
                                    "request found proactively, credited to the task's owner) [--json]"),
         {QStringLiteral("ID"), QStringLiteral("ACTION")}},
        {{QStringLiteral("councils"), QStringLiteral("add")},
         optionNames("user kind community grid at topic place residents party leaders property staff others positions "
                     "resolution rule-title rule case json"),
         addCouncil,
         QT_TRANSLATE_NOOP("gdcli", "record a residents' council (or a grid self-management committee, --kind "
                                    "self_management --grid CODE) as --user LOGIN: --community CODE --topic TEXT and "
                                    "who attended by role (--residents N --party N --leaders N --property N --staff N "
                                    "--others N) [--at \"YYYY-MM-DD HH:MM\"] [--place P] [--positions TEXT] "
                                    "[--resolution TEXT] [--rule-title T --rule TEXT] [--case NUMBER, repeatable]; "
                                    "prints its id [--json]")},
        {{QStringLiteral("councils"), QStringLiteral("list")},
         optionNames("street community grid kind with-rule from to limit json"),
         listCouncils,
         QT_TRANSLATE_NOOP("gdcli", "list residents' councils and self-management committees, newest first "
                                    "[--street|--community|--grid CODE] [--kind council|self_management] [--with-rule] "
                                    "[--from DATE] [--to DATE] [--limit N, 0: all] [--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("teams"), QStringLiteral("add")},
         optionNames("user name community grid leader member note json"),
         addVolunteerTeam,
         QT_TRANSLATE_NOOP("gdcli", "make a volunteer team as --user LOGIN: --name NAME --community CODE (or --grid "
                                    "CODE for a grid's team) [--leader PHONE|ID] [--member PHONE|ID, repeatable: a "
                                    "volunteer, building leader or party member] [--note TEXT]; prints its id "
                                    "[--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("teams"), QStringLiteral("list")},
         optionNames("community json"),
         listVolunteerTeams,
         QT_TRANSLATE_NOOP("gdcli", "list the volunteer teams and their members [--community CODE] [--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("services"), QStringLiteral("add")},
         optionNames("user team grid kind at hours households person description note json"),
         addVolunteerService,
         QT_TRANSLATE_NOOP("gdcli", "record a volunteer service as --user LOGIN: --team NAME|ID --grid CODE --kind "
                                    "NAME (a new one joins the office's list) --hours H (each volunteer's) --person "
                                    "PHONE|ID (repeat for each who served) [--households N] [--at \"YYYY-MM-DD "
                                    "HH:MM\"] [--description TEXT] [--note TEXT]; prints its id [--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("services"), QStringLiteral("list")},
         optionNames("street community grid team person from to limit json"),
         listVolunteerServices,
         QT_TRANSLATE_NOOP("gdcli", "list volunteer services, newest first [--street|--community|--grid CODE] "
                                    "[--team NAME|ID] [--person PHONE|ID] [--from DATE] [--to DATE] [--limit N, 0: "
                                    "all] [--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("totals")},
         optionNames("by street community grid from to json"),
         volunteerTotals,
         QT_TRANSLATE_NOOP("gdcli", "volunteer services, hours and households served per team, person or kind (--by "
                                    "team|person|kind) [--street|--community|--grid CODE] [--from DATE] [--to DATE] "
                                    "[--json]")},
        {{QStringLiteral("volunteers"), QStringLiteral("hours")},
         optionNames("person from to pdf json"),
         volunteerHours,
         QT_TRANSLATE_NOOP("gdcli", "a volunteer's hours statement: --person PHONE|ID --from DATE --to DATE, every "
                                    "service and the total, printed to --pdf OUT [--json]")},
    };
}

} // namespace gdcli
