#include "FigureCases.h"

#include "CaseFacts.h"
#include "cases/CaseTypes.h"
#include "cases/Timeliness.h"

#include <QDateTime>
#include <QTimeZone>

namespace gd::stats {

namespace {

// The cases a measure counts, as a condition on the cases row: "n" is every case counted.
QString counted(const QString &measure)
{
    if (measure == QLatin1String("n"))
        return QStringLiteral("c.state <> 'merged'");
    return measureOnCases(measure);
}

} // namespace

bool listable(const Figure &figure, FigurePart part)
{
    return !(figure.kind == FigureKind::Days && part == FigurePart::Numerator);
}

CaseFilter casesBehind(const StatsRequest &r, const Figure &f, FigurePart part, const QString &groupKey)
{
    CaseFilter out;
    switch (r.scope.kind) {
    case StatsScope::Street: out.streetId = r.scope.id; break;
    case StatsScope::Community: out.communityId = r.scope.id; break;
    case StatsScope::Grid: out.gridId = r.scope.id; break;
    case StatsScope::Office: break;
    }
    QStringList conditions;
    if (f.live()) {
        out.due = QStringLiteral("overdue");
        out.states = timeliness::openStates();
        conditions << QStringLiteral("c.state <> 'merged'");
    } else {
        QDate from = r.from, to = r.to;
        if (r.by == Breakdown::Month && !groupKey.isEmpty()) {
            const QDate month = QDate::fromString(groupKey + QStringLiteral("-01"), Qt::ISODate);
            from = qMax(from, month);
            to = qMin(to, month.addMonths(1).addDays(-1));
        }
        const qint64 fromMs = gd::cases::dayStartMs(from), toMs = gd::cases::dayStartMs(to.addDays(1));
        if (r.view == View::Received) {
            out.fromMs = fromMs;
            out.toMs = toMs;
        } else {
            conditions
                << QStringLiteral("(%1) >= %2 AND (%1) < %3").arg(doneMsSql(QStringLiteral("c"))).arg(fromMs).arg(toMs);
        }
        QStringList measures;
        if (part == FigurePart::Numerator && f.kind != FigureKind::Days) {
            for (const auto &[measure, weight] : f.numerator)
                if (weight != 0)
                    measures << counted(measure);
        } else {
            measures << counted(f.denominator.isEmpty() ? QStringLiteral("n") : f.denominator);
        }
        // A numerator whose every weight is 0 counts no case.
        conditions << (measures.isEmpty() ? QStringLiteral("0")
                                          : QStringLiteral("((%1))").arg(measures.join(QStringLiteral(") OR ("))));
    }
    const bool none = groupKey.isEmpty();
    switch (r.by) {
    case Breakdown::Street:
    case Breakdown::Community:
    case Breakdown::Grid:
        if (none)
            conditions << QStringLiteral("c.grid_id IS NULL");
        else if (r.by == Breakdown::Street)
            out.streetId = groupKey;
        else if (r.by == Breakdown::Community)
            out.communityId = groupKey;
        else
            out.gridId = groupKey;
        break;
    case Breakdown::Category:
    case Breakdown::CategoryGroup: out.categoryId = groupKey; break;
    case Breakdown::Channel: out.channel = groupKey; break;
    case Breakdown::Handler:
    case Breakdown::Unit:
        if (groupKey.startsWith(QLatin1String("w:")))
            out.handlerWorkerId = groupKey.mid(2);
        else if (groupKey.startsWith(QLatin1String("u:"))) {
            out.handlerUnitId = groupKey.mid(2);
            conditions << QStringLiteral("coalesce(c.handler_worker_id, '') = ''"); // a worker comes first
        } else
            conditions << QStringLiteral("coalesce(c.handler_worker_id, '') = '' AND coalesce(c.handler_unit_id, '') = "
                                         "''");
        break;
    case Breakdown::Month:
    case Breakdown::None: break;
    }
    out.condition = conditions.join(QStringLiteral(" AND "));
    return out;
}

} // namespace gd::stats
