#include "CommandTable.h"

#include <QCoreApplication>

namespace gdcli {

// How the office grows its workers besides the review (docs/grid-work.md): training by order, the
// exemplary-case write-ups and their booklet, and the streets' good ideas.
QList<CommandSpec> growthCommands()
{
    return {
        {{QStringLiteral("training"), QStringLiteral("needs"), QStringLiteral("add")},
         optionNames("user name json"),
         addTrainingNeed,
         QT_TRANSLATE_NOOP("gdcli", "add a training need to the office's list as --user LOGIN: --name NAME; prints "
                                    "its id [--json]")},
        {{QStringLiteral("training"), QStringLiteral("needs"), QStringLiteral("list")},
         optionNames("year json"),
         listTrainingNeeds,
         QT_TRANSLATE_NOOP("gdcli", "the training needs with a year's orders and the sessions that answered them "
                                    "[--year YYYY, default this year] [--json]")},
        {{QStringLiteral("training"), QStringLiteral("orders"), QStringLiteral("add")},
         optionNames("user worker need date note json"),
         addTrainingOrder,
         QT_TRANSLATE_NOOP("gdcli", "order a training need for a worker as --user LOGIN: --worker PHONE|ID --need "
                                    "NAME (a new one joins the list) [--date YYYY-MM-DD] [--note TEXT]; ordered again "
                                    "in the year, the note changes; prints its id [--json]")},
        {{QStringLiteral("training"), QStringLiteral("orders"), QStringLiteral("list")},
         optionNames("year community json"),
         listTrainingOrders,
         QT_TRANSLATE_NOOP("gdcli",
                           "a year's training orders, newest first [--year YYYY] [--community CODE] [--json]")},
        {{QStringLiteral("training"), QStringLiteral("sessions"), QStringLiteral("add")},
         optionNames("user date topic need expert unit worker material note json"),
         addTrainingSession,
         QT_TRANSLATE_NOOP("gdcli", "record a training session as --user LOGIN (a supervisor): --date YYYY-MM-DD "
                                    "--topic TEXT --worker PHONE|ID (repeat for each attendee) [--need NAME, "
                                    "repeatable] [--expert NAME] [--unit THE EXPERT'S UNIT] [--material FILE, "
                                    "repeatable] [--note TEXT]; the review counts it [--json]")},
        {{QStringLiteral("training"), QStringLiteral("sessions"), QStringLiteral("list")},
         optionNames("year json"),
         listTrainingSessions,
         QT_TRANSLATE_NOOP("gdcli", "a year's training sessions with their needs, attendance and average "
                                    "evaluation [--year YYYY] [--json]")},
        {{QStringLiteral("training"), QStringLiteral("evaluate")},
         optionNames("user session worker score text"),
         evaluateTraining,
         QT_TRANSLATE_NOOP("gdcli", "record an attendee's evaluation of a session as --user LOGIN: --session ID "
                                    "--worker PHONE|ID --score 1-5 [--text COMMENT]")},
        {{QStringLiteral("training"), QStringLiteral("history")},
         optionNames("worker from to pdf json"),
         trainingHistory,
         QT_TRANSLATE_NOOP("gdcli", "a worker's training history: --worker PHONE|ID --from DATE --to DATE, every "
                                    "session attended, printed to --pdf OUT [--json]")},
        {{QStringLiteral("exemplary"), QStringLiteral("add")},
         optionNames("user case dispute council service title category background actions effect lessons worker "
                     "photo json"),
         addExemplary,
         QT_TRANSLATE_NOOP("gdcli", "write up an exemplary case as --user LOGIN (a supervisor): one of --case NUMBER, "
                                    "--dispute ID, --council ID, --service ID, and --actions TEXT (what the worker "
                                    "did) [--title T] [--category C] [--background TEXT] [--effect TEXT] [--lessons "
                                    "TEXT] [--worker PHONE|ID] [--photo FILE, repeatable]; prints its id [--json]")},
        {{QStringLiteral("exemplary"), QStringLiteral("approve")},
         optionNames("user"),
         approveExemplary,
         QT_TRANSLATE_NOOP("gdcli", "approve a write-up as --user LOGIN (a supervisor)"),
         {QStringLiteral("ID")}},
        {{QStringLiteral("exemplary"), QStringLiteral("list")},
         optionNames("year street community state search limit json"),
         listExemplary,
         QT_TRANSLATE_NOOP("gdcli", "list write-ups, newest first [--year YYYY] [--street|--community CODE] [--state "
                                    "draft|approved] [--search TEXT] [--limit N, 0: all] [--json]")},
        {{QStringLiteral("exemplary"), QStringLiteral("booklet")},
         optionNames("year street community pdf odt json"),
         exemplaryBooklet,
         QT_TRANSLATE_NOOP("gdcli", "the year's booklet of approved write-ups: --year YYYY [--street|--community "
                                    "CODE] --pdf OUT and/or --odt OUT (OpenDocument, opened by Word and WPS) "
                                    "[--json: its contents with page numbers]")},
        {{QStringLiteral("ideas"), QStringLiteral("add")},
         optionNames("user street title description used-where date json"),
         addIdea,
         QT_TRANSLATE_NOOP("gdcli", "record a street's good idea as --user LOGIN (a supervisor): --street CODE "
                                    "--title NAME [--description TEXT] [--used-where TEXT] [--date YYYY-MM-DD]; prints "
                                    "its id [--json]")},
        {{QStringLiteral("ideas"), QStringLiteral("visit")},
         optionNames("user street date visitors comments refinement json"),
         visitIdea,
         QT_TRANSLATE_NOOP("gdcli",
                           "record an observation visit to an idea as --user LOGIN: --visitors WHO [--street "
                           "CODE of the visitors] [--date YYYY-MM-DD] [--comments TEXT] [--refinement TEXT] [--json]"),
         {QStringLiteral("ID")}},
        {{QStringLiteral("ideas"), QStringLiteral("adopt")},
         optionNames("user street date note json"),
         adoptIdea,
         QT_TRANSLATE_NOOP("gdcli", "mark an idea adopted by a street as --user LOGIN: --street CODE [--date "
                                    "YYYY-MM-DD] [--note TEXT] [--json]"),
         {QStringLiteral("ID")}},
        {{QStringLiteral("ideas"), QStringLiteral("withdraw")},
         optionNames("user street"),
         withdrawIdeaAdoption,
         QT_TRANSLATE_NOOP("gdcli", "take back an adoption recorded by mistake as --user LOGIN: --street CODE"),
         {QStringLiteral("ID")}},
        {{QStringLiteral("ideas"), QStringLiteral("list")},
         optionNames("year json"),
         listIdeas,
         QT_TRANSLATE_NOOP("gdcli", "the good ideas with their visits and adoptions, newest first [--year YYYY] "
                                    "[--json]")},
    };
}

} // namespace gdcli
