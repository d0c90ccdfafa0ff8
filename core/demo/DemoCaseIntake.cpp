// CaseSimulator, part one: who reports what, where, when and through which channel; ids,
// numbers, handlers and deadlines. The timeline itself is in DemoCaseTimeline.cpp.
#include "DemoCaseTimeline.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>

namespace gd::demo {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DemoCases)
};

const char *const kChannelKeys[] = {"walk_in", "phone", "hotline_12345", "online", "patrol"};
const char *const kUrgencyKeys[] = {"normal", "urgent", "emergency"};
enum Urgency { Normal, Urgent, Emergency };
const char *const kTypeKeys[] = {"consultation", "help", "complaint", "report", "suggestion", "praise"};
enum Type { Consultation, Help, Complaint, ReportType, Suggestion, Praise, TypeCount };

int typeIndex(std::string_view key)
{
    for (int i = 0; i < TypeCount; ++i)
        if (key == kTypeKeys[i])
            return i;
    return Help;
}

// Mid-November to mid-March: Qingdao's heating season, when heating complaints dominate.
bool heatingSeason(qint64 ms)
{
    const CivilDate d = civilFromDays(chinaDay(ms));
    return d.month == 12 || d.month <= 2 || (d.month == 11 && d.day >= 15) || (d.month == 3 && d.day <= 15);
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

const char *channelKey(int channel)
{
    return kChannelKeys[channel];
}

CaseSimulator::CaseSimulator(const DemoOrg &org, const DeadlineRules &rules, const WorkCalendar &calendar, quint64 seed,
                             qint64 endMs, Rng &rng)
    : m_org(org)
    , m_rules(rules)
    , m_calendar(calendar)
    , m_seed(seed)
    , m_endMs(endMs)
    , m_rng(rng)
    , m_ids(seed)
{
    for (const char *u : kUrgencyKeys)
        m_urgencies << QString::fromLatin1(u);
    for (const char *t : kTypeKeys)
        m_types << QString::fromLatin1(t);
}

Status CaseSimulator::prepare()
{
    m_templates = caseTemplates();
    bool any = false;
    for (int season = 0; season < 2; ++season)
        for (int patrol = 0; patrol < 2; ++patrol)
            m_cumulative[season][patrol].clear();
    m_categoryOf.clear();
    for (const CaseTemplate &t : m_templates) {
        const auto found = m_org.categories.find(t.category);
        const DemoOrg::Category *category = found == m_org.categories.end() ? nullptr : &found->second;
        m_categoryOf.push_back(category);
        any = any || category;
        const bool patrolFinds = t.place != CasePlace::Home && !(t.flags & kConsultation);
        for (int season = 0; season < 2; ++season) {
            double w = category ? double(t.weight) : 0.0;
            if (t.flags & kHeating)
                w *= season ? 3.0 : 0.08; // a few off-season heating cases: leaks, repairs, fees
            for (int patrol = 0; patrol < 2; ++patrol) {
                std::vector<double> &c = m_cumulative[season][patrol];
                c.push_back((c.empty() ? 0.0 : c.back()) + (patrol && !patrolFinds ? 0.0 : w));
            }
        }
    }
    if (!any)
        return Error::make(ErrorKind::Invalid, Text::tr("None of the demo cases' categories is in this file's category "
                                                        "tree, so no demo cases can be made."));
    m_buildingCumulative.clear();
    double total = 0;
    for (const DemoOrg::Building &b : m_org.buildings)
        m_buildingCumulative.push_back(total += double(b.households));
    return {};
}

int CaseSimulator::pickTemplate(bool heating, bool patrol)
{
    const std::vector<double> &c = m_cumulative[heating ? 1 : 0][patrol ? 1 : 0];
    const double x = m_rng.unit() * c.back();
    return int(std::upper_bound(c.begin(), c.end(), x) - c.begin()) % int(c.size());
}

int CaseSimulator::pickBuilding()
{
    const double x = m_rng.unit() * m_buildingCumulative.back();
    const auto it = std::upper_bound(m_buildingCumulative.begin(), m_buildingCumulative.end(), x);
    return int(std::min<size_t>(size_t(it - m_buildingCumulative.begin()), m_buildingCumulative.size() - 1));
}

// A resident of a building, the same name and phone whenever (building, k) comes up again:
// people who call more than once call from the same phone.
void CaseSimulator::resident(int building, int k, std::string &name, std::string &phone) const
{
    const quint64 h = mix(m_seed ^ mix((quint64(building) << 24) ^ quint64(k)));
    const quint64 h2 = mix(h);
    const List<const char *> family = surnames();
    const bool female = (h >> 32) & 1;
    const double u = double(h & 0xFFFF) / 65536.0;
    name = family[size_t(u * u * double(family.count))];
    if ((h >> 16) % 100 < 72) {
        const List<const char *> middle = female ? femaleMiddle() : maleMiddle();
        name += middle[size_t((h >> 24) % middle.count)];
    }
    const List<const char *> given = female ? femaleGiven() : maleGiven();
    name += given[size_t((h >> 40) % given.count)];
    const List<const char *> prefixes = mobilePrefixes();
    phone = prefixes[size_t(h2 % prefixes.count)];
    appendInt(phone, qint64((h2 >> 8) % 100000000ULL), 8);
}

void CaseSimulator::fill(std::string &out, const char *text) const
{
    const DemoOrg::Building &b = m_org.buildings[size_t(m_building)];
    for (const char *p = text; *p; ++p) {
        if (*p != '{' || !p[1] || p[2] != '}') {
            out += *p;
            continue;
        }
        switch (p[1]) {
        case 'b': out += b.name; break;
        case 'r': out += b.road; break;
        case 'u': appendInt(out, m_unit); break;
        case 'f': appendInt(out, m_floor); break;
        case 'n': appendInt(out, m_flat); break;
        case 'd': out += m_duration; break;
        default: out.append(p, 3); break;
        }
        p += 2;
    }
}

// A 12345 order number: the hotline's day and its running number that day.
void CaseSimulator::hotlineOrder(qint64 ms, std::string &out)
{
    const qint64 day = chinaDay(ms);
    const int seq = ++m_hotlineSeq[day];
    const CivilDate d = civilFromDays(day);
    out.assign("QD");
    appendInt(out, d.year, 4);
    appendInt(out, d.month, 2);
    appendInt(out, d.day, 2);
    appendInt(out, seq, 5);
}

// "CODE-YYYYMMDD-NNNN" as registration makes it (CaseService::nextNumber): the office's code, the
// day of arrival in Beijing time, and the day's running number (cases are made in arrival order).
void CaseSimulator::number(CaseRecord &c)
{
    const qint64 day = chinaDay(c.receivedMs);
    if (day != m_numberDay) {
        m_numberDay = day;
        m_numberSeq = 0;
    }
    const CivilDate d = civilFromDays(day);
    std::string n = m_caseCode;
    n += '-';
    appendInt(n, d.year, 4);
    appendInt(n, d.month, 2);
    appendInt(n, d.day, 2);
    n += '-';
    appendInt(n, ++m_numberSeq, 4);
    c.numberLength = int(qMin(n.size(), sizeof(c.number)));
    std::copy_n(n.data(), c.numberLength, c.number);
}

CaseSimulator::Handler CaseSimulator::handlerFor(CaseHandler kind, int grid)
{
    const DemoOrg::Grid &g = m_org.grids[size_t(grid)];
    const DemoOrg::Street *street = nullptr;
    if (const int s = m_org.communities[size_t(g.community)].street; s >= 0)
        street = &m_org.streets[size_t(s)];
    Handler h;
    auto unitOfKind = [&](const char *k) {
        const auto it = m_org.unitsOfKind.find(k);
        if (it != m_org.unitsOfKind.end() && !it->second.empty())
            h.unit = it->second[size_t(m_building) % it->second.size()];
    };
    switch (kind) {
    case CaseHandler::Grid: break;
    case CaseHandler::PoliceGrid:
        if (g.officer >= 0)
            h.worker = g.officer;
        else if (street)
            h.unit = street->police;
        break;
    case CaseHandler::Property: h.unit = g.property; break;
    case CaseHandler::Water: unitOfKind("water"); break;
    case CaseHandler::Power: unitOfKind("power"); break;
    case CaseHandler::Gas: unitOfKind("gas"); break;
    case CaseHandler::Heating: unitOfKind("heating"); break;
    case CaseHandler::Telecom: unitOfKind("telecom"); break;
    case CaseHandler::LawEnforcement: h.unit = street ? street->enforcement : -1; break;
    case CaseHandler::CityOffice: h.unit = street ? street->cityOffice : -1; break;
    case CaseHandler::SafetyOffice: h.unit = street ? street->safetyOffice : -1; break;
    }
    if (h.worker < 0 && h.unit < 0)
        h.worker = g.handler; // the grid worker takes what has no unit, as the desk would do
    if (h.worker < 0 && h.unit < 0 && street)
        h.unit = street->cityOffice;
    return h;
}

// A first dispatch that goes wrong (退单): a unit's matter sent to the grid worker, or a grid's
// matter sent to the neighbouring grid.
CaseSimulator::Handler CaseSimulator::wrongHandler(const Handler &right, int grid, const char **reason)
{
    const DemoOrg::Grid &g = m_org.grids[size_t(grid)];
    Handler wrong;
    if (right.unit >= 0) {
        wrong.worker = g.handler;
        *reason = m_rng.chance(0.5) ? "unclear_ownership" : "overlapping_duties";
    } else {
        const int next = grid + 1 < int(m_org.grids.size()) ? grid + 1 : grid - 1;
        if (next >= 0)
            wrong.worker = m_org.grids[size_t(next)].handler;
        *reason = "wrong_area";
    }
    return wrong;
}

// The lead's (from arrival) and the handler's (from the dispatch) deadline, by the office's rules.
// A working-day deadline depends only on the day it starts, so it is computed once per day.
Result<qint64> CaseSimulator::dueFrom(qint64 fromMs)
{
    if (m_roundTheClock)
        return m_rules.dueMs(m_calendar, fromMs, m_urgencies[m_urgency], m_types[m_type], m_route);
    const qint64 key = chinaDay(fromMs) * 64 + m_urgency * 8 + m_type;
    const auto hit = m_dueCache.find(key);
    if (hit != m_dueCache.end())
        return hit->second;
    auto due = m_rules.dueMs(m_calendar, fromMs, m_urgencies[m_urgency], m_types[m_type], m_route);
    if (due)
        m_dueCache.emplace(key, *due);
    return due;
}

// By when the handler signs for a case dispatched then: it depends only on the day (a working-day
// count ends at the end of its day), so it too is computed once per day.
Result<qint64> CaseSimulator::signByFrom(qint64 dispatchedMs)
{
    if (m_roundTheClock)
        return m_rules.signByMs(m_calendar, dispatchedMs);
    const qint64 day = chinaDay(dispatchedMs);
    const auto hit = m_signCache.find(day);
    if (hit != m_signCache.end())
        return hit->second;
    auto due = m_rules.signByMs(m_calendar, dispatchedMs);
    if (due)
        m_signCache.emplace(day, *due);
    return due;
}

Result<qint64> CaseSimulator::extendedDue(qint64 dueMs, int days)
{
    const qint64 key = chinaDay(dueMs) * 64 + days;
    const auto hit = m_extensionCache.find(key);
    if (hit != m_extensionCache.end())
        return hit->second;
    auto due = m_rules.extendedDueMs(m_calendar, dueMs, days, 0);
    if (due)
        m_extensionCache.emplace(key, *due);
    return due;
}

// Office hours (08:00–18:00, UTC+8): what the desk or a handler does happens then, the next
// morning when the delay ends at night. Emergencies and utilities are handled at any hour.
qint64 CaseSimulator::office(qint64 t)
{
    if (m_roundTheClock)
        return t;
    const qint64 tod = (t + kChinaOffsetMs) % kDayMs;
    if (tod < 8 * kHourMs)
        return t - tod + 8 * kHourMs + m_rng.between(0, 50 * kMinuteMs);
    if (tod >= 18 * kHourMs)
        return t - tod + kDayMs + 8 * kHourMs + m_rng.between(0, 50 * kMinuteMs);
    return t;
}

Status CaseSimulator::make(int ordinal, qint64 receivedMs, int channel, CaseRecord &c)
{
    m_ordinal = ordinal;
    m_stopped = false;
    m_pending.clear();
    m_nextPending = 0;
    c.eventCount = 0;
    c.state = State::Registered;
    c.handlerWorkerId = c.handlerUnitId = nullptr;
    c.dueMs = c.handlerDueMs = c.signByMs = c.callbackDueMs = c.completedMs = c.closedMs = c.updatedMs = 0;
    c.supervision = "none";
    c.satisfaction = "";
    c.callbackResult = "";
    c.level = "grid";
    c.solved = -1;
    c.reopenCount = 0;
    c.reportCount = 1;
    c.extensionPending = c.extensionUsed = false;

    char *end = std::copy_n("case/", 5, m_key);
    end = std::to_chars(end, m_key + sizeof m_key, ordinal).ptr;
    m_ids.make(std::string_view(m_key, size_t(end - m_key)), c.id);
    c.receivedMs = receivedMs;
    m_channel = channel;
    c.channel = kChannelKeys[channel];
    c.proactive = channel == Patrol;

    const int t = pickTemplate(heatingSeason(receivedMs), c.proactive);
    m_template = &m_templates[size_t(t)];
    const DemoOrg::Category &category = *m_categoryOf[size_t(t)];
    m_building = pickBuilding();
    const DemoOrg::Building &b = m_org.buildings[size_t(m_building)];
    m_grid = b.grid;
    const DemoOrg::Grid &g = m_org.grids[size_t(m_grid)];
    const DemoOrg::Community &community = m_org.communities[size_t(g.community)];
    m_unit = 1 + m_rng.below(m_rng.chance(0.7) ? 3 : 4);
    m_floor = 1 + m_rng.below(7);
    m_flat = m_floor * 100 + 1 + m_rng.below(2);
    m_duration = pick(m_rng, durations());

    // The usual request type most of the time, another of the template's otherwise.
    std::string_view types(m_template->types);
    std::string_view first = types.substr(0, types.find(','));
    m_type = typeIndex(first);
    if (first.size() < types.size() && m_rng.chance(0.3)) {
        std::string_view rest = types.substr(first.size() + 1);
        int count = 1 + int(std::count(rest.begin(), rest.end(), ','));
        int which = m_rng.below(count);
        while (which-- > 0)
            rest = rest.substr(rest.find(',') + 1);
        m_type = typeIndex(rest.substr(0, rest.find(',')));
    }
    const unsigned flags = m_template->flags;
    if (flags & kEmergency)
        m_urgency = m_rng.chance(0.75) ? Emergency : Urgent;
    else if (flags & kUrgent)
        m_urgency = m_rng.chance(0.3) ? Urgent : Normal;
    else
        m_urgency = !(flags & kConsultation) && m_rng.chance(0.025) ? Urgent : Normal;
    m_route = category.route;
    m_roundTheClock =
        DeadlineRules::isEmergency(m_urgencies[m_urgency], m_route) || m_rules.routeHours.contains(m_route);

    c.categoryId = &category.id;
    c.requestType = kTypeKeys[m_type];
    c.urgency = kUrgencyKeys[m_urgency];
    c.buildingId = &b.id;
    c.gridId = &g.id;
    c.leadOrgId = &community.id;
    c.leadName = &community.name;
    c.anonymous = false;
    c.reporterPhone.clear();
    c.reporterName.clear();
    c.foundByWorkerId = nullptr;
    if (c.proactive) {
        if (g.handler >= 0) { // the grid's worker found it on patrol
            c.reporterName = m_org.workers[size_t(g.handler)].name;
            c.foundByWorkerId = &m_org.workers[size_t(g.handler)].id;
        }
    } else if (m_rng.chance(channel == Hotline || channel == Online ? 0.06 : 0.02)) {
        c.anonymous = true;
    } else {
        resident(m_building, m_rng.below(b.households), c.reporterName, c.reporterPhone);
    }
    c.address = m_template->place == CasePlace::Road ? b.address : b.name;
    if (m_template->place == CasePlace::Home) {
        appendInt(c.address, m_unit);
        c.address += "单元";
        appendInt(c.address, m_flat);
        c.address += "室";
    } else if (m_template->place == CasePlace::Road) {
        c.address += "附近";
    }
    c.description.assign(c.proactive ? "网格员巡查发现：" : "");
    fill(c.description, m_template->description);
    c.request.clear();
    fill(c.request, m_template->request);
    c.hotlineOrder.clear();
    if (channel == Hotline)
        hotlineOrder(receivedMs, c.hotlineOrder);
    number(c);

    // Repeats: the same matter again, from a neighbour or from the same phone through another
    // channel, while the case is open. Written in their place on the timeline.
    if (m_rng.chance(0.06)) {
        const double u = m_rng.unit();
        const int k = u < 0.7 ? 1 : u < 0.9 ? 2 : u < 0.97 ? 3 : 4;
        for (int i = 0; i < k; ++i) {
            Pending p;
            p.at = receivedMs + m_rng.between(2 * kHourMs, 10 * kDayMs);
            p.neighbour = c.reporterPhone.empty() || m_rng.chance(0.5);
            const double x = m_rng.unit();
            p.channel = x < 0.55 ? Hotline : x < 0.75 ? Phone : x < 0.9 ? WalkIn : Online;
            if (!p.neighbour && p.channel == channel)
                p.channel = channel == Hotline ? Phone : Hotline;
            m_pending.push_back(p);
        }
        std::sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) { return a.at < b.at; });
    }
    return handle(c, receivedMs);
}

} // namespace gd::demo
