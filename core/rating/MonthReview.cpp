#include "MonthReview.h"

#include "Appeals.h"
#include "ReviewScope.h"
#include "ReviewSettings.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

// The month record before each office kept its own (v26): one per month, shared by every office.
QString legacyMonthId(const QString &month)
{
    return uuid::v5(QStringLiteral("rating_months/%1").arg(month));
}

// This office's record of the month: its own (by site), else one it made before v26 under the
// shared id, else the id its own will have.
QString monthId(Database &db, const QString &month)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM rating_months WHERE month = ? AND (origin_site = ? OR id = ?) ORDER BY "
                             "origin_site = ? DESC LIMIT 1"));
    q.addBindValue(month);
    q.addBindValue(db.siteId());
    q.addBindValue(legacyMonthId(month));
    q.addBindValue(db.siteId());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return uuid::v5(QStringLiteral("rating_months/%1/%2").arg(month, db.siteId()));
}

QString resultId(const QString &month, const QString &workerId)
{
    return uuid::v5(QStringLiteral("rating_results/%1/%2").arg(month, workerId));
}

const char *stateKey(MonthState s)
{
    switch (s) {
    case MonthState::Submitted: return "submitted";
    case MonthState::Approved: return "approved";
    case MonthState::Draft: break;
    }
    return "draft";
}

const char *reasonKey(StarDecision::Reason r)
{
    switch (r) {
    case StarDecision::Promoted: return "promoted";
    case StarDecision::Kept: return "kept";
    case StarDecision::NoPlace: return "no_place";
    case StarDecision::BelowThreshold: return "below_threshold";
    case StarDecision::TopLevel: return "top_level";
    case StarDecision::Vetoed: return "vetoed";
    case StarDecision::PoorStreak: return "poor_streak";
    case StarDecision::FailedYear: return "failed_year";
    case StarDecision::PeriodOpen: return "period_open";
    case StarDecision::TooSoon: return "too_soon";
    case StarDecision::Barred: return "barred";
    }
    return "kept";
}

Status setState(Database &db, const QString &month, const QVariantMap &values)
{
    QVariantMap all = values;
    all.insert(QStringLiteral("month"), month);
    return RowStore(db).put(tables::ratingMonths(), monthId(db, month), all);
}

} // namespace

Result<MonthStatus> monthStatus(Database &db, const QString &month)
{
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"), Text::tr("%1 is not a month (YYYY-MM).").arg(month));
    MonthStatus st;
    st.month = month;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT state, submitted_by, approved_by, approved_ms, reopen_count, note, scope, "
                             "submitted_ms FROM rating_months WHERE id = ? AND deleted = 0"));
    q.addBindValue(monthId(db, month));
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (q.next()) {
        const QString state = q.value(0).toString();
        st.state = state == QLatin1String("approved")    ? MonthState::Approved
                   : state == QLatin1String("submitted") ? MonthState::Submitted
                                                         : MonthState::Draft;
        st.submittedBy = q.value(1).toString();
        st.approvedBy = q.value(2).toString();
        st.approvedMs = q.value(3).toLongLong();
        st.reopenCount = q.value(4).toInt();
        st.note = q.value(5).toString();
        st.recordScope = q.value(6).toString();
        st.submittedMs = q.value(7).toLongLong();
    }
    // A draft reviews the office's scope as set now; a submitted month keeps the one it was submitted with.
    st.scope = st.state == MonthState::Draft || st.recordScope.isEmpty() ? ReviewRules::load(db).scope : st.recordScope;
    auto scope = ReviewScope::parse(st.scope);
    if (!scope)
        return scope.error();
    st.reviewScope = *scope;
    return st;
}

Status submitMonth(Database &db, const QString &month)
{
    const Result<bool> done = writeTransaction<bool>(db, Permission::ScoreReviews, [&]() -> Result<bool> {
        auto st = monthStatus(db, month);
        if (!st)
            return st.error();
        if (st->state == MonthState::Approved)
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("The review of %1 is approved already.").arg(month));
        if (Status s = setState(db, month,
                                {{QStringLiteral("state"), QLatin1String(stateKey(MonthState::Submitted))},
                                 {QStringLiteral("submitted_by"), db.actor().login},
                                 {QStringLiteral("submitted_ms"), db.nowMs()},
                                 {QStringLiteral("scope"), st->scope}});
            !s)
            return s.error();
        return true;
    });
    return done.status();
}

Error approvalRefused(Database &db, const QString &month, const MonthStatus &st)
{
    if (st.state != MonthState::Submitted)
        return Error::invalid(QStringLiteral("month"), Text::tr("The review of %1 is not submitted yet: whoever scores "
                                                                "it submits it, then a supervisor approves it.")
                                                           .arg(month));
    // A month is judged once it is over: its last days' cases and typing still count.
    const qint64 ends = monthRange(month).second;
    if (db.nowMs() < ends)
        return Error::invalid(QStringLiteral("month"),
                              Text::tr("The review of %1 is approved once the month has ended, from %2 on.")
                                  .arg(month, QDateTime::fromMSecsSinceEpoch(ends, WorkCalendar::zone())
                                                  .toString(QStringLiteral("yyyy-MM-dd"))));
    // The program itself (a demo, a test's system actor) is nobody's second pair of eyes to refuse.
    if (ReviewRules::load(db).approverNotSubmitter && db.actor().role != Role::System &&
        st.submittedBy == db.actor().login)
        return Error::make(ErrorKind::Permission,
                           Text::tr("%1 submitted the review of %2: another supervisor approves it (the review "
                                    "settings ask for two people).")
                               .arg(st.submittedBy, month));
    // The public notice runs its working days from the submission, and every appeal has its answer.
    if (ReviewRules::load(db).noticeDays > 0) {
        auto ends = noticeEnds(db, st);
        if (!ends)
            return ends.error();
        if (db.nowMs() < *ends)
            return Error::invalid(
                QStringLiteral("month"),
                Text::tr("The review of %1 is on public notice until %2: workers may appeal until then, and it is "
                         "approved after.")
                    .arg(month, QDateTime::fromMSecsSinceEpoch(*ends, WorkCalendar::zone())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    {
        auto list = appeals(db, month);
        if (!list)
            return list.error();
        if (const int open = unansweredAppeals(*list))
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("%n appeal(s) against the review of %1 wait for an answer: a supervisor "
                                           "answers each before the month is approved.",
                                           nullptr, open)
                                      .arg(month));
    }
    // Another office's approval of the month for workers this one would review too.
    {
        const ReviewScope &mine = st.reviewScope;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT scope, approved_by FROM rating_months WHERE month = ? AND state = 'approved' "
                                 "AND deleted = 0 AND id <> ?"));
        q.addBindValue(month);
        q.addBindValue(monthId(db, month));
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            if (const auto other = ReviewScope::parse(q.value(0).toString()); other && scopesOverlap(db, mine, *other))
                return Error::invalid(QStringLiteral("month"),
                                      Text::tr("%1 is approved already for %2 by another office (%3): two offices "
                                               "never approve the same workers' month. Agree which office reviews "
                                               "them, and set this office's review scope to the rest.")
                                          .arg(month, scopeLabel(db, *other), q.value(1).toString()));
    }
    return {};
}

Result<MonthSheet> approveMonth(Database &db, const QString &month, const std::optional<StarSettings> &settings)
{
    return writeTransaction<MonthSheet>(db, Permission::ApproveReviews, [&]() -> Result<MonthSheet> {
        auto st = monthStatus(db, month);
        if (!st)
            return st.error();
        if (st->state == MonthState::Approved)
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("The review of %1 is approved already.").arg(month));
        if (Error e = approvalRefused(db, month, *st); e.isError())
            return e;
        auto sheet = computeMonth(db, month, settings);
        if (!sheet)
            return sheet.error();
        RowStore rows(db);
        for (const SheetRow &r : std::as_const(sheet->rows)) {
            QJsonObject items;
            for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
                items.insert(it.key(), it->notApplicable ? QJsonArray{it->raw, it->points, true}
                                                         : QJsonArray{it->raw, it->points});
            const QVariantMap values{
                {QStringLiteral("month"), month},
                {QStringLiteral("worker_id"), r.workerId},
                {QStringLiteral("total"), r.total},
                {QStringLiteral("veto"), r.veto ? 1 : 0},
                {QStringLiteral("star_before"), r.star},
                {QStringLiteral("star_after"), r.decision.to},
                {QStringLiteral("reason"), QLatin1String(reasonKey(r.decision.reason))},
                {QStringLiteral("explanation"), r.decision.explanation},
                {QStringLiteral("items"), QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))}};
            if (Status s = rows.put(tables::ratingResults(), resultId(month, r.workerId), values); !s)
                return s.error();
            if (r.decision.to != r.star)
                if (Status s = rows.update(tables::workers(), r.workerId, {{QStringLiteral("star"), r.decision.to}});
                    !s)
                    return s.error();
        }
        // As reviewSheet shows it by default, so the command line prints the approval as it prints the month.
        if (Status s = sortSheet(db, *sheet, SheetOrder::Place); !s)
            return s.error();
        if (Status s = setState(db, month,
                                {{QStringLiteral("state"), QLatin1String(stateKey(MonthState::Approved))},
                                 {QStringLiteral("approved_by"), db.actor().login},
                                 {QStringLiteral("approved_ms"), db.nowMs()}});
            !s)
            return s.error();
        return sheet;
    });
}

Status reopenMonth(Database &db, const QString &month, const QString &reason)
{
    const Result<bool> done = writeTransaction<bool>(db, Permission::ApproveReviews, [&]() -> Result<bool> {
        if (reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), Text::tr("Say why the approved month is reopened."));
        auto st = monthStatus(db, month);
        if (!st)
            return st.error();
        if (st->state != MonthState::Approved)
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("The review of %1 is not approved: there is nothing to reopen.").arg(month));
        QSqlQuery newest(db.sql());
        newest.prepare(QStringLiteral("SELECT max(month) FROM rating_months WHERE state = 'approved' AND deleted = 0 "
                                      "AND origin_site = ?"));
        newest.addBindValue(db.siteId());
        if (Status failed = exec(newest); !failed)
            return failed.error();
        if (newest.next() && newest.value(0).toString() != month)
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("%1 is approved after %2: reopen the later months first.")
                                      .arg(newest.value(0).toString(), month));
        newest.finish();
        RowStore rows(db);
        QSqlQuery q(db.sql());
        QVariantList binds{month};
        const QString inScope = scopeWorkers(st->reviewScope, QStringLiteral("w"), &binds);
        q.prepare(QStringLiteral("SELECT r.id, r.worker_id, r.star_before, r.star_after FROM rating_results r JOIN "
                                 "workers w ON w.id = r.worker_id WHERE r.month = ? AND r.deleted = 0 AND ") +
                  inScope);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (Status failed = exec(q); !failed)
            return failed.error();
        QList<std::tuple<QString, QString, int, int>> results;
        while (q.next())
            results << std::tuple{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
        q.finish();
        for (const auto &[id, worker, before, after] : results) {
            if (before != after && rows.exists(tables::workers(), worker))
                if (Status s = rows.update(tables::workers(), worker, {{QStringLiteral("star"), before}}); !s)
                    return s.error();
            if (Status s = rows.tombstone(tables::ratingResults(), id); !s)
                return s.error();
        }
        if (Status s = setState(db, month,
                                {{QStringLiteral("state"), QLatin1String(stateKey(MonthState::Draft))},
                                 {QStringLiteral("approved_by"), QString()},
                                 {QStringLiteral("approved_ms"), QVariant()},
                                 {QStringLiteral("reopen_count"), st->reopenCount + 1},
                                 {QStringLiteral("note"), reason.trimmed()}});
            !s)
            return s.error();
        if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("reopen"), QStringLiteral("rating_months"),
                                     monthId(db, month), {}, {{QStringLiteral("reason"), reason.trimmed()}});
            !s)
            return s.error();
        return true;
    });
    return done.status();
}

Result<MonthSheet> reviewSheet(Database &db, const QString &month, SheetOrder order,
                               const std::optional<StarSettings> &settings)
{
    auto st = monthStatus(db, month);
    if (!st)
        return st.error();
    auto sheet = computeMonth(db, month, settings);
    if (!sheet)
        return sheet;
    if (st->state != MonthState::Approved) {
        if (Status s = sortSheet(db, *sheet, order); !s)
            return s.error();
        return sheet;
    }
    // Approved: the frozen numbers, whatever the cases say now.
    QSqlQuery q(db.sql());
    QVariantList binds{month};
    const QString inScope = scopeWorkers(st->reviewScope, QStringLiteral("w"), &binds);
    q.prepare(QStringLiteral("SELECT r.worker_id, r.total, r.veto, r.star_before, r.star_after, r.explanation, "
                             "r.items, w.name FROM rating_results r JOIN workers w ON w.id = r.worker_id WHERE "
                             "r.month = ? AND r.deleted = 0 AND ") +
              inScope + QStringLiteral(" ORDER BY w.name, w.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    // Marked still: a case the approved numbers counted may have gained concurrent moves since.
    auto unsettled = unsettledCounted(db, month);
    if (!unsettled)
        return unsettled.error();
    QList<SheetRow> frozen; // everyone reviewed then, whoever has left since
    while (q.next()) {
        SheetRow r;
        r.workerId = q.value(0).toString();
        r.total = q.value(1).toDouble();
        r.veto = q.value(2).toBool();
        r.star = q.value(3).toInt();
        r.decision.from = r.star;
        r.decision.to = q.value(4).toInt();
        r.decision.explanation = q.value(5).toString();
        const QJsonObject items = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (auto it = items.begin(); it != items.end(); ++it) {
            const QJsonArray v = it.value().toArray(); // raw, points and, when not applicable, true
            r.values.insert(it.key(), SheetValue{v.at(0).toDouble(), v.at(1).toDouble(), v.at(2).toBool()});
        }
        r.name = q.value(7).toString();
        r.decision.workerId = r.workerId;
        r.decision.name = r.name;
        r.unsettled = unsettled->value(r.workerId);
        frozen << r;
    }
    MonthSheet out = *sheet;
    out.rows = frozen;
    if (Status s = sortSheet(db, out, order); !s)
        return s.error();
    return out;
}

} // namespace gd::rating

namespace gd::rating {

Result<QList<StarChange>> starHistory(Database &db, const QString &workerId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT month, star_before, star_after, explanation FROM rating_results WHERE worker_id = "
                             "? AND deleted = 0 AND star_before <> star_after ORDER BY month"));
    q.addBindValue(workerId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<StarChange> out;
    while (q.next())
        out << StarChange{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString()};
    return out;
}

Result<QList<YearResult>> yearResults(Database &db, int year, const std::optional<AnnualSettings> &given)
{
    const AnnualSettings settings = given ? *given : ReviewRules::load(db).annual;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT r.worker_id, w.name, r.month, r.total FROM rating_results r JOIN workers w ON "
                             "w.id = r.worker_id WHERE r.month >= ? AND r.month <= ? AND r.deleted = 0 ORDER BY "
                             "w.name, w.id"));
    q.addBindValue(QStringLiteral("%1-01").arg(year));
    q.addBindValue(QStringLiteral("%1-12").arg(year));
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<YearResult> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().workerId != q.value(0).toString()) {
            YearResult y;
            y.workerId = q.value(0).toString();
            y.name = q.value(1).toString();
            y.months = QList<double>(12, -1);
            out << y;
        }
        const int m = q.value(2).toString().mid(5, 2).toInt();
        if (m >= 1 && m <= 12)
            out.last().months[m - 1] = q.value(3).toDouble();
    }
    for (YearResult &y : out) {
        y.score = annualScore(y.months, settings);
        y.grade = gradeOf(y.score, settings);
    }
    return out;
}

} // namespace gd::rating
