#pragma once
// Shared helpers for the org/people service tests: a small district on a TestDb, actors of
// each role, and raw reads that see tombstoned rows too (the services never return those).
#include "TestDb.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "people/WorkerService.h"
#include "storage/RowStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace gdtest {

inline gd::Actor actorAs(gd::Role role, bool signedIn = true)
{
    gd::Actor a;
    a.operatorId = QStringLiteral("op-") + gd::roleKey(role);
    a.login = gd::roleKey(role);
    a.displayName = QStringLiteral("Test ") + gd::roleKey(role);
    a.role = role;
    a.signedIn = signedIn;
    return a;
}

// A value straight from the table, tombstone or not; an invalid QVariant when the row is missing.
inline QVariant raw(gd::Database &db, const QString &table, const QString &column, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

inline int count(gd::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

inline int auditRows(gd::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

// Rows of an exchanged table, live and tombstoned: "nothing written" means this does not move.
inline int allRows(gd::Database &db, const QString &table)
{
    return count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

template <typename R> inline QString must(const R &result)
{
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

inline QString addStreet(gd::Database &db, const QString &code, const QString &name)
{
    gd::Street s;
    s.code = code;
    s.name = name;
    return must(gd::HierarchyService(db).saveStreet(s));
}

inline QString addCommunity(gd::Database &db, const QString &streetId, const QString &code, const QString &name)
{
    gd::Community c;
    c.streetId = streetId;
    c.code = code;
    c.name = name;
    return must(gd::HierarchyService(db).saveCommunity(c));
}

inline QString addGrid(gd::Database &db, const QString &communityId, const QString &code, const QString &name,
                       const QString &workerId = {}, const QString &headId = {})
{
    gd::Grid g;
    g.communityId = communityId;
    g.code = code;
    g.name = name;
    g.workerId = workerId;
    g.headId = headId;
    return must(gd::GridService(db).save(g));
}

inline QString addWorker(gd::Database &db, const QString &name, const QString &phone,
                         const QString &kind = QStringLiteral("full_time"), const QStringList &gridIds = {},
                         const QString &communityId = {})
{
    gd::Worker w;
    w.name = name;
    w.phone = phone;
    w.kind = kind;
    w.gridIds = gridIds;
    w.communityId = communityId;
    w.startDate = QStringLiteral("2024-03-01");
    return must(gd::WorkerService(db).save(w));
}

// 八大关 street (370202002) with 红岛路 community, and 湛山 street with 湛山 community.
struct District : TestDb {
    QString street, community, street2, community2;
    District()
    {
        street = addStreet(*db, QStringLiteral("370202002"), QStringLiteral("八大关"));
        community = addCommunity(*db, street, QStringLiteral("370202002001"), QStringLiteral("红岛路"));
        street2 = addStreet(*db, QStringLiteral("370202003"), QStringLiteral("湛山"));
        community2 = addCommunity(*db, street2, QStringLiteral("370202003001"), QStringLiteral("湛山"));
    }
    QString gridCode(int seq) const { return QStringLiteral("370202002001%1").arg(seq, 3, 10, QLatin1Char('0')); }
};

} // namespace gdtest
