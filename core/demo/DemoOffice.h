#pragma once
// The office a first start shows, so that every page has real numbers to work on: the demo
// district (DemoDistrict), a year of residents' requests in the generator's mix (DemoCases:
// recent ones open, some due today and some overdue, the older ones closed), the star review of
// every past month of that year typed in and approved (stars, charts, payouts and the year view
// filled; the home-visit item counted from a year of visits and patrols, DemoVisits.h), the year's
// dispute ledger (DemoDisputes.h), its police–grid joint work (DemoJoint.h), its residents' councils (DemoCouncils.h),
// and one package from a street office merged, with a conflict left to settle on the Exchange page. The window's first
// start and `griddesk-cli demo` both build it.
//
// Deterministic in the seed, as its parts are. The district, the cases and the reviews are one
// transaction: a cancel or a failure leaves the file as it was. Without the reviews (a district
// sized by a script) the district and the cases are a transaction each, for the bulk load's sake. The street office's
// package is merged afterwards (a merge is a transaction of its own, with its undo file beside the file); a failure
// there is reported and leaves the office without the conflict, nothing else.
#include "DemoCases.h"
#include "DemoCouncils.h"
#include "DemoDisputes.h"
#include "DemoDistrict.h"
#include "DemoGrowth.h"
#include "DemoJoint.h"
#include "DemoRepeats.h"
#include "DemoVisits.h"
#include "DemoVolunteers.h"

#include <QStringList>

namespace gd {

struct DemoOfficeOptions {
    quint64 seed = 1;
    int cases = 20000;                    // over a year
    int days = 365;                       // the cases' period (0: as DemoCases sizes it by their count)
    bool reviews = true;                  // the past months' star reviews typed in and approved
    bool withPackage = true;              // the street office's package, merged with a conflict
    QString workDir;                      // where the street office's file is made (a temporary folder when empty)
    std::function<bool(double)> progress; // 0..1; false cancels
};

struct DemoOfficeSummary {
    DemoSummary district;
    DemoCaseSummary cases;
    demorepeats::Made repeats;        // the morning's hotline orders merged or left for review
    DemoVisitsSummary visits;         // the year's visits and patrols, and the care register
    DemoDisputesSummary disputes;     // the year's dispute ledger
    DemoJointSummary joint;           // the teams, the year's joint activities and meetings
    DemoCouncilsSummary councils;     // the year's residents' councils
    DemoVolunteersSummary volunteers; // the teams and the year's volunteer services
    DemoGrowthSummary growth;         // training orders and evaluations, write-ups, good ideas
    QStringList approvedMonths;       // "2026-01" … oldest first
    QString onNotice;                 // the newest month, submitted and on public notice with an appeal, if any
    int promoted = 0, demoted = 0;    // star moves the approved months made
    int entries = 0;                  // review values typed in
    int conflicts = 0;                // left to settle from the merged package
    QString packageError;             // why the package was not merged, when it was not
};

class DemoOffice
{
public:
    static Result<DemoOfficeSummary> build(Database &db, const DemoOfficeOptions &options = {});
};

} // namespace gd
