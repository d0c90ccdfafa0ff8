// CaseSimulator, part two: the timeline of a case from registration to the archive (or to the
// generator's "now"), and the derived columns, which follow workflow::apply event by event.
#include "DemoCaseTimeline.h"

#include "cases/CaseTypes.h"
#include "storage/Database.h"

#include <algorithm>
#include <charconv>

namespace gd::demo {

namespace {

const char *const kSatisfactions[] = {"satisfied", "basic", "dissatisfied"};

// The events between sign-for and completion, planned first and then written in time order.
enum class Mid : unsigned char { Note, Meeting, RequestExtension, DecideExtension, Supervise };
struct MidEvent {
    qint64 at;
    Mid kind;
    int level; // supervise: 0 normal, 1 yellow, 2 red
};

} // namespace

EventRecord &CaseSimulator::append(CaseRecord &c, Action a, qint64 at, bool bySupervisor)
{
    if (size_t(c.eventCount) == c.events.size())
        c.events.emplace_back();
    EventRecord &e = c.events[size_t(c.eventCount)];
    const qint64 last = c.eventCount > 0 ? c.events[size_t(c.eventCount - 1)].atMs : at;
    char *end = std::copy_n("case/", 5, m_key);
    end = std::to_chars(end, m_key + sizeof m_key, m_ordinal).ptr;
    *end++ = '/';
    end = std::to_chars(end, m_key + sizeof m_key, c.eventCount).ptr;
    m_ids.make(std::string_view(m_key, size_t(end - m_key)), e.id);
    ++c.eventCount;
    e.atMs = std::max(at, last);
    e.action = a;
    e.bySupervisor = bySupervisor;
    e.note = {};
    e.noteText.clear();
    e.data.assign("{}");
    c.updatedMs = std::max(c.updatedMs, e.atMs);
    return e;
}

void CaseSimulator::setHandler(CaseRecord &c, const Handler &h)
{
    c.handlerWorkerId = h.worker >= 0 ? &m_org.workers[size_t(h.worker)].id : nullptr;
    c.handlerUnitId = h.unit >= 0 ? &m_org.units[size_t(h.unit)].id : nullptr;
    c.handlerDueMs = 0;
    c.signByMs = 0;
}

// A completion as CaseService records it: the time to call the resident back by.
Status CaseSimulator::completed(CaseRecord &c, EventRecord &e)
{
    c.state = State::Completed;
    c.completedMs = e.atMs;
    c.callbackResult = "";
    auto callback = m_rules.callbackDueMs(m_calendar, e.atMs);
    if (!callback)
        return callback.error(); // completed all the same, with no time to call back by
    JsonWriter(e.data).number("callback_due_ms", *callback);
    c.callbackDueMs = *callback;
    return {};
}

// A dispatch as CaseService makes it: the handler's deadline from now, never past the case's, and
// the time to sign for it by.
Status CaseSimulator::dispatchTo(CaseRecord &c, EventRecord &e, const Handler &h, qint64 at, const char *level)
{
    setHandler(c, h);
    auto due = dueFrom(at);
    if (!due)
        return due.error();
    auto signBy = signByFrom(at);
    if (!signBy)
        return signBy.error();
    c.handlerDueMs = c.dueMs > 0 ? std::min(*due, c.dueMs) : *due;
    c.signByMs = *signBy;
    JsonWriter json(e.data);
    writeHandler(json, h);
    json.number("handler_due_ms", c.handlerDueMs);
    json.number("sign_by_ms", c.signByMs);
    if (level) {
        json.text("level", level);
        c.level = level;
    }
    return {};
}

void CaseSimulator::writeHandler(JsonWriter &json, const Handler &h)
{
    if (h.unit >= 0)
        json.text("unit_id", m_org.units[size_t(h.unit)].id);
    if (h.worker >= 0)
        json.text("worker_id", m_org.workers[size_t(h.worker)].id);
}

bool CaseSimulator::reach(CaseRecord &c, qint64 t)
{
    if (m_stopped)
        return false;
    if (t > m_endMs) {
        flushReports(c, m_endMs);
        m_stopped = true;
        return false;
    }
    flushReports(c, t);
    return true;
}

void CaseSimulator::flushReports(CaseRecord &c, qint64 until)
{
    for (; m_nextPending < m_pending.size() && m_pending[m_nextPending].at <= until; ++m_nextPending)
        if (c.state != State::Refused && c.state != State::Redirected && c.state != State::Settled &&
            c.state != State::Archived) // the workflow's "report" states
            report(c, m_pending[m_nextPending]);
}

void CaseSimulator::answerReports(CaseRecord &c, qint64 at)
{
    std::vector<std::string> reports;
    for (int i = 0; i < c.eventCount; ++i)
        if (c.events[size_t(i)].action == Action::Report)
            reports.emplace_back(c.events[size_t(i)].id, 36);
    for (const std::string &id : reports) {
        EventRecord &e = append(c, Action::AnswerReport, at);
        e.note = "已向该诉求人答复办理结果。";
        JsonWriter(e.data).text("report_event_id", id);
    }
}

void CaseSimulator::report(CaseRecord &c, const Pending &p)
{
    EventRecord &e = append(c, Action::Report, p.at);
    std::string &name = e.noteText; // scratch: the event has no note
    std::string phone, address, description, order;
    if (p.neighbour) {
        resident(m_building, m_rng.below(m_org.buildings[size_t(m_building)].households + 7), name, phone);
        description = repeatPrefixes()[size_t(m_rng.below(2))];
    } else {
        name = c.reporterName;
        phone = c.reporterPhone;
        description = repeatPrefixes()[2];
    }
    // The same matter in the caller's words: the template again, with their sense of how long.
    const char *const duration = m_duration;
    m_duration = pick(m_rng, durations());
    fill(description, m_template->description);
    m_duration = duration;
    if (p.channel == Hotline)
        hotlineOrder(p.at, order);
    JsonWriter(e.data)
        .text("address", c.address)
        .boolean("anonymous", false)
        .text("channel", channelKey(p.channel))
        .text("description", description)
        .text("hotline_order", order)
        .number("received_ms", e.atMs - m_rng.between(kMinuteMs, 15 * kMinuteMs))
        .text("reporter_name", name)
        .text("reporter_phone", phone)
        .text("request", c.request)
        .text("request_type", c.requestType);
    name.clear();
    ++c.reportCount;
}

Status CaseSimulator::handle(CaseRecord &c, qint64 received)
{
    const int channel = m_channel;
    const bool quick = m_template->flags & kConsultation;
    qint64 reg = received;
    switch (channel) {
    case WalkIn: reg += m_rng.between(2 * kMinuteMs, 10 * kMinuteMs); break;
    case Phone: reg += m_rng.between(kMinuteMs, 6 * kMinuteMs); break;
    case Hotline: reg = office(reg + m_rng.between(5 * kMinuteMs, 90 * kMinuteMs)); break;
    case Online: reg = office(reg + m_rng.between(10 * kMinuteMs, 4 * kHourMs)); break;
    default: reg += m_rng.between(5 * kMinuteMs, 40 * kMinuteMs); break;
    }
    reg = std::min(reg, m_endMs);
    for (Pending &p : m_pending)
        p.at = std::max(p.at, reg + 30 * kMinuteMs);

    auto due = dueFrom(received);
    if (!due)
        return due.error();
    const DemoOrg::Grid &g = m_org.grids[size_t(m_grid)];
    const Handler first{g.fullTime, -1}; // registration gives the grid's own worker, as CaseService does
    const bool acceptedAtIntake = cases::acceptedAtIntake(QLatin1String(c.channel));
    {
        EventRecord &e = append(c, Action::Register, reg);
        JsonWriter json(e.data);
        if (acceptedAtIntake)
            json.boolean("accepted", true);
        json.number("due_ms", *due);
        writeHandler(json, first);
    }
    c.state = acceptedAtIntake ? State::Accepted : State::Registered;
    c.dueMs = *due;
    setHandler(c, first);

    qint64 t = reg;
    // A question answered, a praise or a suggestion noted while the resident is at the desk or on
    // the line: settled in the same step, no dispatch and nobody to call back.
    const std::string_view type(c.requestType);
    const bool deskMatter = type == "consultation" || type == "praise" || type == "suggestion";
    if (deskMatter && (channel == WalkIn || channel == Phone) && m_rng.chance(0.6)) {
        EventRecord &e = append(c, Action::SettleAtDesk, reg);
        e.note = pick(m_rng, deskAnswers());
        c.state = State::Settled;
        c.completedMs = c.closedMs = e.atMs;
        c.callbackResult = "not_needed";
        t = after(t, kDayMs, 12 * kDayMs);
        if (!reach(c, t))
            return {};
        append(c, Action::Archive, t);
        c.state = State::Archived;
        return {};
    }
    if (!c.proactive && !quick && m_rng.chance(0.025)) { // not accepted, or guided to 110, 119, a court…
        t = after(t, 5 * kMinuteMs, kHourMs);
        if (!reach(c, t))
            return {};
        if (m_rng.chance(0.3)) {
            append(c, Action::Refuse, t).note = pick(m_rng, refuseNotes());
            c.state = State::Refused;
        } else {
            const Redirect &r = pick(m_rng, redirects());
            EventRecord &e = append(c, Action::Redirect, t);
            e.note = r.note;
            JsonWriter(e.data).text("target", r.target);
            c.state = State::Redirected;
        }
        c.closedMs = c.events[size_t(c.eventCount - 1)].atMs;
        t = after(t, kDayMs, 12 * kDayMs);
        if (!reach(c, t))
            return {};
        answerReports(c, t); // every attached report is answered before the archive
        append(c, Action::Archive, t);
        c.state = State::Archived;
        return {};
    }
    if (!acceptedAtIntake && m_rng.chance(0.35)) {
        t = after(t, 2 * kMinuteMs, 40 * kMinuteMs);
        if (!reach(c, t))
            return {};
        append(c, Action::Accept, t);
        c.state = State::Accepted;
    }
    const Handler right = handlerFor(m_template->handler, m_grid);
    if (right.worker < 0 && right.unit < 0)
        return {}; // nobody to send it to: it waits at the desk
    const char *reason = "";
    Handler target = right;
    bool wrongFirst = !quick && !m_roundTheClock && m_rng.chance(0.05);
    if (wrongFirst) {
        target = wrongHandler(right, m_grid, &reason);
        if ((target.worker < 0 && target.unit < 0) || target == right) {
            wrongFirst = false;
            target = right;
        }
    }
    t = m_roundTheClock ? t + m_rng.between(5 * kMinuteMs, 20 * kMinuteMs)
        : quick         ? after(t, kMinuteMs, 15 * kMinuteMs)
                        : after(t, 5 * kMinuteMs, 3 * kHourMs);
    if (!reach(c, t))
        return {};
    if (Status s = dispatchTo(c, append(c, Action::Dispatch, t), target, t); !s)
        return s;
    c.state = State::Dispatched;
    if (wrongFirst) {
        t = after(t, kHourMs, 30 * kHourMs);
        if (!reach(c, t))
            return {};
        EventRecord &r = append(c, Action::Return, t);
        r.note = returnNote(reason);
        JsonWriter(r.data).text("reason", reason);
        c.state = State::Returned;
        setHandler(c, {});
        t = after(t, kHourMs, 20 * kHourMs);
        if (!reach(c, t))
            return {};
        if (Status s = dispatchTo(c, append(c, Action::DecideReturn, t, true), right, t); !s)
            return s;
        c.state = State::Dispatched;
    }
    Handler handler = right;
    for (int round = 0; round < 2; ++round) {
        t = m_roundTheClock ? t + m_rng.between(5 * kMinuteMs, 40 * kMinuteMs)
            : quick         ? after(t, kMinuteMs, 20 * kMinuteMs)
                            : after(t, 10 * kMinuteMs, 20 * kHourMs);
        if (!reach(c, t))
            return {};
        append(c, Action::Sign, t); // moves no deadline
        c.state = State::Signed;
        c.signByMs = 0;
        // Beyond the grid's means: up to the street (分级流转), which signs for it in turn.
        const DemoOrg::Community &community = m_org.communities[size_t(g.community)];
        if (round > 0 || quick || m_roundTheClock || handler.worker < 0 || community.street < 0 ||
            m_org.streets[size_t(community.street)].cityOffice < 0 || !m_rng.chance(0.015))
            break;
        t = after(t, 4 * kHourMs, 2 * kDayMs);
        if (!reach(c, t))
            return {};
        handler = {-1, m_org.streets[size_t(community.street)].cityOffice};
        EventRecord &e = append(c, Action::RouteUp, t);
        e.note = pick(m_rng, routeUpNotes());
        if (Status s = dispatchTo(c, e, handler, t, "street"); !s) // the street's office takes it
            return s;
        c.state = State::Dispatched;
        t = after(t, 30 * kMinuteMs, kDayMs);
    }
    qint64 completedAt = 0;
    if (Status s = work(c, c.events[size_t(c.eventCount - 1)].atMs, &completedAt); !s)
        return s;
    if (!m_stopped)
        close(c, completedAt, 1);
    if (!m_stopped)
        flushReports(c, m_endMs);
    return {};
}

// From sign-for to completion: progress notes, a meeting, an extension, supervision when late.
Status CaseSimulator::work(CaseRecord &c, qint64 signedAt, qint64 *completeAt)
{
    const bool quick = m_template->flags & kConsultation;
    // Most handlers finish inside the earlier of their own and the lead's deadline.
    const qint64 span = std::max(std::min(c.handlerDueMs, c.dueMs) - signedAt, kHourMs);
    const double pace = m_rng.unit();
    qint64 done;
    if (quick)
        done = signedAt + m_rng.between(5 * kMinuteMs, 3 * kHourMs);
    else if (pace < 0.58)
        done = signedAt + qint64(double(span) * (0.05 + 0.35 * m_rng.unit()));
    else if (pace < 0.925)
        done = signedAt + qint64(double(span) * (0.4 + 0.55 * m_rng.unit()));
    else if (pace < 0.985)
        done = c.handlerDueMs + m_rng.between(2 * kHourMs, 5 * kDayMs); // late
    else
        done = c.handlerDueMs + m_rng.between(10 * kDayMs, 60 * kDayMs); // stuck
    done = office(done);
    const bool late = done > c.dueMs;

    MidEvent mids[12];
    int n = 0;
    qint64 effectiveDue = c.dueMs;
    qint64 newDue = 0, newHandlerDue = 0;
    int extensionDays = 0;
    bool approved = false;
    if (!quick && !m_roundTheClock && (late ? m_rng.chance(0.5) : m_rng.chance(0.02))) {
        const qint64 until = std::max(std::min(done, c.dueMs), signedAt + kHourMs);
        const qint64 ask = office(signedAt + qint64(double(until - signedAt) * (0.2 + 0.4 * m_rng.unit())));
        const qint64 decide = office(ask + m_rng.between(2 * kHourMs, kDayMs));
        extensionDays = 3 + m_rng.below(8);
        approved = m_rng.chance(0.85);
        auto due = extendedDue(c.dueMs, extensionDays);
        auto handlerDue = c.handlerDueMs > 0 ? extendedDue(c.handlerDueMs, extensionDays) : Result<qint64>(0);
        if (decide < done && due && handlerDue) {
            mids[n++] = {ask, Mid::RequestExtension, 0};
            mids[n++] = {decide, Mid::DecideExtension, 0};
            if (approved) {
                newDue = *due;
                newHandlerDue = std::min(*handlerDue, newDue); // never past the case's, as CaseService

                effectiveDue = newDue;
                if (late && done < c.handlerDueMs + 10 * kDayMs && m_rng.chance(0.8)) // the extension was enough
                    done = office(decide + qint64(double(std::max(newDue - decide, kHourMs)) * m_rng.unit() * 0.9));
            }
        }
    }
    if (!quick) {
        const double u = m_rng.unit();
        const int notes = u < 0.3 ? 0 : u < 0.8 ? 1 : 2;
        for (int i = 1; i <= notes; ++i)
            mids[n++] = {office(signedAt + (done - signedAt) * i / (notes + 1)), Mid::Note, 0};
        const bool dispute = m_template->category[0] == '0' && m_template->category[1] == '1';
        if (m_rng.chance(m_template->flags & kMeeting ? 0.6 : dispute ? 0.12 : 0.01))
            mids[n++] = {office(signedAt + (done - signedAt) / 2 + 1), Mid::Meeting, 0};
        if (m_rng.chance(0.02))
            mids[n++] = {signedAt + m_rng.between(kHourMs, kDayMs), Mid::Supervise, 0};
        if (done > effectiveDue) {
            mids[n++] = {office(effectiveDue + m_rng.between(kHourMs, kDayMs)), Mid::Supervise, 1};
            if (done > effectiveDue + 5 * kDayMs)
                mids[n++] = {office(effectiveDue + 5 * kDayMs + m_rng.between(0, kDayMs)), Mid::Supervise, 2};
        }
    }
    std::stable_sort(mids, mids + n, [](const MidEvent &a, const MidEvent &b) { return a.at < b.at; });
    const List<const char *> progress = progressNotes(m_template->handler);
    for (int i = 0; i < n; ++i) {
        const MidEvent &m = mids[i];
        if (m.at <= signedAt || m.at >= done)
            continue;
        if (!reach(c, m.at))
            return {};
        switch (m.kind) {
        case Mid::Note: append(c, Action::Note, m.at).note = pick(m_rng, progress); break;
        case Mid::Meeting: append(c, Action::Meeting, m.at).note = pick(m_rng, meetingNotes()); break;
        case Mid::RequestExtension: {
            EventRecord &e = append(c, Action::RequestExtension, m.at);
            e.note = pick(m_rng, extensionNotes());
            JsonWriter(e.data).number("days", extensionDays);
            c.extensionPending = true;
            break;
        }
        case Mid::DecideExtension: {
            if (!c.extensionPending)
                break;
            EventRecord &e = append(c, Action::DecideExtension, m.at, true);
            JsonWriter json(e.data);
            json.boolean("approved", approved);
            if (approved) {
                json.number("due_ms", newDue);
                if (c.handlerDueMs > 0)
                    json.number("handler_due_ms", newHandlerDue);
                c.dueMs = newDue;
                if (c.handlerDueMs > 0)
                    c.handlerDueMs = newHandlerDue;
                c.extensionUsed = true;
            }
            c.extensionPending = false;
            break;
        }
        case Mid::Supervise: {
            static const char *const levels[] = {"normal", "yellow", "red"};
            EventRecord &e = append(c, Action::Supervise, m.at, true);
            if (m.level > 0)
                e.note = superviseNotes()[size_t(m.level - 1)];
            JsonWriter(e.data).text("level", levels[m.level]);
            c.supervision = levels[m.level];
            break;
        }
        }
        if ((m.kind == Mid::Note || m.kind == Mid::Meeting) && c.state == State::Signed)
            c.state = State::InProgress;
    }
    if (!reach(c, done))
        return {};
    EventRecord &e = append(c, Action::Complete, done);
    fill(e.noteText, m_template->done);
    if (Status s = completed(c, e); !s)
        return s;
    c.extensionPending = false;
    *completeAt = e.atMs;
    return {};
}

// Callback, a reopening when the resident is dissatisfied, and the archive.
void CaseSimulator::close(CaseRecord &c, qint64 completedAt, int round)
{
    const bool late = completedAt > c.dueMs;
    qint64 t = after(completedAt, 2 * kHourMs, 3 * kDayMs);
    if (!reach(c, t))
        return;
    // Nobody to call back about an anonymous report or a praise; some residents never answer
    // (the office's tries, then unreachable) and a few decline. Only the reached ones rate.
    const char *result = "reached";
    const char *notNeeded = c.anonymous ? "anonymous" : std::string_view(c.requestType) == "praise" ? "praise" : "";
    if (*notNeeded)
        result = "not_needed";
    else if (m_rng.chance(0.04))
        result = "unreachable";
    else if (m_rng.chance(0.02))
        result = "declined";
    if (std::string_view(result) == "unreachable") {
        for (int i = 1; i < m_rules.callbackTries; ++i) {
            append(c, Action::CallbackTry, t).note = "电话无人接听。";
            t = after(t, 2 * kHourMs, kDayMs);
            if (!reach(c, t))
                return;
        }
    }
    const double u = m_rng.unit();
    const double satisfied = round > 1 ? 0.7 : late ? 0.7 : 0.88;
    const double basic = round > 1 ? 0.25 : late ? 0.18 : 0.09;
    const bool reached = std::string_view(result) == "reached";
    const int level = !reached ? 0 : u < satisfied ? 0 : u < satisfied + basic ? 1 : 2;
    const bool solved = m_rng.chance(level == 0 ? 0.97 : level == 1 ? 0.8 : 0.3);
    EventRecord &e = append(c, Action::Callback, t);
    c.callbackDueMs = 0;
    c.state = State::CallbackDone;
    c.callbackResult = result;
    c.closedMs = e.atMs;
    if (reached) {
        e.note = callbackNotes()[size_t(level)];
        JsonWriter(e.data).text("satisfaction", kSatisfactions[level]).boolean("solved", solved);
        c.satisfaction = kSatisfactions[level];
        c.solved = solved ? 1 : 0;
    } else if (*notNeeded) {
        JsonWriter(e.data).text("reason", notNeeded).text("result", result);
    } else {
        e.note = std::string_view(result) == "declined" ? "居民表示不需要回访。" : "多次电话联系均无人接听。";
        JsonWriter(e.data).text("result", result);
    }
    if (level == 2 && round == 1 && m_rng.chance(0.6)) { // 重办: the desk reopens at once
        t = after(t, 10 * kMinuteMs, 90 * kMinuteMs);
        if (!reach(c, t))
            return;
        EventRecord &r = append(c, Action::Reopen, t);
        r.note = pick(m_rng, reopenNotes());
        // A new deadline from the reopening, as CaseService gives it (a calendar gap: none).
        if (auto due = dueFrom(t)) {
            JsonWriter(r.data).number("due_ms", *due).number("handler_due_ms", *due);
            c.dueMs = c.handlerDueMs = *due;
        }
        c.state = State::InProgress;
        ++c.reopenCount;
        c.callbackDueMs = 0;
        c.satisfaction = "";
        c.callbackResult = "";
        c.solved = -1;
        c.completedMs = 0;
        c.closedMs = 0;
        t = after(t, kHourMs, 2 * kDayMs);
        if (!reach(c, t))
            return;
        append(c, Action::Note, t).note = pick(m_rng, progressNotes(m_template->handler));
        t = after(t, kDayMs, 6 * kDayMs);
        if (!reach(c, t))
            return;
        EventRecord &done = append(c, Action::Complete, t);
        fill(done.noteText, m_template->done);
        if (!completed(c, done))
            return; // a year the calendar lacks: completed, but no callback is simulated

        close(c, done.atMs, 2);
        return;
    }
    t = after(t, kDayMs, 10 * kDayMs);
    if (!reach(c, t))
        return;
    answerReports(c, t); // every attached report is answered before the archive
    append(c, Action::Archive, t);
    c.state = State::Archived;
}

} // namespace gd::demo
