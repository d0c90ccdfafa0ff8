// Replaying cases whose timelines grew underneath the workflow (cases/CaseReplay.h), as a merge
// does: the derived columns match a full replay and only those that changed are written, the
// search entry holds the new texts, a deleted case keeps its columns, and a replay can be
// cancelled; and the index's merging held off during a bulk write comes back as it was.
#include "cases/CaseReplay.h"
#include "cases/CaseSearch.h"
#include "test_case_world.h"

#include <QJsonObject>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

// An event as another office would have written it, added to the timeline behind the service's back.
QString addEvent(Database &db, const QString &caseId, const QString &action, const QString &note, qint64 atMs)
{
    const QString id = QStringLiteral("01a21b71-49fb-7b54-8251-%1").arg(atMs % 1000000000000, 12, 10, QLatin1Char('0'));
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_login, action, note, data) "
                       "VALUES(?, ?, ?, 'b7d1c2a0-0000-7000-8000-000000000001', ?, 'other', ?, ?, '{}')"));
    for (const QVariant &v :
         {QVariant(id), QVariant(caseId), QVariant(atMs << 16), QVariant(atMs), QVariant(action), QVariant(note)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    return id;
}

// The derived columns written by the next statements, by column name.
struct WrittenColumns {
    Database &db;
    explicit WrittenColumns(Database &d)
        : db(d)
    {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE written(col TEXT)")));
        for (const QString &c : CaseService::derivedColumns())
            REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER written_%1 AFTER UPDATE OF %1 ON main.cases BEGIN "
                                          "INSERT INTO written VALUES('%1'); END")
                               .arg(c)));
    }
    ~WrittenColumns()
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("DROP TABLE temp.written"));
        for (const QString &c : CaseService::derivedColumns())
            q.exec(QStringLiteral("DROP TRIGGER temp.written_%1").arg(c));
    }
    QStringList columns() const
    {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT col FROM temp.written ORDER BY col")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
};

Case stored(Database &db, const QString &id)
{
    auto c = CaseService(db).caseById(id);
    REQUIRE(c.ok());
    return *c;
}

Status replay(Database &db, const QString &caseId, const QSet<QString> &newEvents)
{
    CaseReplay r(db);
    r.addNewEvents(newEvents);
    return r.replay({caseId});
}

} // namespace

TEST_CASE("a note another office added is replayed: updated_ms alone is written and search finds the note",
          "[cases][replay]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理")}).ok());
    const Case before = stored(*w.t, id);
    const qint64 at = before.updatedMs + 3600000;
    const QString note = addEvent(*w.t, id, QStringLiteral("note"), QStringLiteral("物业答应周五拆门"), at);

    WrittenColumns written(*w.t);
    REQUIRE(replay(*w.t, id, {note}).ok());
    CHECK(written.columns() == QStringList{QStringLiteral("updated_ms")});
    const Case after = stored(*w.t, id);
    CHECK(after.updatedMs == at);
    CHECK(after.state == before.state);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("拆门")).value() == 1);
    requireIndexSound(*w.t);

    // Replayed again with nothing new: nothing is written.
    REQUIRE(replay(*w.t, id, {}).ok());
    CHECK(written.columns() == QStringList{QStringLiteral("updated_ms")});
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM temp.written")) == 1);
}

TEST_CASE("a replayed timeline gives the columns a full replay gives", "[cases][replay]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    const Case before = stored(*w.t, id);
    // Accepted elsewhere: the state moves.
    const qint64 at = before.receivedMs + 600000;
    const QString accept = addEvent(*w.t, id, QStringLiteral("accept"), QStringLiteral("受理"), at);
    REQUIRE(replay(*w.t, id, {accept}).ok());
    const Case replayed = stored(*w.t, id);
    REQUIRE(service.recompute(id).ok());
    const Case recomputed = stored(*w.t, id);
    CHECK(CaseService::derivedValues(replayed) == CaseService::derivedValues(recomputed));
    CHECK(replayed.state != before.state);
}

TEST_CASE("a deleted case that gains an event keeps its columns, and its entry is renewed", "[cases][replay]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1")));
    const qint64 updated = scalar(*w.t, QStringLiteral("SELECT updated_ms FROM cases"));
    const QString note =
        addEvent(*w.t, id, QStringLiteral("note"), QStringLiteral("电话回访无人接听"), updated + 60000);
    REQUIRE(replay(*w.t, id, {note}).ok());
    CHECK(scalar(*w.t, QStringLiteral("SELECT updated_ms FROM cases")) == updated);
    requireIndexSound(*w.t);
}

TEST_CASE("a replay skips cases the file lacks and stops when cancelled", "[cases][replay]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    CaseReplay r(*w.t);
    CHECK(r.replay({QStringLiteral("00000000-0000-5000-8000-000000000000"), id}).ok());

    auto stopped = r.replay({id}, [](qint64) { return false; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().isCancelled());
}

TEST_CASE("merging held off during a bulk write comes back as the office set it", "[cases][replay][search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    must(service.registerCase(w.draft()));
    auto automerge = [&] {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT v FROM case_search_config WHERE k = 'automerge'")));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 8)")));
    CaseSearchIndex index(w.t->sql());
    REQUIRE(index.holdMerging().ok());
    CHECK(automerge() == 0);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(index.resumeMerging().ok());
    CHECK(automerge() == 8);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("违章铁门")).value() == 2);
    // Two small segments, fewer than FTS5 merges: tidying finds nothing to do.
    auto tidied = index.tidy(100);
    REQUIRE(tidied.ok());
    CHECK_FALSE(*tidied);
    requireIndexSound(*w.t);
    Q_UNUSED(id)
}
