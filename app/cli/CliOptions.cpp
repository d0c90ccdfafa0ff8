#include "CliOptions.h"

#include <QCoreApplication>

namespace gdcli {

QList<QCommandLineOption> commandLineOptions()
{
    return {
        {QStringLiteral("db"), QCoreApplication::translate("gdcli", "The GridDesk file to work on (all commands)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("gdcli", "Language of messages: zh_CN or en (default: from LANG)."),
         QCoreApplication::translate("gdcli", "LANG")},
        {QStringLiteral("json"),
         QCoreApplication::translate("gdcli", "check, grids list, workers list, cases: print JSON and nothing else "
                                              "on stdout.")},
        {QStringLiteral("admin"), QCoreApplication::translate("gdcli", "init: create this administrator login."),
         QCoreApplication::translate("gdcli", "LOGIN")},
        {QStringLiteral("name"),
         QCoreApplication::translate("gdcli", "init: the administrator's name (default: the login); cases add: the "
                                              "reporter's name."),
         QCoreApplication::translate("gdcli", "NAME")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("gdcli", "demo: the same seed builds the same district (default 1)."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("cases"),
         QCoreApplication::translate(
             "gdcli",
             "demo: the district with N residents' requests and their timelines instead of the whole demo office."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("street"),
         QCoreApplication::translate(
             "gdcli", "grids list, cases list: only the grids (cases) of the street with "
                      "this 9-digit code; export: a package of that street; cards: the cards of its grids."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("community"),
         QCoreApplication::translate("gdcli",
                                     "grids list, cases list: only the grids (cases) of the community with "
                                     "this 12-digit code; export: a package of that community; cards: the cards of its "
                                     "grids."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("kind"),
         QCoreApplication::translate(
             "gdcli", "workers list: full_time, part_time, grid_head, police, volunteer or building_leader; visits: "
                      "visit or patrol."),
         QCoreApplication::translate("gdcli", "KIND")},
        {QStringLiteral("status"),
         QCoreApplication::translate(
             "gdcli", "workers list: active, left or transferred; cases repeats: pending, confirmed or rejected."),
         QCoreApplication::translate("gdcli", "STATUS")},
        {QStringLiteral("search"),
         QCoreApplication::translate("gdcli", "workers list: a part of a name or phone, or a grid code."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("user"),
         QCoreApplication::translate("gdcli", "cases add, cases act: the operator who writes; the password is "
                                              "taken from GRIDDESK_PASSWORD."),
         QCoreApplication::translate("gdcli", "LOGIN")},
        {QStringLiteral("channel"),
         QCoreApplication::translate("gdcli", "cases add: how the request arrived: walk_in (default), phone, "
                                              "hotline_12345, online or patrol; cases list: only this channel."),
         QCoreApplication::translate("gdcli", "CHANNEL")},
        {QStringLiteral("type"),
         QCoreApplication::translate("gdcli", "cases add, calendar due: consultation, help (default), complaint, "
                                              "report, suggestion or praise."),
         QCoreApplication::translate("gdcli", "TYPE")},
        {QStringLiteral("category"),
         QCoreApplication::translate("gdcli", "cases add, calendar due: the category's code (0101…); cases list: "
                                              "only this category and its sub-categories."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("urgency"),
         QCoreApplication::translate("gdcli", "cases add, calendar due: normal (default), urgent or emergency."),
         QCoreApplication::translate("gdcli", "URGENCY")},
        {QStringLiteral("phone"), QCoreApplication::translate("gdcli", "cases add: the reporter's phone."),
         QCoreApplication::translate("gdcli", "PHONE")},
        {QStringLiteral("full-phones"),
         QCoreApplication::translate("gdcli", "cases export: write reporters' phone numbers in full; disputes ledger: "
                                              "the parties' names, phones and addresses in full (an administrator "
                                              "only, as --user; recorded in the audit log).")},
        {QStringLiteral("anonymous"),
         QCoreApplication::translate("gdcli", "cases add: the reporter stays anonymous (no name needed).")},
        {QStringLiteral("address"), QCoreApplication::translate("gdcli", "cases add: where it happened."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("building-address"),
         QCoreApplication::translate("gdcli", "cases add: an address of a building on file; the case takes the "
                                              "building and its grid."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("grid"),
         QCoreApplication::translate(
             "gdcli", "cases add: the grid's 15-digit code (default: the building's); "
                      "cases list: only this grid; export: a package of this grid; cards: this grid's card."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("description"),
         QCoreApplication::translate("gdcli", "cases add: what happened; disputes add: what the dispute is about."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("request"), QCoreApplication::translate("gdcli", "cases add: what the resident asks for."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("received"),
         QCoreApplication::translate("gdcli", "cases add: when the request arrived, Beijing time (default: now)."),
         QCoreApplication::translate("gdcli", "\"YYYY-MM-DD HH:MM\"")},
        {QStringLiteral("found-by"),
         QCoreApplication::translate("gdcli", "cases add --channel patrol: the worker who found the matter (phone or "
                                              "id; default: the --user operator's worker, else the grid's worker). "
                                              "The star review credits the find to them."),
         QCoreApplication::translate("gdcli", "WORKER")},
        {QStringLiteral("hotline-order"),
         QCoreApplication::translate("gdcli", "cases add: the 12345 hotline's order number."),
         QCoreApplication::translate("gdcli", "NUMBER")},
        {QStringLiteral("state"),
         QCoreApplication::translate("gdcli", "cases list: only cases in this state (repeat the option, or "
                                              "separate states with commas)."),
         QCoreApplication::translate("gdcli", "STATE")},
        {QStringLiteral("due"),
         QCoreApplication::translate("gdcli", "cases list: due_soon (open, due by the end of the next working day), "
                                              "overdue (open and past its deadline), late_sign (dispatched and "
                                              "not signed for in time), callback (completed, waiting for the callback) "
                                              "or callback_overdue (of those, past the callback limit)."),
         QCoreApplication::translate("gdcli", "WHEN")},
        {QStringLiteral("handler"),
         QCoreApplication::translate("gdcli", "cases list: only the cases a grid worker handles now (the worker's "
                                              "phone or id)."),
         QCoreApplication::translate("gdcli", "WORKER")},
        {QStringLiteral("mine"),
         QCoreApplication::translate("gdcli", "cases list: only the cases the --user operator's linked grid worker "
                                              "handles now (\"my cases\").")},
        {QStringLiteral("by"),
         QCoreApplication::translate("gdcli", "cases due: count per handler (the default) or per grid; stats: break "
                                              "the figures down by street, community, grid, category_group, "
                                              "category, channel, handler, unit or month."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("view"),
         QCoreApplication::translate("gdcli", "stats: count the cases received in the period (the default) or "
                                              "those completed in it."),
         QCoreApplication::translate("gdcli", "received|completed")},
        {QStringLiteral("from"),
         QCoreApplication::translate("gdcli", "cases list: received on or after this day (Beijing time); calendar "
                                              "due: the moment the deadline counts from, \"YYYY-MM-DD HH:MM\"; "
                                              "stats: the period's first day."),
         QCoreApplication::translate("gdcli", "YYYY-MM-DD")},
        {QStringLiteral("to"),
         QCoreApplication::translate("gdcli", "cases list: received on or before this day (Beijing time); stats: the "
                                              "period's last day."),
         QCoreApplication::translate("gdcli", "YYYY-MM-DD")},
        {QStringLiteral("sort"),
         QCoreApplication::translate("gdcli", "cases list: received (newest first, the default), received_asc, due "
                                              "(earliest deadline first) or updated (last changed first); review "
                                              "compute: place (by community and grid, the default) or name (pinyin)."),
         QCoreApplication::translate("gdcli", "ORDER")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("gdcli", "cases list, cases search: at most N cases (default 50, search 20; "
                                              "0 lists them all)."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("count"),
         QCoreApplication::translate("gdcli", "cases search: print only the number of matching cases.")},
        {QStringLiteral("note"),
         QCoreApplication::translate("gdcli", "cases act, conflicts settle-branch: the note kept with the action; "
                                              "visits add: a note on the visit; disputes act: a note on the step."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("text"),
         QCoreApplication::translate("gdcli", "review appeal: the worker's appeal in their words; review answer: "
                                              "the answer."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("worker"),
         QCoreApplication::translate("gdcli", "cases act: the grid worker who takes the case (phone or id); "
                                              "training add: a worker who attended (repeat for each); review "
                                              "appeal: the worker who appeals; visits: the worker who visited."),
         QCoreApplication::translate("gdcli", "PHONE")},
        {QStringLiteral("unit"),
         QCoreApplication::translate("gdcli", "cases act: the handling unit that takes the case (its name); "
                                              "training add: the trainer's unit; visits add: the building's unit "
                                              "(单元)."),
         QCoreApplication::translate("gdcli", "NAME")},
        {QStringLiteral("reason"),
         QCoreApplication::translate("gdcli", "cases act return: wrong_area, unclear_ownership, overlapping_duties "
                                              "or other; cases act callback --result not_needed: anonymous, patrol, "
                                              "praise or at_desk; review reopen: why the month is reopened."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("days"),
         QCoreApplication::translate("gdcli", "cases act request_extension: working days asked for (1 to 10)."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("level"),
         QCoreApplication::translate("gdcli", "cases act supervise: normal, yellow or red; meetings: street, "
                                              "community or grid."),
         QCoreApplication::translate("gdcli", "LEVEL")},
        {QStringLiteral("satisfaction"),
         QCoreApplication::translate("gdcli", "cases act callback: satisfied, basic or dissatisfied."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("solved"),
         QCoreApplication::translate("gdcli", "cases act callback: whether the matter was solved."),
         QCoreApplication::translate("gdcli", "yes|no")},
        {QStringLiteral("result"),
         QCoreApplication::translate("gdcli", "cases act callback: how it ended: reached (the default), unreachable "
                                              "(after the office's tries, each a callback_try), declined or "
                                              "not_needed (with --reason); disputes act session: agreed, continue (the "
                                              "default) or failed."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("target"),
         QCoreApplication::translate("gdcli", "cases act redirect: where the resident was guided: police_110, "
                                              "fire_119, medical_120, court, petition, other_district or "
                                              "other_hotline; disputes act refer: committee, police, court or "
                                              "petition."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("report"),
         QCoreApplication::translate("gdcli", "cases act answer_report, callback_report, callback_try: the attached "
                                              "report (its event id, as cases show --json lists it); cases split: the "
                                              "report to take out."),
         QCoreApplication::translate("gdcli", "EVENT")},
        {QStringLiteral("tier"),
         QCoreApplication::translate("gdcli", "cases act route_up, route_down: the tier it goes to: grid, community, "
                                              "street or district (default: the next one up or down)."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("settled"),
         QCoreApplication::translate("gdcli", "cases add: the answer given at the desk; the case is registered and "
                                              "settled in one step."),
         QCoreApplication::translate("gdcli", "ANSWER")},
        {QStringLiteral("approved"),
         QCoreApplication::translate("gdcli", "cases act decide_extension: whether the extension is granted."),
         QCoreApplication::translate("gdcli", "yes|no")},
        {QStringLiteral("mapping"),
         QCoreApplication::translate("gdcli", "cases import: which column fills which field, as "
                                              "\"hotline_order=工单编号;received=来电时间\" or a JSON file; fields "
                                              "not named keep the mapping last used (or the default one)."),
         QCoreApplication::translate("gdcli", "MAPPING")},
        {QStringLiteral("categories"),
         QCoreApplication::translate("gdcli", "cases import: which of our categories each hotline category is, as "
                                              "\"路灯不亮=0301;噪音扰民=治安\" (our code or name); remembered for "
                                              "the next file. A category neither ours nor mapped is imported under "
                                              "Other (13) and flagged."),
         QCoreApplication::translate("gdcli", "MAP")},
        {QStringLiteral("no-repeats"),
         QCoreApplication::translate("gdcli", "cases import: do not look for repeats (every line a case of its own).")},
        {QStringLiteral("into"),
         QCoreApplication::translate("gdcli", "cases attach: the case the other one repeats (its number or id)."),
         QCoreApplication::translate("gdcli", "NUMBER")},
        {QStringLiteral("encoding"),
         QCoreApplication::translate("gdcli", "cases import: auto (the default: UTF-8, else GB18030), utf-8 or "
                                              "gb18030."),
         QCoreApplication::translate("gdcli", "ENCODING")},
        {QStringLiteral("xlsx"),
         QCoreApplication::translate("gdcli", "cases export, review payouts, report monthly: write an Excel "
                                              "workbook."),
         QCoreApplication::translate("gdcli", "OUT.xlsx")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("gdcli", "cases export: write a CSV file (UTF-8 with BOM, for Excel)."),
         QCoreApplication::translate("gdcli", "OUT.csv")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("gdcli", "merge: show what merging would change, and write nothing.")},
        {QStringLiteral("out"),
         QCoreApplication::translate("gdcli", "export, office key: the file to write (replaced when it exists)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("date"), QCoreApplication::translate("gdcli", "training add: the day of the session."),
         QCoreApplication::translate("gdcli", "YYYY-MM-DD")},
        {QStringLiteral("topic"),
         QCoreApplication::translate("gdcli", "training add: what the session was about; meetings add: the "
                                              "agenda."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("operator"),
         QCoreApplication::translate("gdcli", "review approve, review reopen: the supervisor's login."),
         QCoreApplication::translate("gdcli", "LOGIN")},
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate("gdcli", "review approve, review reopen: read the password from stdin.")},
        {QStringLiteral("appeal"), QCoreApplication::translate("gdcli", "review answer: the appeal answered."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("set"),
         QCoreApplication::translate("gdcli", "review rules: one setting to change, as KEY=VALUE (repeat)."),
         QCoreApplication::translate("gdcli", "KEY=VALUE")},
        {QStringLiteral("month"),
         QCoreApplication::translate("gdcli", "review: the month reviewed; report monthly: the month reported."),
         QCoreApplication::translate("gdcli", "YYYY-MM")},
        {QStringLiteral("year"),
         QCoreApplication::translate("gdcli", "review year: the year evaluated; calendar show: the year shown."),
         QCoreApplication::translate("gdcli", "YYYY")},
        {QStringLiteral("since-last-to"),
         QCoreApplication::translate("gdcli", "export: only what changed since the last package sent to this office "
                                              "(the first one to an office holds everything)."),
         QCoreApplication::translate("gdcli", "OFFICE")},
        {QStringLiteral("keep"), QCoreApplication::translate("gdcli", "conflicts resolve: keep the value kept.")},
        {QStringLiteral("other"),
         QCoreApplication::translate("gdcli", "conflicts resolve: take the value that was set aside.")},
        {QStringLiteral("value"),
         QCoreApplication::translate("gdcli", "conflicts resolve: write this value instead; conflicts renumber: the "
                                              "new code, number or phone."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("branch"),
         QCoreApplication::translate("gdcli", "conflicts settle-branch: the first event of the branch that stands."),
         QCoreApplication::translate("gdcli", "EVENT")},
        {QStringLiteral("key"), QCoreApplication::translate("gdcli", "trust add: the key file the other office sent."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("package"),
         QCoreApplication::translate("gdcli", "trust add: a package the other office sent, carrying its key."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("fingerprint"),
         QCoreApplication::translate("gdcli", "trust add: the key's fingerprint as the other office read it to you."),
         QCoreApplication::translate("gdcli", "FP")},
        {QStringLiteral("scope"),
         QCoreApplication::translate("gdcli", "trust add: what the office may send: district (the default), or "
                                              "street:CODE, community:CODE, grid:CODE; a package changing rows outside "
                                              "it is refused."),
         QCoreApplication::translate("gdcli", "SCOPE")},
        {QStringLiteral("peer"),
         QCoreApplication::translate("gdcli", "sync-status: the office, as export "
                                              "--since-last-to names it."),
         QCoreApplication::translate("gdcli", "OFFICE")},
        {QStringLiteral("layout"),
         QCoreApplication::translate("gdcli", "cards: a6 (one card a page, the default), a4x4 (four cards on A4 with "
                                              "cut marks) or a5 (a poster)."),
         QCoreApplication::translate("gdcli", "LAYOUT")},
        {QStringLiteral("pdf"), QCoreApplication::translate("gdcli", "cards, report monthly: the PDF file to write."),
         QCoreApplication::translate("gdcli", "OUT.pdf")},
        {QStringLiteral("at"),
         QCoreApplication::translate("gdcli", "visits add, disputes: when the visit was made, the dispute found or "
                                              "the step taken, Beijing time (default: now)."),
         QCoreApplication::translate("gdcli", "\"YYYY-MM-DD HH:MM\"")},
        {QStringLiteral("room"), QCoreApplication::translate("gdcli", "visits add: the room (室) visited."),
         QCoreApplication::translate("gdcli", "ROOM")},
        {QStringLiteral("place"),
         QCoreApplication::translate(
             "gdcli", "visits add: where, when it is not a building: 小区北门, 菜市场; disputes act session: where it "
                      "was held."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("household"),
         QCoreApplication::translate("gdcli", "visits add: the care household visited (its id)."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("met"), QCoreApplication::translate("gdcli", "visits add: whom the worker met."),
         QCoreApplication::translate("gdcli", "WHO")},
        {QStringLiteral("found"), QCoreApplication::translate("gdcli", "visits add: what the visit found."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("photo"),
         QCoreApplication::translate("gdcli", "visits add: a JPEG or PNG photo of the visit (repeat for each, at most "
                                              "6)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("risk"), QCoreApplication::translate("gdcli", "disputes: the risk level: low, medium or high."),
         QCoreApplication::translate("gdcli", "LEVEL")},
        {QStringLiteral("source"),
         QCoreApplication::translate("gdcli", "disputes add: how it was found: screening (the default), report or "
                                              "case."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("case"),
         QCoreApplication::translate("gdcli", "disputes add: the request the dispute came from (its number or id)."),
         QCoreApplication::translate("gdcli", "NUMBER")},
        {QStringLiteral("party"),
         QCoreApplication::translate("gdcli", "disputes add: a party to the dispute, its phone and address optional "
                                              "(repeat for each); councils add: the number of party members who "
                                              "attended."),
         QCoreApplication::translate("gdcli", "\"NAME,PHONE,ADDRESS\"")},
        {QStringLiteral("mediator"),
         QCoreApplication::translate("gdcli", "disputes add: who mediates: worker:PHONE, police:PHONE, lawyer:NAME, "
                                              "committee:NAME or other:NAME (repeat for each)."),
         QCoreApplication::translate("gdcli", "KIND:WHO")},
        {QStringLiteral("agreement"),
         QCoreApplication::translate("gdcli", "disputes act settle: the mediation agreement's text."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("file"),
         QCoreApplication::translate("gdcli", "disputes act settle: the agreement's scan, JPEG, PNG or PDF (repeat "
                                              "for each)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("outcome"),
         QCoreApplication::translate("gdcli", "disputes list: only those open, settled, referred or withdrawn."),
         QCoreApplication::translate("gdcli", "KEY")},
        {QStringLiteral("awaiting-review"),
         QCoreApplication::translate("gdcli", "disputes list: only the high-risk disputes not reviewed yet.")},
        {QStringLiteral("police-grid"),
         QCoreApplication::translate("gdcli", "joint: the police grid (警格) by its code."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("person"),
         QCoreApplication::translate("gdcli", "joint add, meetings add: someone who took part, by phone or id in the "
                                              "people register, else a name (repeat for each)."),
         QCoreApplication::translate("gdcli", "WHO")},
        {QStringLiteral("dispute"),
         QCoreApplication::translate("gdcli", "joint add: a dispute the joint work dealt with, by id (repeat for "
                                              "each)."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("issues"), QCoreApplication::translate("gdcli", "meetings add: the issues judged."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("decisions"), QCoreApplication::translate("gdcli", "meetings add: what was decided."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("task"),
         QCoreApplication::translate("gdcli", "meetings add: a follow-up task, its owner (phone or id) and its due day "
                                              "(repeat for each)."),
         QCoreApplication::translate("gdcli", "\"TEXT;OWNER;YYYY-MM-DD\"")},
        {QStringLiteral("member"),
         QCoreApplication::translate("gdcli", "joint team: add this person (phone or id) to the grid's team."),
         QCoreApplication::translate("gdcli", "WHO")},
        {QStringLiteral("role"),
         QCoreApplication::translate("gdcli", "joint team: the member is a volunteer, building_leader or "
                                              "party_member."),
         QCoreApplication::translate("gdcli", "ROLE")},
        {QStringLiteral("remove"),
         QCoreApplication::translate("gdcli", "joint team: take this person (phone or id) off the grid's team."),
         QCoreApplication::translate("gdcli", "WHO")},
        {QStringLiteral("residents"),
         QCoreApplication::translate("gdcli", "councils add: residents' representatives who attended."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("leaders"),
         QCoreApplication::translate("gdcli", "councils add: building leaders and grid heads who attended."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("property"),
         QCoreApplication::translate("gdcli", "councils add: people of the property company who attended."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("staff"), QCoreApplication::translate("gdcli", "councils add: community staff who attended."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("others"), QCoreApplication::translate("gdcli", "councils add: others who attended."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("positions"), QCoreApplication::translate("gdcli", "councils add: the positions voiced."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("resolution"), QCoreApplication::translate("gdcli", "councils add: what was resolved."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("rule-title"),
         QCoreApplication::translate("gdcli", "councils add: the title of a rule adopted."),
         QCoreApplication::translate("gdcli", "TITLE")},
        {QStringLiteral("rule"), QCoreApplication::translate("gdcli", "councils add: the text of the rule adopted."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("leader"),
         QCoreApplication::translate("gdcli", "volunteers teams add: the team's leader (phone or id)."),
         QCoreApplication::translate("gdcli", "WHO")},
        {QStringLiteral("team"),
         QCoreApplication::translate("gdcli", "volunteers services: the volunteer team (its name or id)."),
         QCoreApplication::translate("gdcli", "TEAM")},
        {QStringLiteral("hours"),
         QCoreApplication::translate("gdcli", "volunteers services add: the hours each volunteer served (0.5 to 24)."),
         QCoreApplication::translate("gdcli", "H")},
        {QStringLiteral("households"),
         QCoreApplication::translate("gdcli", "volunteers services add: the households served."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("with-rule"),
         QCoreApplication::translate("gdcli", "councils list: only the meetings that adopted a rule.")},
        {QStringLiteral("open-only"),
         QCoreApplication::translate("gdcli", "meetings tasks: only the tasks not done yet.")},
        {QStringLiteral("need"),
         QCoreApplication::translate("gdcli", "training orders add: the need ordered; training sessions add: a need "
                                              "the session answers (repeatable)."),
         QCoreApplication::translate("gdcli", "NAME")},
        {QStringLiteral("expert"),
         QCoreApplication::translate("gdcli", "training sessions add: the expert who taught."),
         QCoreApplication::translate("gdcli", "NAME")},
        {QStringLiteral("material"),
         QCoreApplication::translate("gdcli", "training sessions add: a file handed out (repeatable)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("score"),
         QCoreApplication::translate("gdcli", "training evaluate: the attendee's score, 1 to 5."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("session"), QCoreApplication::translate("gdcli", "training evaluate: the session's id."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("council"),
         QCoreApplication::translate("gdcli", "exemplary add: the residents' council written up."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("service"),
         QCoreApplication::translate("gdcli", "exemplary add: the volunteer service written up."),
         QCoreApplication::translate("gdcli", "ID")},
        {QStringLiteral("title"),
         QCoreApplication::translate("gdcli", "exemplary add: the write-up's title; ideas add: the idea's name."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("background"), QCoreApplication::translate("gdcli", "exemplary add: the background."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("actions"), QCoreApplication::translate("gdcli", "exemplary add: what the worker did."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("effect"), QCoreApplication::translate("gdcli", "exemplary add: the result."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("lessons"), QCoreApplication::translate("gdcli", "exemplary add: what others can learn."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("odt"),
         QCoreApplication::translate("gdcli", "exemplary booklet: the OpenDocument text (.odt) to write."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("used-where"), QCoreApplication::translate("gdcli", "ideas add: where the idea is in use."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("visitors"), QCoreApplication::translate("gdcli", "ideas visit: who visited."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("comments"), QCoreApplication::translate("gdcli", "ideas visit: what the visitors said."),
         QCoreApplication::translate("gdcli", "TEXT")},
        {QStringLiteral("refinement"),
         QCoreApplication::translate("gdcli", "ideas visit: the second refinement the street made of the idea."),
         QCoreApplication::translate("gdcli", "TEXT")},
    };
}

} // namespace gdcli
