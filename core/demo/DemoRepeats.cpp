#include "DemoRepeats.h"

#include "cases/CaseService.h"
#include "cases/RepeatFinder.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gd::demorepeats {

namespace {

// A new hotline order about the matter of case `c`: the same resident calling again, or a neighbour
// in the same building with some of the same words.
Case orderAbout(const Case &c, int i, qint64 receivedMs)
{
    Case o;
    o.channel = QStringLiteral("hotline_12345");
    o.hotlineOrder = QStringLiteral("SD12345-DEMO-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    o.requestType = c.requestType;
    o.categoryId = c.categoryId;
    o.urgency = QStringLiteral("normal");
    o.address = c.address;
    o.buildingId = c.buildingId;
    o.gridId = c.gridId;
    o.receivedMs = receivedMs;
    o.request = c.request;
    if (i % 2 == 0) {
        o.reporterName = c.reporterName;
        o.reporterPhone = c.reporterPhone;
        o.anonymous = c.anonymous;
        o.description = QStringLiteral("再次反映：") + c.description;
    } else {
        o.reporterName = QStringLiteral("邻居");
        o.reporterPhone = QStringLiteral("1395320%1").arg(7000 + i, 4, 10, QLatin1Char('0'));
        o.description =
            c.description.left(qMax(4, int(c.description.size()) / 2)) + QStringLiteral("，同楼邻居也反映了");
    }
    return o;
}

} // namespace

Result<Made> link(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE state IN ('dispatched', 'signed', 'in_progress') AND "
                             "building_id IS NOT NULL AND reporter_phone <> '' AND deleted = 0 "
                             "ORDER BY received_ms DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, QStringLiteral("demo repeats: %1").arg(q.lastError().text()));
    const QStringList ids = firstColumn(q);

    CaseService cases(db);
    const RepeatScores scores = RepeatFinder::scoresSetting(db);
    Made made;
    for (int i = 0; i < ids.size(); ++i) {
        auto c = cases.caseById(ids.at(i));
        if (!c)
            continue;
        auto id = cases.registerCase(orderAbout(*c, i, db.nowMs() - qint64(ids.size() - i) * 60000));
        if (!id)
            return id.error();
        auto order = cases.caseById(id.value());
        if (!order)
            return order.error();
        const RepeatProbe probe = RepeatFinder::probeFor(db, order.value());
        const QList<RepeatCandidate> found = RepeatFinder(db).find(probe, 1);
        if (found.isEmpty() || found.first().score < scores.review)
            continue;
        const RepeatCandidate &best = found.first();
        const workflow::RepeatLink why{best.caseId, best.score, RepeatFinder::reasonsKey(best)};
        if (best.score >= scores.attach) {
            if (auto merged = cases.mergeInto(id.value(), best.caseId, why); !merged)
                return merged.error();
            ++made.merged;
        } else {
            if (Status s = cases.suspectRepeat(id.value(), why); !s)
                return s.error();
            ++made.suspected;
        }
    }
    return made;
}

} // namespace gd::demorepeats
