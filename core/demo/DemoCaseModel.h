#pragma once
// Internal to the demo-case generator (DemoCases.h): the district as plain UTF-8 records, one
// generated case and its events as they go to SQLite, and the small helpers that keep QString,
// QJsonDocument and QDateTime out of the per-row loop (ids, JSON, days in UTC+8).
#include "cases/WorkflowAction.h"
#include "storage/Result.h"

#include <QCryptographicHash>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gd {
class Database;
}

namespace gd::demo {

// ---- the district, read once -----------------------------------------------------------------

struct DemoOrg {
    struct Person {
        std::string id, name;
    };
    struct Unit {
        std::string id, name;
    };
    struct Community {
        std::string id, name;
        int street = -1;
    };
    struct Street {
        int police = -1, enforcement = -1, cityOffice = -1, safetyOffice = -1; // units
    };
    struct Grid {
        std::string id;
        int community = -1;
        int fullTime = -1; // workers: the grid's own worker (what registration assigns)
        int handler = -1;  // who works its cases: full-time, else part-time cover, else grid head
        int officer = -1;  // the paired police grid's officer
        int property = -1; // units: its property company, -1 for old blocks without one
    };
    struct Building {
        std::string id, name, address, road;
        int grid = -1;
        int households = 0;
    };
    struct Category {
        std::string id;
        QString route; // the effective route (a child inherits its parent's)
    };
    struct Operator {
        std::string id, login, name;
    };

    std::vector<Person> workers;
    std::vector<Unit> units;
    std::vector<Community> communities;
    std::vector<Street> streets;
    std::vector<Grid> grids;
    std::vector<Building> buildings;
    std::unordered_map<std::string, Category> categories; // live categories by code
    // District-wide units by kind: water, power, gas, heating, telecom, property.
    std::unordered_map<std::string, std::vector<int>> unitsOfKind;
    Operator staff, supervisor; // the events' operators (the system actor when the file has none)
    std::string site;           // this database's site id

    // Live, active grids with their buildings (grids without buildings are left out).
    static Result<DemoOrg> load(Database &db);
};

// ---- one case as it is written ---------------------------------------------------------------

// The workflow's own actions (cases/WorkflowAction.h); their keys are workflow::key().
using Action = gd::workflow::Action;

enum class State : unsigned char {
    Registered,
    Accepted,
    Refused,
    Redirected,
    Dispatched,
    Returned,
    Signed,
    InProgress,
    Completed,
    Settled,
    CallbackDone,
    Archived,
};
const char *stateKey(State s);
bool isOpen(State s);

struct EventRecord {
    char id[36];
    qint64 atMs = 0;
    Action action = Action::Note;
    bool bySupervisor = false;
    std::string_view note; // static text; when empty, noteText (filled from a template) is the note
    std::string noteText;
    std::string data; // compact JSON, keys sorted as QJsonDocument writes them
};

struct CaseRecord {
    char id[36];
    char number[24]; // CODE-YYYYMMDD-NNNN as registration makes it (a fifth digit past 9999 a day)
    int numberLength = 0;
    std::string hotlineOrder;
    const char *channel = "";
    const char *requestType = "";
    const std::string *categoryId = nullptr;
    const char *urgency = "normal";
    bool proactive = false;
    std::string reporterName, reporterPhone;
    bool anonymous = false;
    std::string address;
    const std::string *buildingId = nullptr, *gridId = nullptr;
    std::string description, request;
    qint64 receivedMs = 0;
    const std::string *leadOrgId = nullptr, *leadName = nullptr;
    const std::string *foundByWorkerId = nullptr; // a proactive case's finder

    // Derived: workflow::apply's rules mirrored on these plain fields, event by event.
    const std::string *handlerWorkerId = nullptr, *handlerUnitId = nullptr;
    State state = State::Registered;
    qint64 dueMs = 0, handlerDueMs = 0, signByMs = 0, callbackDueMs = 0;
    const char *supervision = "none";
    const char *satisfaction = "";
    const char *callbackResult = ""; // reached | unreachable | declined | not_needed
    const char *level = "grid";      // the tier a route up took it to
    int solved = -1;
    qint64 completedMs = 0, closedMs = 0;
    int reopenCount = 0, reportCount = 1;
    qint64 updatedMs = 0;
    bool extensionPending = false, extensionUsed = false;

    std::vector<EventRecord> events; // grows to the longest timeline, then reused
    int eventCount = 0;
};

// ---- helpers ------------------------------------------------------------------------------------

// demo::demoId(seed, key) (a UUIDv5 of "griddesk-demo/<seed>/<key>"), without QString.
class DemoIdMaker
{
public:
    explicit DemoIdMaker(quint64 seed);
    void make(std::string_view key, char out[36]);

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    std::string m_name;
    size_t m_prefix = 0;
};

// A JSON object written straight into a string, keys in the order given (callers give them
// sorted, as QJsonDocument writes them). The demo writes a million events' details this way,
// without building a workflow::Payload for each; the keys are cases/EventPayload.cpp's, and the
// demo test reads every event back through it and replays it through the workflow's guard.
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out)
        : m_out(out)
    {
        m_out.assign(1, '{');
    }
    ~JsonWriter() { m_out += '}'; }
    JsonWriter &text(const char *key, std::string_view value);
    JsonWriter &number(const char *key, qint64 value);
    JsonWriter &boolean(const char *key, bool value);

private:
    void key(const char *key);
    std::string &m_out;
    bool m_first = true;
};

void appendInt(std::string &out, qint64 value, int width = 0); // zero-padded to width

// Days and times in UTC+8, the calendar's zone (WorkCalendar.h), as plain integers.
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kChinaOffsetMs = 8 * kHourMs;
inline qint64 chinaDay(qint64 ms) // days since 1970-01-01 (UTC+8)
{
    const qint64 local = ms + kChinaOffsetMs;
    return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
}
inline qint64 chinaDayStartMs(qint64 day)
{
    return day * kDayMs - kChinaOffsetMs;
}
struct CivilDate {
    int year, month, day;
};
CivilDate civilFromDays(qint64 days);

} // namespace gd::demo
