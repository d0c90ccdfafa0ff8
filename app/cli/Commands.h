#pragma once
// The commands of griddesk-cli. Each gets the parsed command line and returns the exit code.
#include <QHash>
#include <QString>
#include <QStringList>

namespace gdcli {

// What the command line asked for: the file, and the options the command takes that were given.
struct Invocation {
    QString command; // "init", "grids list"…
    QString db;
    bool json = false;
    QHash<QString, QString> options;     // option name → value (the last, when repeated)
    QHash<QString, QStringList> repeats; // option name → every value, for repeatable options
    QStringList arguments;               // what follows the command words ("cases show 260302-7F3A9C")

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
    QStringList values(const QString &name) const { return repeats.value(name); }
};

int initFile(const Invocation &call);              // FileCommands.cpp
int buildDemo(const Invocation &call);             // FileCommands.cpp
int checkFile(const Invocation &call);             // CheckCommand.cpp
int digestFile(const Invocation &call);            // ExchangeCommands.cpp
int exportPackage(const Invocation &call);         // ExchangeCommands.cpp
int mergePackage(const Invocation &call);          // ExchangeCommands.cpp
int undoMerge(const Invocation &call);             // ExchangeCommands.cpp
int listConflicts(const Invocation &call);         // ConflictCommands.cpp
int resolveConflict(const Invocation &call);       // ConflictCommands.cpp
int settleBranch(const Invocation &call);          // ConflictCommands.cpp
int mergeRecords(const Invocation &call);          // ConflictCommands.cpp
int renumberRecord(const Invocation &call);        // ConflictCommands.cpp
int showOffice(const Invocation &call);            // TrustCommands.cpp
int writeOfficeKey(const Invocation &call);        // TrustCommands.cpp
int confirmOfficeClock(const Invocation &call);    // TrustCommands.cpp
int setOfficeCaseCode(const Invocation &call);     // TrustCommands.cpp
int exportOfficeList(const Invocation &call);      // TrustCommands.cpp
int importOfficeList(const Invocation &call);      // TrustCommands.cpp
int addTrust(const Invocation &call);              // TrustCommands.cpp
int listTrust(const Invocation &call);             // TrustCommands.cpp
int removeTrust(const Invocation &call);           // TrustCommands.cpp
int syncStatus(const Invocation &call);            // TrustCommands.cpp
int listGrids(const Invocation &call);             // OrgCommands.cpp
int listWorkers(const Invocation &call);           // PeopleCommands.cpp
int listOperators(const Invocation &call);         // OperatorCommands.cpp
int linkOperator(const Invocation &call);          // OperatorCommands.cpp
int addCase(const Invocation &call);               // CaseCommands.cpp
int listCases(const Invocation &call);             // CaseCommands.cpp
int showCase(const Invocation &call);              // CaseCommands.cpp
int actOnCase(const Invocation &call);             // CaseCommands.cpp
int searchCases(const Invocation &call);           // CaseSearchCommand.cpp
int dueCases(const Invocation &call);              // CaseDueCommand.cpp
int showStats(const Invocation &call);             // StatsCommands.cpp
int rebuildStats(const Invocation &call);          // StatsCommands.cpp
int reportMonthly(const Invocation &call);         // ReportCommand.cpp
int addVisit(const Invocation &call);              // VisitCommands.cpp
int listVisits(const Invocation &call);            // VisitCommands.cpp
int importVisits(const Invocation &call);          // VisitCommands.cpp
int addDispute(const Invocation &call);            // DisputeCommands.cpp
int actOnDispute(const Invocation &call);          // DisputeCommands.cpp
int listDisputes(const Invocation &call);          // DisputeCommands.cpp
int disputeLedger(const Invocation &call);         // DisputeCommands.cpp
int addJointActivity(const Invocation &call);      // JointCommands.cpp
int listJointActivities(const Invocation &call);   // JointCommands.cpp
int jointTeam(const Invocation &call);             // JointCommands.cpp
int addJointMeeting(const Invocation &call);       // JointCommands.cpp
int listJointMeetings(const Invocation &call);     // JointCommands.cpp
int listJointTasks(const Invocation &call);        // JointCommands.cpp
int actOnJointTask(const Invocation &call);        // JointCommands.cpp
int addCouncil(const Invocation &call);            // CouncilCommands.cpp
int listCouncils(const Invocation &call);          // CouncilCommands.cpp
int addVolunteerTeam(const Invocation &call);      // VolunteerCommands.cpp
int listVolunteerTeams(const Invocation &call);    // VolunteerCommands.cpp
int addVolunteerService(const Invocation &call);   // VolunteerCommands.cpp
int listVolunteerServices(const Invocation &call); // VolunteerCommands.cpp
int volunteerTotals(const Invocation &call);       // VolunteerCommands.cpp
int volunteerHours(const Invocation &call);        // VolunteerCommands.cpp
int computeReview(const Invocation &call);         // ReviewCommands.cpp
int submitReview(const Invocation &call);          // ReviewCommands.cpp
int approveReview(const Invocation &call);         // ReviewCommands.cpp
int reopenReview(const Invocation &call);          // ReviewCommands.cpp
int reviewPayouts(const Invocation &call);         // ReviewCommands.cpp
int reviewYear(const Invocation &call);            // ReviewCommands.cpp
int reviewRules(const Invocation &call);           // ReviewCommands.cpp
int fileReviewAppeal(const Invocation &call);      // ReviewCommands.cpp
int answerReviewAppeal(const Invocation &call);    // ReviewCommands.cpp
int listReviewAppeals(const Invocation &call);     // ReviewCommands.cpp
int addTrainingNeed(const Invocation &call);       // TrainingCommands.cpp
int listTrainingNeeds(const Invocation &call);     // TrainingCommands.cpp
int addTrainingOrder(const Invocation &call);      // TrainingCommands.cpp
int listTrainingOrders(const Invocation &call);    // TrainingCommands.cpp
int addTrainingSession(const Invocation &call);    // TrainingCommands.cpp
int listTrainingSessions(const Invocation &call);  // TrainingCommands.cpp
int evaluateTraining(const Invocation &call);      // TrainingCommands.cpp
int trainingHistory(const Invocation &call);       // TrainingCommands.cpp
int addExemplary(const Invocation &call);          // ExemplaryCommands.cpp
int approveExemplary(const Invocation &call);      // ExemplaryCommands.cpp
int listExemplary(const Invocation &call);         // ExemplaryCommands.cpp
int exemplaryBooklet(const Invocation &call);      // ExemplaryCommands.cpp
int addIdea(const Invocation &call);               // IdeaCommands.cpp
int visitIdea(const Invocation &call);             // IdeaCommands.cpp
int adoptIdea(const Invocation &call);             // IdeaCommands.cpp
int withdrawIdeaAdoption(const Invocation &call);  // IdeaCommands.cpp
int listIdeas(const Invocation &call);             // IdeaCommands.cpp
int reindexCases(const Invocation &call);          // CaseReindexCommand.cpp
int tidyCases(const Invocation &call);             // CaseReindexCommand.cpp
int importCases(const Invocation &call);           // CaseExchangeCommands.cpp
int exportCases(const Invocation &call);           // CaseExchangeCommands.cpp
int exportReplies(const Invocation &call);         // CaseExchangeCommands.cpp
int listRepeats(const Invocation &call);           // RepeatCommands.cpp
int confirmRepeat(const Invocation &call);         // RepeatCommands.cpp
int rejectRepeat(const Invocation &call);          // RepeatCommands.cpp
int attachCase(const Invocation &call);            // RepeatCommands.cpp
int splitCase(const Invocation &call);             // RepeatCommands.cpp
int printCards(const Invocation &call);            // CardsCommand.cpp
int showCalendar(const Invocation &call);          // CalendarCommands.cpp
int importCalendar(const Invocation &call);        // CalendarCommands.cpp
int calendarDue(const Invocation &call);           // CalendarCommands.cpp

} // namespace gdcli
