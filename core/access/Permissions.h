#pragma once
// Who may do what. Enforced in the services, so the window and the CLI obey the same rules.
#include "Actor.h"
#include "storage/Result.h"

namespace gd {

class Database;

enum class Permission {
    EditOrganisation,   // streets, communities, grids, police grids, units
    EditBuildings,      // buildings and addresses inside grids
    EditWorkers,        // workers, their grids, ladder and cover
    ManageOperators,    // create operators, reset passwords
    EditSettings,       // office identity and other settings kept in the file
    HandleCases,        // register residents' requests and move them through the workflow
    SuperviseCases,     // decide extensions and returns, supervise (督办), reopen without dissatisfaction
    ScoreReviews,       // type in the monthly review's scores (supervisors)
    ApproveReviews,     // approve or reopen a month's review: supervisors only (not administrators)
    ExportPersonalData, // write residents' phone numbers in full into an export (administrators; audited)
    RecordGridWork,     // record visits, patrols and the care register (every grid worker at the desk)
};

bool roleAllows(Role role, Permission permission);
// Ok when the database's signed-in actor holds the permission; a translated refusal otherwise.
Status requirePermission(const Database &db, Permission permission);

} // namespace gd
