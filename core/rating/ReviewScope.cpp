#include "ReviewScope.h"

#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

// The street code of a community, or the code itself for a street.
QString streetOf(Database &db, const ReviewScope &s)
{
    if (s.level != ReviewScope::Community)
        return s.code;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT s.code FROM communities c JOIN streets s ON s.id = c.street_id WHERE c.code = ? "
                             "AND c.deleted = 0"));
    q.addBindValue(s.code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString ReviewScope::text() const
{
    switch (level) {
    case Street: return QStringLiteral("street:") + code;
    case Community: return QStringLiteral("community:") + code;
    case District: break;
    }
    return QStringLiteral("district");
}

Result<ReviewScope> ReviewScope::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("district"))
        return ReviewScope{};
    static const QRegularExpression form(QStringLiteral("^(street|community):([0-9]{6,20})$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return Error::invalid(QStringLiteral("scope"),
                              Text::tr("Review scope: \"%1\" is not district, street:CODE or community:CODE.").arg(t));
    return ReviewScope{m.captured(1) == QLatin1String("street") ? Street : Community, m.captured(2)};
}

Error checkScopeExists(Database &db, const ReviewScope &scope)
{
    if (scope.level == ReviewScope::District)
        return {};
    QSqlQuery q(db.sql());
    q.prepare(scope.level == ReviewScope::Street
                  ? QStringLiteral("SELECT 1 FROM streets WHERE code = ? AND deleted = 0")
                  : QStringLiteral("SELECT 1 FROM communities WHERE code = ? AND deleted = 0"));
    q.addBindValue(scope.code);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (!q.next())
        return Error::invalid(QStringLiteral("scope"),
                              scope.level == ReviewScope::Street
                                  ? Text::tr("Review scope: no street has the code %1.").arg(scope.code)
                                  : Text::tr("Review scope: no community has the code %1.").arg(scope.code));
    return {};
}

QString scopeLabel(Database &db, const ReviewScope &scope)
{
    if (scope.level == ReviewScope::District)
        return Text::tr("the whole district");
    QSqlQuery q(db.sql());
    q.prepare(scope.level == ReviewScope::Street ? QStringLiteral("SELECT name FROM streets WHERE code = ?")
                                                 : QStringLiteral("SELECT name FROM communities WHERE code = ?"));
    q.addBindValue(scope.code);
    return q.exec() && q.next() ? q.value(0).toString() : scope.text();
}

bool scopesOverlap(Database &db, const ReviewScope &a, const ReviewScope &b)
{
    if (a.level == ReviewScope::District || b.level == ReviewScope::District || a == b)
        return true;
    if (a.level == b.level) // two different streets, or two different communities
        return false;
    return streetOf(db, a) == streetOf(db, b); // a community and a street: the community's street
}

QString workerGridsSql()
{
    return QStringLiteral("SELECT worker_id, id AS grid_id FROM grids WHERE deleted = 0 AND worker_id IS NOT NULL "
                          "UNION SELECT m.worker_id, m.grid_id FROM worker_grids m JOIN grids mg ON mg.id = m.grid_id "
                          "WHERE m.deleted = 0 AND mg.deleted = 0");
}

QString scopeWorkers(const ReviewScope &scope, const QString &alias, QVariantList *binds)
{
    QString communities;
    switch (scope.level) {
    case ReviewScope::Street:
        communities =
            QStringLiteral("SELECT c.id FROM communities c JOIN streets s ON s.id = c.street_id WHERE s.code = ?");
        break;
    case ReviewScope::Community: communities = QStringLiteral("SELECT id FROM communities WHERE code = ?"); break;
    case ReviewScope::District: return QStringLiteral("1");
    }
    // The worker's community, or a grid of the scope the worker serves (a worker's community may be
    // left empty where the grid says where the worker works).
    *binds << scope.code << scope.code;
    return QStringLiteral("(%1.community_id IN (%2) OR %1.id IN (SELECT wg.worker_id FROM (%3) wg JOIN grids g ON "
                          "g.id = wg.grid_id WHERE g.community_id IN (%2)))")
        .arg(alias, communities, workerGridsSql());
}

Result<QList<ApprovalOverlap>> overlappingApprovals(Database &db)
{
    QSqlQuery q(db.sql());
    // Months with approvals from more than one office (a month record per office): few rows.
    if (Status failed = exec(q, QStringLiteral("SELECT m.month, m.id, m.scope, m.approved_by, m.origin_site FROM "
                                               "rating_months m WHERE m.state = 'approved' AND m.deleted = 0 AND "
                                               "m.month IN (SELECT month FROM rating_months WHERE state = 'approved' "
                                               "AND deleted = 0 GROUP BY month HAVING count(*) > 1) ORDER BY m.month, "
                                               "m.created_hlc, m.id"));
        !failed)
        return failed.error();
    QList<ApprovalOverlap> months;
    while (q.next()) {
        if (months.isEmpty() || months.last().month != q.value(0).toString())
            months << ApprovalOverlap{q.value(0).toString(), {}};
        months.last().approvals << ScopedApproval{q.value(1).toString(), q.value(2).toString(), QString(),
                                                  q.value(3).toString(), q.value(4).toString()};
    }
    q.finish();
    QList<ApprovalOverlap> out;
    for (ApprovalOverlap &m : months) {
        // Kept: every approval that shares workers with another of the month.
        QList<ScopedApproval> overlapping;
        for (int i = 0; i < m.approvals.size(); ++i) {
            const auto a = ReviewScope::parse(m.approvals.at(i).scope);
            bool shares = false;
            for (int j = 0; j < m.approvals.size() && !shares; ++j) {
                const auto b = ReviewScope::parse(m.approvals.at(j).scope);
                shares = i != j && a && b && scopesOverlap(db, *a, *b);
            }
            if (shares) {
                ScopedApproval approval = m.approvals.at(i);
                approval.label = a ? scopeLabel(db, *a) : approval.scope;
                overlapping << approval;
            }
        }
        if (overlapping.size() > 1)
            out << ApprovalOverlap{m.month, overlapping};
    }
    return out;
}

} // namespace gd::rating
