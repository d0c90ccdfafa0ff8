#pragma once
// One street, community, grid with its worker, building and unit, and a walk-in draft: the
// small world the case-service and case-search tests register cases in.
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "org/BuildingService.h"
#include "org/UnitService.h"
#include "test_org_fixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace gdtest {

// Every token of every case as (case, column, position, token): the index's whole content,
// independent of which doc each case got.
inline QStringList indexContent(gd::Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                                  "USING fts5vocab(main, case_search, 'instance')")));
    REQUIRE(q.exec(QStringLiteral("SELECT m.case_id, v.col, v.offset, v.term FROM temp.search_terms v "
                                  "JOIN case_search_map m ON m.doc = v.doc")));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.finish();
    REQUIRE(q.exec(QStringLiteral("DROP TABLE temp.search_terms")));
    out.sort();
    return out;
}

// The index renewed piece by piece must hold exactly what building it anew gives (FTS5 forgets
// an entry only when told the tokens it was given).
inline void requireIndexSound(gd::Database &db)
{
    const QStringList now = indexContent(db);
    REQUIRE(gd::CaseSearchIndex(db.sql()).rebuild().ok());
    CHECK(indexContent(db) == now);
}

// One number or text from SQL written in the test.
inline qint64 scalar(gd::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline QString text(gd::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

struct CaseWorld {
    TestDb t;
    QString grid, building, worker, category, unit;

    CaseWorld()
    {
        // 2026-03-02 10:00 Beijing time, a Monday with calendar data around it.
        t.clock->setMs(QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        const QString street = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关街道"));
        const QString community =
            addCommunity(*t, street, QStringLiteral("370202002001"), QStringLiteral("红岛路社区"));
        worker = addWorker(*t, QStringLiteral("陈姝夷"), QStringLiteral("13953200001"));
        grid = addGrid(*t, community, QStringLiteral("370202002001001"), QStringLiteral("红岛路社区第1网格"), worker);
        gd::Building b;
        b.gridId = grid;
        b.name = QStringLiteral("书香家园49号楼");
        b.address = QStringLiteral("三明南路2号");
        building = must(gd::BuildingService(*t).save(b));
        gd::Unit u;
        u.name = QStringLiteral("市南热力站");
        u.kind = QStringLiteral("heating");
        u.servicePhone = QStringLiteral("0532-82870000");
        unit = must(gd::UnitService(*t).save(u));
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY code LIMIT 1")));
        REQUIRE(q.next());
        category = q.value(0).toString();
    }

    gd::Case draft() const
    {
        gd::Case c;
        // An order from the online platform: accepted in a step of its own, as the workflow tests
        // take it. A walk-in is accepted as it is registered (test_desk_intake.cpp).
        c.channel = QStringLiteral("online");
        c.requestType = QStringLiteral("help");
        c.categoryId = category;
        c.reporterName = QStringLiteral("李先生");
        c.reporterPhone = QStringLiteral("139 5320 0002");
        c.address = QStringLiteral("三明南路2号");
        c.buildingId = building;
        c.description = QStringLiteral("一楼住户圈占公共院子，狗不拴绳，老人经过常被吓到");
        c.request = QStringLiteral("拆除违章铁门，文明养犬");
        return c;
    }

    // The file written by an operator of this role, who is the grid worker `workerId` when given.
    void signInAs(gd::Role role, const QString &workerId = {})
    {
        gd::Actor a;
        a.operatorId = QStringLiteral("op-%1-%2").arg(int(role)).arg(workerId);
        a.login = QStringLiteral("user");
        a.displayName = QStringLiteral("张三");
        a.role = role;
        a.signedIn = true;
        a.workerId = workerId;
        t->setActor(a);
    }
};

} // namespace gdtest
