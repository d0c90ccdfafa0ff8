#pragma once
// Internal to the demo-case generator (DemoCases.h): invents one case (who, where, what:
// DemoCaseIntake.cpp) and plays its life forward from the moment it is received (register,
// dispatch, sign, notes, extension, supervision, complete, callback, reopen, archive, repeats:
// DemoCaseTimeline.cpp) until it is archived or the generator's "now" cuts it short. The
// derived columns follow workflow::apply event by event.
#include "DemoCaseModel.h"
#include "DemoCaseTexts.h"
#include "calendar/WorkCalendar.h"
#include "cases/DeadlineRules.h"

#include <random>

namespace gd::demo {

// Draws straight from the engine (as DemoPlan does): the standard distributions differ between
// standard libraries, and one seed must give the same cases everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(unit() * double(hi - lo)); }

private:
    std::mt19937_64 m_engine;
};

enum Channel : int { WalkIn, Phone, Hotline, Online, Patrol, ChannelCount };
const char *channelKey(int channel);

template <typename T> const T &pick(Rng &rng, const List<T> &items)
{
    return items[size_t(rng.below(int(items.count)))];
}

// Touches no database: make() runs on a thread of its own while the database's thread writes
// (DemoCases.cpp), which also stamps the rows.
class CaseSimulator
{
public:
    CaseSimulator(const DemoOrg &org, const DeadlineRules &rules, const WorkCalendar &calendar, quint64 seed,
                  qint64 endMs, Rng &rng);
    // The office's four digits that open its case numbers (OfficeIdentity::caseCode).
    void setCaseCode(const QString &code) { m_caseCode = code.toStdString(); }
    // Matches the templates with the file's categories; Invalid when none of them exists.
    Status prepare();
    // The case numbered `ordinal`, received at receivedMs through `channel`, with its timeline
    // up to endMs. Errors only when a deadline cannot be computed.
    Status make(int ordinal, qint64 receivedMs, int channel, CaseRecord &c);

private:
    struct Handler {
        int worker = -1;
        int unit = -1;
        bool operator==(const Handler &o) const { return worker == o.worker && unit == o.unit; }
    };
    struct Pending {
        qint64 at;
        bool neighbour;
        int channel;
    };

    int pickTemplate(bool heating, bool patrol);
    int pickBuilding();
    void resident(int building, int k, std::string &name, std::string &phone) const;
    void fill(std::string &out, const char *text) const;
    void hotlineOrder(qint64 ms, std::string &out);
    void number(CaseRecord &c);
    Handler handlerFor(CaseHandler kind, int grid);
    Handler wrongHandler(const Handler &right, int grid, const char **reason);
    Result<qint64> dueFrom(qint64 fromMs);
    Result<qint64> signByFrom(qint64 dispatchedMs);
    // A route up names the tier it goes to (`level`); a dispatch none.
    Status dispatchTo(CaseRecord &c, EventRecord &e, const Handler &h, qint64 at, const char *level = nullptr);
    Status completed(CaseRecord &c, EventRecord &e);
    Result<qint64> extendedDue(qint64 dueMs, int days);
    qint64 office(qint64 t);
    qint64 after(qint64 t, qint64 lo, qint64 hi) { return office(t + m_rng.between(lo, hi)); }

    // Timeline: each returns false once the time lies past the end (the case stops there).
    bool reach(CaseRecord &c, qint64 t);
    EventRecord &append(CaseRecord &c, Action a, qint64 at, bool bySupervisor = false);
    void setHandler(CaseRecord &c, const Handler &h);
    void writeHandler(JsonWriter &json, const Handler &h);
    void flushReports(CaseRecord &c, qint64 until);
    void report(CaseRecord &c, const Pending &p);
    void answerReports(CaseRecord &c, qint64 at); // a reply to each attached report
    Status handle(CaseRecord &c, qint64 t);       // from registration to the end
    Status work(CaseRecord &c, qint64 signedAt, qint64 *completeAt);
    void close(CaseRecord &c, qint64 completedAt, int round);

    const DemoOrg &m_org;
    const DeadlineRules &m_rules;
    const WorkCalendar &m_calendar;
    quint64 m_seed;
    qint64 m_endMs;
    Rng &m_rng;
    DemoIdMaker m_ids;

    List<CaseTemplate> m_templates;
    std::vector<const DemoOrg::Category *> m_categoryOf; // per template; null when missing
    std::vector<double> m_cumulative[2][2];              // [heating season][patrol]
    std::vector<double> m_buildingCumulative;
    std::unordered_map<qint64, int> m_hotlineSeq; // per day
    std::unordered_map<qint64, qint64> m_dueCache, m_extensionCache, m_signCache;
    std::string m_caseCode = "0000";
    qint64 m_numberDay = -1;
    int m_numberSeq = 0; // the day's last number: cases are made in the order they arrive
    QStringList m_urgencies, m_types;

    // The case being made.
    int m_ordinal = 0;
    int m_channel = 0;
    const CaseTemplate *m_template = nullptr;
    int m_building = 0, m_grid = 0;
    int m_urgency = 0, m_type = 0;
    QString m_route;
    bool m_roundTheClock = false; // emergencies and hour-limited routes: handled at any hour
    int m_unit = 1, m_floor = 1, m_flat = 101;
    const char *m_duration = "";
    std::vector<Pending> m_pending;
    size_t m_nextPending = 0;
    bool m_stopped = false;
    char m_key[48];
};

} // namespace gd::demo
