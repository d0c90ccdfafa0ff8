#include "Tables.h"

namespace gd::tables {

namespace {
// The texts people write in several lines: notes, what happened and what is asked, a grid's
// scope, the duties on a card. Every other text is one line (multiLineFields() says the same to
// the package checks).
bool writtenInLines(const QString &field)
{
    return multiLineFields().contains(field);
}

TableDef def(const char *name, std::initializer_list<const char *> fields,
             std::initializer_list<const char *> required = {})
{
    TableDef d;
    d.name = QString::fromLatin1(name);
    for (const char *f : fields) {
        d.fields << QString::fromLatin1(f);
        if (writtenInLines(d.fields.last()))
            d.multiline << d.fields.last();
    }
    for (const char *f : required)
        d.required << QString::fromLatin1(f);
    return d;
}
} // namespace

const TableDef &streets()
{
    static const TableDef d = def("streets", {"code", "name", "active"}, {"code", "name"});
    return d;
}
const TableDef &communities()
{
    static const TableDef d =
        def("communities", {"street_id", "code", "name", "address", "phone", "wechat", "active", "qr_url", "qr_image"},
            {"street_id", "code", "name"});
    return d;
}
const TableDef &grids()
{
    static const TableDef d =
        def("grids",
            {"community_id", "code", "name", "kind", "scope", "households", "residents", "elderly_percent", "worker_id",
             "head_id", "police_grid_id", "active", "property_unit_id", "no_property", "promise"},
            {"community_id", "code", "name"});
    return d;
}
const TableDef &policeGrids()
{
    static const TableDef d = def("police_grids", {"street_id", "code", "name", "station", "officer_id", "active"});
    return d;
}
const TableDef &buildings()
{
    static const TableDef d =
        def("buildings", {"grid_id", "name", "address", "households", "active", "compound", "property_unit_id"});
    return d;
}
const TableDef &addresses()
{
    static const TableDef d = def("addresses", {"building_id", "grid_id", "text", "normalized"});
    return d;
}
const TableDef &units()
{
    static const TableDef d = def("units", {"name", "kind", "service_phone", "address", "street_id", "active"});
    return d;
}
const TableDef &unitContacts()
{
    static const TableDef d = def("unit_contacts", {"unit_id", "name", "role", "phone"});
    return d;
}
const TableDef &workers()
{
    static const TableDef d =
        def("workers",
            {"name", "sex", "phone", "kind", "community_id", "start_date", "status", "star", "photo", "party_member"},
            {"name", "kind"});
    return d;
}
const TableDef &workerGrids()
{
    static const TableDef d = def("worker_grids", {"worker_id", "grid_id"});
    return d;
}
const TableDef &careerSteps()
{
    static const TableDef d = def("career_steps", {"worker_id", "stage", "date", "note"});
    return d;
}
const TableDef &gridCovers()
{
    static const TableDef d = def("grid_covers", {"grid_id", "worker_id", "start_date", "end_date", "monthly_subsidy"});
    return d;
}

const TableDef &calendarDays()
{
    static const TableDef d = def("calendar_days", {"date", "kind", "name"});
    return d;
}
const TableDef &categories()
{
    static const TableDef d = def("categories", {"parent_id", "code", "name", "route", "active"});
    return d;
}
const TableDef &cases()
{
    static const TableDef d = [] {
        TableDef t = def("cases",
                         {"number", "hotline_order", "channel", "request_type", "category_id", "urgency", "proactive",
                          "reporter_name", "reporter_phone", "anonymous", "address", "building_id", "grid_id",
                          "description", "request", "received_ms", "lead_org_id", "lead_name", "found_by_worker_id"},
                         {"number", "channel", "request_type", "category_id", "urgency", "description", "received_ms"});
        t.atLeast << qMakePair(QStringLiteral("received_ms"), kEarliestMs);
        // The handler and the state follow the timeline: dispatch, return, sign… are events.
        for (const char *f : {"handler_worker_id", "handler_unit_id", "state",      "due_ms",       "handler_due_ms",
                              "supervision",       "satisfaction",    "solved",     "completed_ms", "closed_ms",
                              "reopen_count",      "report_count",    "updated_ms", "branches",     "sign_by_ms",
                              "callback_due_ms",   "callback_result", "level",      "repeat_of",    "repeat_review"})
            t.derived << QString::fromLatin1(f);
        return t;
    }();
    return d;
}

const TableDef &careHouseholds()
{
    static const TableDef d =
        def("care_households",
            {"grid_id", "building_id", "address", "name", "phone", "kind", "interval_days", "note", "active"},
            {"grid_id", "name", "kind"});
    return d;
}
const TableDef &visits()
{
    static const TableDef d = [] {
        TableDef t = def("visits",
                         {"worker_id", "kind", "at_ms", "grid_id", "building_id", "unit", "room", "place",
                          "household_id", "people_met", "found", "note", "case_id"},
                         {"worker_id", "kind", "at_ms", "grid_id"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &visitPhotos()
{
    static const TableDef d = def("visit_photos", {"visit_id", "image"}, {"visit_id", "image"});
    return d;
}

const TableDef &disputes()
{
    static const TableDef d = [] {
        TableDef t = def("disputes",
                         {"grid_id", "source", "case_id", "kind", "risk", "found_ms", "found_by", "summary", "outcome",
                          "outcome_ms", "agreement", "referred_to", "outcome_note", "followup_ms", "followup_note",
                          "reviewed_ms", "reviewed_by", "review_note"},
                         {"grid_id", "source", "kind", "risk", "found_ms", "outcome"});
        t.atLeast << qMakePair(QStringLiteral("found_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &disputeParties()
{
    static const TableDef d =
        def("dispute_parties", {"dispute_id", "name", "phone", "address"}, {"dispute_id", "name"});
    return d;
}
const TableDef &disputeMediators()
{
    static const TableDef d =
        def("dispute_mediators", {"dispute_id", "kind", "worker_id", "name"}, {"dispute_id", "kind"});
    return d;
}
const TableDef &disputeSessions()
{
    static const TableDef d = [] {
        TableDef t = def("dispute_sessions", {"dispute_id", "at_ms", "place", "result", "note"},
                         {"dispute_id", "at_ms", "result"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &disputeFiles()
{
    static const TableDef d = def("dispute_files", {"dispute_id", "name", "data"}, {"dispute_id", "data"});
    return d;
}

const TableDef &jointTeamMembers()
{
    static const TableDef d =
        def("joint_team_members", {"grid_id", "worker_id", "role"}, {"grid_id", "worker_id", "role"});
    return d;
}
const TableDef &jointActivities()
{
    static const TableDef d = [] {
        TableDef t = def("joint_activities", {"police_grid_id", "kind", "at_ms", "summary", "recorded_by", "note"},
                         {"police_grid_id", "kind", "at_ms", "summary"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &jointActivityGrids()
{
    static const TableDef d = def("joint_activity_grids", {"activity_id", "grid_id"}, {"activity_id", "grid_id"});
    return d;
}
const TableDef &jointActivityPeople()
{
    static const TableDef d = def("joint_activity_people", {"activity_id", "worker_id", "name"}, {"activity_id"});
    return d;
}
const TableDef &jointActivityLinks()
{
    static const TableDef d = def("joint_activity_links", {"activity_id", "case_id", "dispute_id"}, {"activity_id"});
    return d;
}
const TableDef &jointMeetings()
{
    static const TableDef d = [] {
        TableDef t =
            def("joint_meetings",
                {"level", "street_id", "community_id", "grid_id", "at_ms", "topic", "issues", "decisions", "note"},
                {"level", "street_id", "at_ms", "topic"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &jointMeetingPeople()
{
    static const TableDef d = def("joint_meeting_people", {"meeting_id", "worker_id", "name"}, {"meeting_id"});
    return d;
}
const TableDef &jointTasks()
{
    static const TableDef d =
        def("joint_tasks", {"meeting_id", "text", "owner_id", "due_ms", "done_ms", "done_note", "case_id"},
            {"meeting_id", "text", "owner_id", "due_ms"});
    return d;
}

const TableDef &councils()
{
    static const TableDef d = [] {
        TableDef t =
            def("councils",
                {"kind", "community_id", "grid_id", "at_ms", "topic", "place", "residents", "party_members", "leaders",
                 "property", "staff", "others", "positions", "resolution", "rule_title", "rule_text"},
                {"kind", "community_id", "at_ms", "topic"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &councilCases()
{
    static const TableDef d = def("council_cases", {"council_id", "case_id"}, {"council_id", "case_id"});
    return d;
}

const TableDef &volunteerKinds()
{
    static const TableDef d = def("volunteer_kinds", {"name", "active"}, {"name"});
    return d;
}
const TableDef &volunteerTeams()
{
    static const TableDef d = def("volunteer_teams", {"name", "community_id", "grid_id", "leader_id", "note", "active"},
                                  {"name", "community_id"});
    return d;
}
const TableDef &volunteerMembers()
{
    static const TableDef d = def("volunteer_members", {"team_id", "worker_id"}, {"team_id", "worker_id"});
    return d;
}
const TableDef &volunteerServices()
{
    static const TableDef d = [] {
        TableDef t = def("volunteer_services",
                         {"team_id", "grid_id", "kind_id", "at_ms", "hours", "households", "summary", "note"},
                         {"team_id", "grid_id", "kind_id", "at_ms", "hours"});
        t.atLeast << qMakePair(QStringLiteral("at_ms"), kEarliestMs);
        return t;
    }();
    return d;
}
const TableDef &volunteerServicePeople()
{
    static const TableDef d = def("volunteer_service_people", {"service_id", "worker_id"}, {"service_id", "worker_id"});
    return d;
}

const TableDef &ratingItems()
{
    static const TableDef d = def(
        "rating_items", {"code", "name", "kind", "source", "max_points", "params", "from_month", "to_month", "sort"});
    return d;
}
const TableDef &ratingMonths()
{
    static const TableDef d = def("rating_months", {"month", "state", "submitted_by", "approved_by", "approved_ms",
                                                    "reopen_count", "note", "scope", "submitted_ms"});
    return d;
}
const TableDef &ratingEntries()
{
    static const TableDef d = def("rating_entries", {"month", "worker_id", "item_id", "value", "note"});
    return d;
}

const TableDef &ratingResults()
{
    static const TableDef d = def("rating_results", {"month", "worker_id", "total", "veto", "star_before", "star_after",
                                                     "reason", "explanation", "items"});
    return d;
}

const TableDef &ratingAppeals()
{
    static const TableDef d = def("rating_appeals", {"month", "worker_id", "text", "filed_by", "filed_ms", "answer",
                                                     "answered_by", "answered_ms"});
    return d;
}

const TableDef &trainings()
{
    static const TableDef d = def("trainings", {"date", "topic", "trainer_unit", "note", "expert"}, {"date", "topic"});
    return d;
}
const TableDef &trainingAttendees()
{
    static const TableDef d = def("training_attendees", {"training_id", "worker_id", "score", "comment"});
    return d;
}
const TableDef &trainingNeeds()
{
    static const TableDef d = def("training_needs", {"name", "active"}, {"name"});
    return d;
}
const TableDef &trainingSessionNeeds()
{
    static const TableDef d = def("training_session_needs", {"training_id", "need_id"}, {"training_id", "need_id"});
    return d;
}
const TableDef &trainingOrders()
{
    static const TableDef d =
        def("training_orders", {"worker_id", "need_id", "ordered_on", "note"}, {"worker_id", "need_id", "ordered_on"});
    return d;
}
const TableDef &trainingMaterials()
{
    static const TableDef d =
        def("training_materials", {"training_id", "name", "data"}, {"training_id", "name", "data"});
    return d;
}

const TableDef &exemplaryCases()
{
    static const TableDef d = def("exemplary_cases",
                                  {"source_kind", "source_id", "community_id", "grid_id", "happened_on", "category",
                                   "title", "background", "actions", "effect", "lessons", "worker_id", "worker_name",
                                   "worker_star", "state", "approved_by", "approved_ms"},
                                  {"source_kind", "source_id", "community_id", "happened_on", "category", "title"});
    return d;
}
const TableDef &exemplaryPhotos()
{
    static const TableDef d = def("exemplary_photos", {"exemplary_id", "image", "caption"}, {"exemplary_id", "image"});
    return d;
}

const TableDef &ideas()
{
    static const TableDef d = def("ideas", {"street_id", "title", "description", "used_where", "proposed_on"},
                                  {"street_id", "title", "proposed_on"});
    return d;
}
const TableDef &ideaVisits()
{
    static const TableDef d =
        def("idea_visits", {"idea_id", "street_id", "visited_on", "visitors", "comments", "refinement"},
            {"idea_id", "visited_on"});
    return d;
}
const TableDef &ideaAdoptions()
{
    static const TableDef d =
        def("idea_adoptions", {"idea_id", "street_id", "adopted_on", "note"}, {"idea_id", "street_id", "adopted_on"});
    return d;
}

QList<const TableDef *> all()
{
    return {&streets(),
            &communities(),
            &workers(),
            &policeGrids(),
            &grids(),
            &workerGrids(),
            &buildings(),
            &addresses(),
            &units(),
            &unitContacts(),
            &careerSteps(),
            &gridCovers(),
            &calendarDays(),
            &categories(),
            &cases(),
            &ratingItems(),
            &ratingMonths(),
            &ratingEntries(),
            &ratingResults(),
            &trainings(),
            &trainingAttendees(),
            &trainingNeeds(),
            &trainingSessionNeeds(),
            &trainingOrders(),
            &trainingMaterials(),
            &ratingAppeals(),
            &careHouseholds(),
            &visits(),
            &visitPhotos(),
            &disputes(),
            &disputeParties(),
            &disputeMediators(),
            &disputeSessions(),
            &disputeFiles(),
            &jointTeamMembers(),
            &jointActivities(),
            &jointActivityGrids(),
            &jointActivityPeople(),
            &jointActivityLinks(),
            &jointMeetings(),
            &jointMeetingPeople(),
            &jointTasks(),
            &councils(),
            &councilCases(),
            &volunteerKinds(),
            &volunteerTeams(),
            &volunteerMembers(),
            &volunteerServices(),
            &volunteerServicePeople(),
            &exemplaryCases(),
            &exemplaryPhotos(),
            &ideas(),
            &ideaVisits(),
            &ideaAdoptions()};
}

const TableDef *byName(const QString &name)
{
    for (const TableDef *d : all())
        if (d->name == name)
            return d;
    return nullptr;
}

QStringList metaColumns()
{
    return {QStringLiteral("id"),      QStringLiteral("origin_site"), QStringLiteral("created_hlc"),
            QStringLiteral("site"),    QStringLiteral("hlc"),         QStringLiteral("vv"),
            QStringLiteral("fstamps"), QStringLiteral("deleted")};
}

const QStringList &multiLineFields()
{
    static const QStringList fields{
        QStringLiteral("note"),          QStringLiteral("description"), QStringLiteral("request"),
        QStringLiteral("scope"),         QStringLiteral("duties"),      QStringLiteral("found"),
        QStringLiteral("summary"),       QStringLiteral("agreement"),   QStringLiteral("outcome_note"),
        QStringLiteral("followup_note"), QStringLiteral("review_note"), QStringLiteral("issues"),
        QStringLiteral("decisions"),     QStringLiteral("done_note"),   QStringLiteral("positions"),
        QStringLiteral("resolution"),    QStringLiteral("rule_text"),   QStringLiteral("background"),
        QStringLiteral("actions"),       QStringLiteral("effect"),      QStringLiteral("lessons"),
        QStringLiteral("comments"),      QStringLiteral("refinement")};
    return fields;
}

} // namespace gd::tables
