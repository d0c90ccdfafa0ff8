#pragma once
// The exchanged tables and their user fields (the merge metadata columns are implied). Services
// name columns only through these lists, so no column name ever comes from user text.
#include "storage/TableDef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

namespace tables {

const TableDef &streets();
const TableDef &communities();
const TableDef &grids();
const TableDef &policeGrids();
const TableDef &buildings();
const TableDef &addresses();
const TableDef &units();
const TableDef &unitContacts();
const TableDef &workers();
const TableDef &workerGrids();
const TableDef &careerSteps();
const TableDef &gridCovers();
const TableDef &calendarDays();
const TableDef &categories();
const TableDef &ratingItems();          // the review's criteria, versioned by month (rating/)
const TableDef &ratingMonths();         // a month's review: draft, submitted, approved
const TableDef &ratingEntries();        // a value typed in for a worker, an item and a month
const TableDef &ratingResults();        // a worker's month as approved: total, stars, why
const TableDef &ratingAppeals();        // a worker's appeal during the month's public notice, and its answer
const TableDef &trainings();            // a training session: date, topic, trainer's unit
const TableDef &trainingAttendees();    // who attended it
const TableDef &trainingNeeds();        // a training need: the office's list (training/)
const TableDef &trainingSessionNeeds(); // a need a session answers
const TableDef &trainingOrders();       // a worker's order of a need
const TableDef &trainingMaterials();    // a file handed out at a session
const TableDef &cases();
const TableDef &careHouseholds();         // households visited regularly: elderly living alone, disabled … (visits/)
const TableDef &visits();                 // a worker's visit to a household or patrol through the grid
const TableDef &visitPhotos();            // a photo taken on a visit, a row each
const TableDef &disputes();               // a dispute in the ledger: source, kind, risk, outcome (disputes/)
const TableDef &disputeParties();         // a party to it: name, phone, address (personal data)
const TableDef &disputeMediators();       // who mediates: the grid worker, the police officer, a lawyer …
const TableDef &disputeSessions();        // a mediation session: when, where, with what result
const TableDef &disputeFiles();           // a file kept with it: the agreement's scan
const TableDef &jointTeamMembers();       // a resident in a grid's 1+1+N team: volunteer, building leader … (joint/)
const TableDef &jointActivities();        // a police–grid joint activity of one of the five kinds
const TableDef &jointActivityGrids();     // a grid it was held in
const TableDef &jointActivityPeople();    // who took part
const TableDef &jointActivityLinks();     // a case or a dispute it worked on
const TableDef &jointMeetings();          // a three-level joint meeting: street, community or grid
const TableDef &jointMeetingPeople();     // who attended
const TableDef &jointTasks();             // a follow-up task it set: owner, due, done or a case
const TableDef &councils();               // a residents' council or grid self-management meeting (councils/)
const TableDef &councilCases();           // a request it settles
const TableDef &volunteerKinds();         // a kind of volunteer service: the office's list (volunteers/)
const TableDef &volunteerTeams();         // a volunteer team of a community or a grid
const TableDef &volunteerMembers();       // a member from the people register
const TableDef &volunteerServices();      // a service done: when, where, what kind, hours, households
const TableDef &volunteerServicePeople(); // a volunteer who served in it
const TableDef &exemplaryCases();         // an exemplary case written up (exemplary/)
const TableDef &exemplaryPhotos();        // a photo of it
const TableDef &ideas();                  // a street's good idea, a working method (ideas/)
const TableDef &ideaVisits();             // an observation visit to it
const TableDef &ideaAdoptions();          // a street that adopted it

// 2000-01-01 00:00 in Beijing: no request GridDesk keeps was received (nor visit made) before it (a
// 12345 order or a typed date before it is a mistake, such as a two-digit year).
constexpr qint64 kEarliestMs = 946656000000LL;

// Every exchanged table, parents before children.
QList<const TableDef *> all();
const TableDef *byName(const QString &name);

// The metadata columns every exchanged table carries.
QStringList metaColumns();

// The fields, in any table, whose text may hold line breaks and tabs.
const QStringList &multiLineFields();

} // namespace tables
} // namespace gd
