#pragma once
// The words of the demo cases: what residents report (description templates with slots), what
// they ask for, and what the office writes on the timeline. Plain UTF-8 data, kept apart from
// the generator so it can be read and corrected on its own, and so the generator can copy it
// into rows without going through QString.
//
// Slots in a template, filled by the generator:
//   {b} the building as residents say it ("书香家园49号楼", "三明南路2号")
//   {r} the road the building stands on ("三明南路")
//   {u} the stairwell unit (1–4)        {f} the floor (1–7)        {n} the flat ("502")
//   {d} how long it has lasted ("一个多月")
#include "DemoNames.h"

namespace gd::demo {

// Who does the work: the grid's own worker, or a unit found by its kind (and street).
enum class CaseHandler : unsigned char {
    Grid,       // the grid's full-time worker (part-time cover or grid head when vacant)
    PoliceGrid, // the paired police grid's officer (public-order leads, 警网融合)
    Property,   // the property company of the grid (the grid worker when it has none)
    Water,
    Power,
    Gas,
    Heating,
    Telecom,
    LawEnforcement, // the street's law-enforcement squad (执法中队)
    CityOffice,     // the street's city-management office (roads, lights, greenery, rubbish)
    SafetyOffice,   // the street's safety office (mediation of bigger disputes, hazards)
};

// Where the matter is: inside a flat, at the building (stairwell, yard), or on the road.
enum class CasePlace : unsigned char { Home, Building, Road };

enum CaseFlag : unsigned {
    kMeeting = 1,       // often needs a residents' council or a joint meeting (议事会/联席会)
    kUrgent = 2,        // often registered as urgent
    kEmergency = 4,     // an emergency (same-day)
    kHeating = 8,       // heating season (mid-November to mid-March) only, mostly
    kConsultation = 16, // answered on the spot: minutes, not days
};

struct CaseTemplate {
    const char *category; // leaf code of the seeded category tree
    int weight;           // relative frequency among all templates
    const char *types;    // request types, comma separated, the usual one first
    CaseHandler handler;
    CasePlace place;
    unsigned flags;
    const char *description;
    const char *request;
    const char *done; // the completion note
};

List<CaseTemplate> caseTemplates();
// "{d}": long (a matter that drags on) and short (an incident of today).
List<const char *> durations();
// Progress notes by who handles the case.
List<const char *> progressNotes(CaseHandler handler);
List<const char *> meetingNotes();
// Refusals or redirections (110, 119, 120, courts, petitions): the note says where to.
List<const char *> refuseNotes();
// A resident guided to another channel: where, and what the desk wrote.
struct Redirect {
    const char *target;
    const char *note;
};
List<Redirect> redirects();
// What the desk answered or did while the resident waited (当场办结).
List<const char *> deskAnswers();
// One note per return reason key (wrong_area, unclear_ownership, overlapping_duties).
const char *returnNote(const char *reason);
List<const char *> routeUpNotes();
List<const char *> extensionNotes();
List<const char *> superviseNotes(); // yellow, red
List<const char *> reopenNotes();
List<const char *> callbackNotes(); // satisfied, basic, dissatisfied
// Said by a neighbour or by the same resident calling again about the same matter.
List<const char *> repeatPrefixes();

} // namespace gd::demo
