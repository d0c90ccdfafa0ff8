#pragma once
// The small district of the case-list tests: two streets, three communities, five grids (one
// vacant), two units and fifty cases over about three weeks in every state, some received at
// the same millisecond, with the brute-force filter and order the paged lists are checked against.
#include "TestDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/Workflow.h"
#include "org/UnitService.h"
#include "test_org_fixture.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace gdtest::caselist {

using namespace gd;

inline qint64 beijing(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

inline qint64 endOfDay(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(23, 59, 59, 999), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

inline QString categoryId(Database &db, const QString &code)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM categories WHERE code = ?"));
    q.addBindValue(code);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Two streets, three communities, five grids (grid 5 vacant), two units, and about fifty cases
// spread over about three weeks, in every state, some received at the same millisecond.
struct CaseList : TestDb {
    QString street1, street2, communityA, communityB, communityC;
    QStringList grids, workers, units;
    QHash<QString, QString> communityOfGrid, streetOfCommunity, parentOfCategory;
    QStringList categories; // 01 (top level), 0101, 0102, 0301, 0701
    QStringList ids;

    Case draft(int i) const
    {
        Case c;
        c.channel = cases::channels().at(i % 5);
        c.requestType = QStringLiteral("help");
        c.urgency = i % 7 == 0 ? QStringLiteral("urgent") : QStringLiteral("normal");
        c.categoryId = categories.at((i * 3) % categories.size());
        c.reporterName = QStringLiteral("居民%1").arg(i);
        c.reporterPhone = QStringLiteral("139532%1").arg(10000 + i);
        c.gridId = grids.at((i * 7) % grids.size());
        c.address = QStringLiteral("三明南路%1号").arg(i);
        c.description =
            QStringLiteral("楼道灯不亮，第%1次反映。").arg(i) + QString(i % 9 == 0 ? 100 : 0, QChar(0x706F));
        c.leadOrgId = i % 3 == 0 ? units.at(0) : QString();
        return c;
    }

    CaseList()
    {
        clock->setMs(beijing(2026, 3, 2, 8));
        street1 = addStreet(*db, QStringLiteral("370202002"), QStringLiteral("八大关"));
        street2 = addStreet(*db, QStringLiteral("370202003"), QStringLiteral("湛山"));
        communityA = addCommunity(*db, street1, QStringLiteral("370202002001"), QStringLiteral("红岛路"));
        communityB = addCommunity(*db, street1, QStringLiteral("370202002002"), QStringLiteral("三明路"));
        communityC = addCommunity(*db, street2, QStringLiteral("370202003001"), QStringLiteral("湛山"));
        for (int i = 0; i < 4; ++i)
            workers << addWorker(*db, QStringLiteral("网格员%1").arg(i), QStringLiteral("1395320000%1").arg(i));
        const QString communityOf[] = {communityA, communityA, communityB, communityC, communityC};
        for (int i = 0; i < 5; ++i) {
            const QString code = QStringLiteral("%1%2")
                                     .arg(i < 2    ? QStringLiteral("370202002001")
                                          : i == 2 ? QStringLiteral("370202002002")
                                                   : QStringLiteral("370202003001"))
                                     .arg(i + 1, 3, 10, QLatin1Char('0'));
            grids << addGrid(*db, communityOf[i], code, QStringLiteral("第%1网格").arg(i + 1),
                             i < 4 ? workers.at(i) : QString());
            communityOfGrid.insert(grids.last(), communityOf[i]);
        }
        streetOfCommunity = {{communityA, street1}, {communityB, street1}, {communityC, street2}};
        for (const char *name : {"市南热力站", "燃气公司"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            u.kind = QStringLiteral("heating");
            u.servicePhone = QStringLiteral("0532-82870000");
            units << must(UnitService(*db).save(u));
        }
        for (const char *code : {"01", "0101", "0102", "0301", "0701"})
            categories << categoryId(*db, QString::fromLatin1(code));
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, '') FROM categories")));
        while (q.next())
            parentOfCategory.insert(q.value(0).toString(), q.value(1).toString());

        CaseService service(*db);
        QRandomGenerator random(20260302);
        int i = 0;
        for (int group = 0; i < 50; ++group) {
            // Groups of one to three cases share their received time: the id settles their order.
            QStringList batch;
            for (int k = 0; k <= group % 3 && i < 50; ++k, ++i)
                batch << must(service.registerCase(draft(i)));
            for (const QString &id : batch) {
                drive(service, id, int(ids.size()));
                ids << id;
            }
            clock->advance(qint64(random.bounded(2, 30)) * 3600 * 1000);
        }
        Case repeat = draft(1);
        must(service.attachReport(ids.at(4), repeat));
        // A case without a deadline (its year past the calendar, or merged from such an office),
        // one open and one closed, and a deleted case that no list may show.
        REQUIRE(q.exec(
            QStringLiteral("UPDATE cases SET due_ms = NULL WHERE id IN ('%1', '%2')").arg(ids.at(10), ids.at(17))));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1 WHERE id = '%1'").arg(ids.at(23))));
    }

    // Case n ends in one of ten states; the clock moves a minute per step, except between
    // steps of the cases numbered 3 mod 4, so some share their updated time too.
    void drive(CaseService &service, const QString &id, int n)
    {
        using gd::workflow::Action;
        namespace wf = gd::workflow;
        auto step = [&](const wf::Step &s) {
            if (n % 4 != 3)
                clock->advance(60 * 1000);
            auto r = service.act(id, s);
            INFO(wf::key(s.action) << ": " << r.message().toStdString());
            REQUIRE(r.ok());
        };
        const int end = n % 10;
        const wf::Handler toUnit{{}, units.at(n % 2)};
        // A walk-in, a call or a patrol find was accepted as it was registered.
        if (end == 1 && service.caseById(id)->state == QLatin1String("registered"))
            step({Action::Accept});
        if (end == 8)
            step({Action::Refuse, QStringLiteral("属110职责")});
        if (end == 2)
            step({Action::Dispatch, {}, wf::Handler{workers.at(n % 4), {}}});
        if (end >= 3 && end <= 7) {
            step({Action::Dispatch, {}, toUnit});
            step({Action::Sign});
        }
        if (end == 9) {
            step({Action::Dispatch, {}, toUnit});
            step({Action::Return, QStringLiteral("不属本单位"), wf::ReturnReason{QStringLiteral("wrong_area")}});
        }
        if (end == 4) {
            step({Action::Note, QStringLiteral("已联系物业")});
            step({Action::Supervise, {}, wf::Supervision{QStringLiteral("yellow")}});
        }
        if (end >= 5 && end <= 7)
            step({Action::Complete, QStringLiteral("已修复")});
        if (end >= 6 && end <= 7)
            step({Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}});
        if (end == 7)
            step({Action::Archive});
    }

    QList<Case> all()
    {
        QList<Case> out;
        CaseService service(*db);
        for (const QString &id : ids)
            if (auto c = service.caseById(id))
                out << c.value();
        return out;
    }

    bool matches(const Case &c, const CaseFilter &f, qint64 now, qint64 soonEnd) const
    {
        const QString community = communityOfGrid.value(c.gridId);
        const bool open = workflow::isOpen(c.state);
        if (!f.states.isEmpty() && !f.states.contains(c.state))
            return false;
        if (f.due == QLatin1String("overdue") && !(open && c.dueMs > 0 && c.dueMs < now))
            return false;
        if (f.due == QLatin1String("due_soon") && !(open && c.dueMs >= now && c.dueMs <= soonEnd))
            return false;
        if (!f.streetId.isEmpty() && streetOfCommunity.value(community) != f.streetId)
            return false;
        if (!f.communityId.isEmpty() && community != f.communityId)
            return false;
        if (!f.gridId.isEmpty() && c.gridId != f.gridId)
            return false;
        if (!f.categoryId.isEmpty() && c.categoryId != f.categoryId &&
            parentOfCategory.value(c.categoryId) != f.categoryId)
            return false;
        if (!f.channel.isEmpty() && c.channel != f.channel)
            return false;
        if (!f.handlerWorkerId.isEmpty() && c.handlerWorkerId != f.handlerWorkerId)
            return false;
        if (!f.handlerUnitId.isEmpty() && c.handlerUnitId != f.handlerUnitId)
            return false;
        if (!f.leadOrgId.isEmpty() && c.leadOrgId != f.leadOrgId)
            return false;
        return (f.fromMs == 0 || c.receivedMs >= f.fromMs) && (f.toMs == 0 || c.receivedMs < f.toMs);
    }

    QStringList expected(const CaseFilter &f)
    {
        const qint64 now = f.nowMs ? f.nowMs : db->nowMs();
        const qint64 soonEnd =
            WorkCalendar::load(*db).addWorkingDays(QDateTime::fromMSecsSinceEpoch(now), 1)->toMSecsSinceEpoch();
        QList<Case> rows;
        for (const Case &c : all())
            if (matches(c, f, now, soonEnd))
                rows << c;
        auto value = [&](const Case &c) {
            return f.sort == CaseSort::DueAsc ? c.dueMs : f.sort == CaseSort::UpdatedDesc ? c.updatedMs : c.receivedMs;
        };
        const bool desc = f.sort == CaseSort::ReceivedDesc || f.sort == CaseSort::UpdatedDesc;
        std::sort(rows.begin(), rows.end(), [&](const Case &a, const Case &b) {
            if (f.sort == CaseSort::DueAsc && (a.dueMs == 0) != (b.dueMs == 0))
                return b.dueMs == 0; // no deadline: last
            if (value(a) != value(b))
                return desc ? value(a) > value(b) : value(a) < value(b);
            return desc ? a.id > b.id : a.id < b.id;
        });
        QStringList out;
        for (const Case &c : rows)
            out << c.id;
        return out;
    }
};

} // namespace gdtest::caselist
