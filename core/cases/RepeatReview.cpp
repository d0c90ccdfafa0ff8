#include "RepeatReview.h"

#include "CaseService.h"
#include "RepeatFinder.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

const char *const kStatuses[][2] = {
    {"pending", QT_TRANSLATE_NOOP("gd::RepeatReview", "Waiting for a decision")},
    {"confirmed", QT_TRANSLATE_NOOP("gd::RepeatReview", "Merged as a repeat")},
    {"rejected", QT_TRANSLATE_NOOP("gd::RepeatReview", "Not a repeat")},
};

// What the timeline says about the pair: the finder's score and reasons (from the suspicion, or
// from the merge when the import attached it at once), and who decided and when.
void readTimeline(const QList<CaseEvent> &events, RepeatPair &pair)
{
    for (const CaseEvent &e : events) {
        const auto *link = std::get_if<workflow::RepeatLink>(&e.payload);
        if (!link)
            continue;
        if (link->score > 0) {
            pair.score = link->score;
            pair.reasonText = RepeatFinder::describeReasons(link->reasons);
        }
        if (e.action != workflow::Action::SuspectRepeat) {
            pair.decidedBy = e.operatorName.isEmpty() ? e.operatorLogin : e.operatorName;
            pair.decidedMs = e.atMs;
        }
    }
}

} // namespace

QStringList RepeatReview::statuses()
{
    QStringList out;
    for (const auto &s : kStatuses)
        out << QString::fromLatin1(s[0]);
    return out;
}

QString RepeatReview::statusName(const QString &status)
{
    for (const auto &s : kStatuses)
        if (status == QLatin1String(s[0]))
            return QCoreApplication::translate("gd::RepeatReview", s[1]);
    return status;
}

int RepeatReview::count(const QString &status) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM cases WHERE repeat_review = ? AND deleted = 0"));
    q.addBindValue(status);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<QList<RepeatPair>> RepeatReview::list(const QString &status, int limit) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM cases WHERE repeat_review = ? AND deleted = 0 "
                                                "ORDER BY received_ms DESC, id LIMIT ?"));
    q.addBindValue(status);
    q.addBindValue(limit);
    if (Status s = exec(q); !s)
        return s.error();
    const QStringList ids = firstColumn(q);

    CaseService cases(m_db);
    QList<RepeatPair> out;
    for (const QString &id : std::as_const(ids)) {
        auto c = cases.caseById(id);
        if (!c)
            continue; // removed since the query: nothing to decide
        RepeatPair pair;
        pair.caseId = id;
        pair.number = c->number;
        pair.receivedMs = c->receivedMs;
        pair.description = c->description;
        pair.otherId = c->repeatOf;
        pair.status = c->repeatReview;
        bool deleted = false;
        if (auto other = cases.storedCase(c->repeatOf, &deleted)) {
            pair.otherNumber = other->number;
            pair.otherState = deleted ? QString() : other->state;
            pair.otherDescription = other->description;
        }
        auto events = cases.timeline(id);
        if (!events)
            return events.error();
        readTimeline(events.value(), pair);
        out << pair;
    }
    return out;
}

} // namespace gd
