#include "CalendarRecompute.h"

#include "CaseService.h"
#include "Timeliness.h"
#include "Workflow.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd::calendarrecompute {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CalendarRecompute)
};

using workflow::Action;

// One deadline followed along the timeline: the value the event wrote (counted on `before`), the
// value counted again on `after`, and where its count started on each.
struct Track {
    qint64 was = 0, now = 0;
    qint64 fromWas = 0, fromNow = 0;
};

class Counter
{
public:
    Counter(const WorkCalendar &before, const WorkCalendar &after)
        : m_before(before)
        , m_after(after)
    {}

    // A deadline `value` counted from `fromWas` on the old calendar, counted the same number of
    // working days from `fromNow` on the new one. Values the old calendar did not make
    // provisionally (hours, official years, none) stay.
    qint64 again(qint64 fromWas, qint64 fromNow, qint64 value) const
    {
        if (!m_before.isProvisionalDeadline(value) || fromWas <= 0)
            return value;
        const QDate start = WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(fromWas, WorkCalendar::zone()));
        const QDate end = WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(value, WorkCalendar::zone()));
        auto days = m_before.workingDaysBetween(start, end);
        if (!days || days.value() < 0)
            return value;
        auto moved =
            m_after.addWorkingDays(QDateTime::fromMSecsSinceEpoch(fromNow, WorkCalendar::zone()), days.value());
        return moved ? moved->toMSecsSinceEpoch() : value;
    }

    void set(Track &t, qint64 from, qint64 value) const { t = {value, again(from, from, value), from, from}; }
    // An extension counts on from the deadline it extends.
    void extend(Track &t, qint64 value) const
    {
        const Track before = t;
        t = {value, again(before.was, before.now, value), before.was, before.now};
    }
    // A reschedule (this office's at an earlier import, or another office's that came with the
    // official days) was counted on the official calendar: it stands as it is.
    void reset(Track &t, qint64 value) const { t = {value, value, value, value}; }

private:
    const WorkCalendar &m_before;
    const WorkCalendar &m_after;
};

// The handler's deadline never runs past the case's: one that was the case's stays the case's.
void cap(Track &handler, const Track &due)
{
    if (handler.was != 0 && due.was != 0 && handler.was == due.was)
        handler.now = due.now;
    else if (handler.now != 0 && due.now != 0)
        handler.now = qMin(handler.now, due.now);
}
} // namespace

QString fieldName(const QString &field)
{
    if (field == QLatin1String("due"))
        return Text::tr("Deadline");
    if (field == QLatin1String("handler_due"))
        return Text::tr("Handler's deadline");
    if (field == QLatin1String("sign_by"))
        return Text::tr("Sign for by");
    if (field == QLatin1String("callback_due"))
        return Text::tr("Call back by");
    return field;
}

workflow::Rescheduling recompute(const WorkCalendar &before, const WorkCalendar &after, const Case &c,
                                 const QList<CaseEvent> &events)
{
    const Counter count(before, after);
    Track due, handler, signBy, callback;
    // In the fold's order (HLC, then id), whatever order the caller read them in.
    QList<CaseEvent> sorted = events;
    std::sort(sorted.begin(), sorted.end(),
              [](const CaseEvent &a, const CaseEvent &b) { return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id; });
    const workflow::Folded folded = workflow::fold(c, sorted);
    for (const CaseEvent &e : std::as_const(sorted)) {
        if (folded.overridden.contains(e.id))
            continue;
        const workflow::Payload &p = e.payload;
        switch (e.action) {
        case Action::Register:
            if (const auto *r = std::get_if<workflow::Registration>(&p))
                count.set(due, c.receivedMs, r->dueMs);
            break;
        case Action::Dispatch:
        case Action::RouteUp:
        case Action::RouteDown:
        case Action::DecideReturn:
            if (const auto *h = std::get_if<workflow::Handler>(&p)) {
                count.set(handler, e.atMs, h->dueMs);
                cap(handler, due);
                count.set(signBy, e.atMs, h->signByMs);
            }
            break;
        case Action::Sign:
            if (const auto *s = std::get_if<workflow::SignFor>(&p); s && s->handlerDueMs != 0)
                count.set(handler, e.atMs, s->handlerDueMs);
            signBy = {};
            break;
        case Action::DecideExtension:
            if (const auto *d = std::get_if<workflow::ExtensionDecision>(&p); d && d->approved) {
                if (d->dueMs != 0)
                    count.extend(due, d->dueMs);
                if (d->handlerDueMs != 0) {
                    count.extend(handler, d->handlerDueMs);
                    cap(handler, due);
                }
            }
            break;
        case Action::Complete:
            if (const auto *x = std::get_if<workflow::Completion>(&p))
                count.set(callback, e.atMs, x->callbackDueMs);
            break;
        case Action::Reopen:
            callback = {};
            if (const auto *r = std::get_if<workflow::Reopening>(&p); r && r->dueMs != 0) {
                count.set(due, e.atMs, r->dueMs);
                count.set(handler, e.atMs, r->handlerDueMs);
                cap(handler, due);
            }
            break;
        case Action::Reschedule:
            if (const auto *r = std::get_if<workflow::Rescheduling>(&p)) {
                if (r->dueMs != 0)
                    count.reset(due, r->dueMs);
                if (r->handlerDueMs != 0)
                    count.reset(handler, r->handlerDueMs);
                if (r->signByMs != 0)
                    count.reset(signBy, r->signByMs);
                if (r->callbackDueMs != 0)
                    count.reset(callback, r->callbackDueMs);
            }
            break;
        default: break;
        }
    }
    // Only what differs from the case as it stands now moves (a date already right is left). A
    // completed case was judged against the deadline it had: only its callback date moves.
    workflow::Rescheduling out;
    const Case &now = folded.c;
    if (!timeliness::openStates().contains(now.state))
        due = handler = signBy = {};
    if (due.now != 0 && due.now != now.dueMs && now.dueMs == due.was)
        out.dueMs = due.now;
    if (handler.now != 0 && handler.now != now.handlerDueMs && now.handlerDueMs == handler.was)
        out.handlerDueMs = handler.now;
    if (signBy.now != 0 && signBy.now != now.signByMs && now.signByMs == signBy.was)
        out.signByMs = signBy.now;
    if (callback.now != 0 && callback.now != now.callbackDueMs && now.callbackDueMs == callback.was)
        out.callbackDueMs = callback.now;
    return out;
}

namespace {
// Cases not yet closed with a deadline on or after `fromMs`, by id.
Result<QStringList> candidates(Database &db, qint64 fromMs)
{
    QStringList states = timeliness::openStates();
    states << QStringLiteral("completed");
    // Each through its own index: the handler's deadline is never after the case's.
    QSqlQuery q(db.sql());
    const bool prepared =
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE deleted = 0 AND state IN (%1) AND due_ms >= ? "
                                 "UNION SELECT id FROM cases WHERE deleted = 0 AND sign_by_ms >= ? "
                                 "UNION SELECT id FROM cases WHERE deleted = 0 AND callback_due_ms >= ?")
                      .arg(QStringList(states.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &s : std::as_const(states))
        q.addBindValue(s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(fromMs);
    if (!prepared || !q.exec())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The cases to count again cannot be read: %1").arg(q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

Result<RecomputeReport> run(Database &db, const WorkCalendar &before,
                            const std::function<bool(qint64, qint64)> &progress)
{
    RecomputeReport report;
    auto read = WorkCalendar::read(db);
    if (!read)
        return read.error();
    const WorkCalendar &after = read.value();
    // The figures' working days follow the calendar too (stats/StatsStore.h).
    if (Status s = stats::calendarChanged(db.sql(), before); !s)
        return s.error();
    for (int y : before.provisionalYears())
        if (after.isOfficial(y))
            report.years << y;
    if (report.years.isEmpty())
        return report;
    const qint64 fromMs =
        QDateTime(QDate(report.years.first(), 1, 1), QTime(0, 0), WorkCalendar::zone()).toMSecsSinceEpoch();
    auto ids = candidates(db, fromMs);
    if (!ids)
        return ids.error();
    CaseService service(db);
    const qint64 total = ids->size();
    for (const QString &id : std::as_const(ids.value())) {
        if (progress && !progress(report.checked, total))
            return Error::cancelled();
        ++report.checked;
        auto c = service.caseById(id);
        if (!c)
            return c.error();
        auto events = service.timeline(id);
        if (!events)
            return events.error();
        const workflow::Rescheduling moved = recompute(before, after, c.value(), events.value());
        if (moved.isEmpty())
            continue;
        auto done = service.act(id, {Action::Reschedule, {}, moved});
        if (!done)
            return done.error();
        ++report.moved;
        auto note = [&](const char *field, qint64 was, qint64 now) {
            if (now != 0)
                report.moves.append({id, c->number, QString::fromLatin1(field), was, now});
        };
        note("due", c->dueMs, moved.dueMs);
        note("handler_due", c->handlerDueMs, moved.handlerDueMs);
        note("sign_by", c->signByMs, moved.signByMs);
        note("callback_due", c->callbackDueMs, moved.callbackDueMs);
    }
    if (progress)
        progress(total, total);
    return report;
}

} // namespace gd::calendarrecompute
