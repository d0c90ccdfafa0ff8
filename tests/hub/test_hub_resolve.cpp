// A conflict settled on the hub (hub/HubConflicts.h, `griddesk-hub conflicts resolve`): the row
// takes the chosen value with a stamp of the hub's own, every open conflict of the field closes,
// the decision is audited with the database role; the offices take it with the hub's next package,
// their own conflicts of the field close, and every office ends with the hub's content. A case's
// decision folds it again and its figures and search row follow. Bad choices are refused with the
// hub unchanged.
#include "HubRun.h"
#include "HubTestDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseService.h"
#include "hub/HubConflicts.h"
#include "hub/HubFigures.h"
#include "hub/HubPackage.h"
#include "hub/HubSearch.h"
#include "stats/FigureQuery.h"
#include "stats/StatsStore.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

// The hub's package for the office merged into it.
void down(HubDb &h, Database &office, const QString &path)
{
    auto written = hub::writePackageFor(*h, office.siteId(), path);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    mergeReceived(office, path);
}

QString hubText(HubDb &h, const QString &sql, const QVariantList &values = {})
{
    auto v = h->scalar(sql, values);
    REQUIRE(v.ok());
    return v->toString();
}

// Both offices' packages of everything taken by the hub, which then holds exactly one conflict.
exchange::MergeConflict bothTaken(HubDb &h, Database &a, Database &b, const QString &dir)
{
    const QString fromA = dir + QStringLiteral("/a.gdpkg"), fromB = dir + QStringLiteral("/b.gdpkg");
    REQUIRE(exchange::exportPackage(a, fromA).ok());
    REQUIRE(exchange::exportPackage(b, fromB).ok());
    trustAndIngest(h, fromA);
    trustAndIngest(h, fromB);
    auto open = hub::openHubConflicts(*h);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    return open->first();
}

} // namespace

TEST_CASE("a conflict settled on the hub reaches every office and closes theirs", "[hub][conflicts]")
{
    Conflicted x; // two offices renamed one street unaware of each other; each merged the other's
    const QString fromA = x.a.t.dir.filePath(QStringLiteral("a.gdpkg")),
                  fromB = x.a.t.dir.filePath(QStringLiteral("b.gdpkg"));
    HubDb h;
    trustAndIngest(h, fromA);
    trustAndIngest(h, fromB);
    auto open = hub::openHubConflicts(*h);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const exchange::MergeConflict c = open->first();
    const QByteArray before = h.digest();

    // Refused: an empty name, a conflict that is none; the hub unchanged.
    const Status empty = hub::resolveHubConflict(*h, c.id, exchange::Resolution::NewValue, QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Invalid);
    CHECK(empty.error().field == QStringLiteral("name"));
    const Status none = hub::resolveHubConflict(*h, c.id + 100, exchange::Resolution::KeepCurrent);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == ErrorKind::NotFound);
    CHECK(h.digest() == before);
    CHECK(hubText(h, QStringLiteral("SELECT count(*) FROM hub_audit")) == QStringLiteral("0"));

    const QString decided = QStringLiteral("八大关街道");
    REQUIRE(hub::resolveHubConflict(*h, c.id, exchange::Resolution::NewValue, decided).ok());
    CHECK(hubText(h, QStringLiteral("SELECT name FROM streets WHERE id = ?"), {x.street}) == decided);
    auto site = hub::hubIdentity(*h);
    REQUIRE(site.ok());
    CHECK(hubText(h, QStringLiteral("SELECT site FROM streets WHERE id = ?"), {x.street}) == site->siteId);
    auto after = hub::openHubConflicts(*h);
    REQUIRE(after.ok());
    CHECK(after->isEmpty());
    CHECK(hubText(h, QStringLiteral("SELECT by_role || '|' || action || '|' || target FROM hub_audit")) ==
          QStringLiteral("postgres|resolve|merge_conflicts/%1").arg(c.id));
    CHECK(hubText(h, QStringLiteral("SELECT detail FROM hub_audit")).contains(decided));
    // Settled once: the second time it is not open.
    CHECK(hub::resolveHubConflict(*h, c.id, exchange::Resolution::KeepCurrent).error().kind == ErrorKind::NotFound);

    // Each office takes the decision with the hub's package: its own conflict closes, and both end
    // with the hub's content.
    REQUIRE(exchange::openConflicts(*x.a.t)->size() == 1);
    REQUIRE(exchange::openConflicts(*x.b)->size() == 1);
    down(h, *x.a.t, x.a.t.dir.filePath(QStringLiteral("down-a.gdpkg")));
    down(h, *x.b, x.a.t.dir.filePath(QStringLiteral("down-b.gdpkg")));
    for (Database *office : {x.a.t.db.get(), x.b.db.get()}) {
        QSqlQuery q(office->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM streets WHERE id = '%1'").arg(x.street)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == decided);
        CHECK(exchange::openConflicts(*office)->isEmpty());
        CHECK(digestOf(*office) == h.digest());
    }
}

TEST_CASE("a case's conflict settled on the hub folds it again, and its figures and search follow", "[hub][conflicts]")
{
    CaseWorld a;
    a.signInAs(Role::Admin);
    const QString caseId = must(CaseService(*a.t).registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    // Another category of the same group, and another group's, set unaware of each other.
    QSqlQuery q(a.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL AND id <> '%1' AND parent_id "
                                  "<> (SELECT parent_id FROM categories WHERE id = '%1') ORDER BY code LIMIT 2")
                       .arg(a.category)));
    QStringList others;
    while (q.next())
        others << q.value(0).toString();
    REQUIRE(others.size() == 2);
    a.t.clock->advance(1000);
    b.clock->setMs(a.t.clock->nowMs() + 500);
    edit(*a.t, tables::cases(), caseId, {{QStringLiteral("category_id"), others.at(0)}});
    edit(*b, tables::cases(), caseId, {{QStringLiteral("category_id"), others.at(1)}});
    HubDb h;
    const exchange::MergeConflict c = bothTaken(h, *a.t, *b, a.t.dir.path());
    const QString fromB = a.t.dir.filePath(QStringLiteral("b.gdpkg"));
    CHECK(c.field == QStringLiteral("category_id"));
    const QString kept = hubText(h, QStringLiteral("SELECT category_id FROM cases WHERE id = ?"), {caseId});
    const QString lost = kept == others.at(0) ? others.at(1) : others.at(0);
    CHECK(c.lost == lost);

    // The value set aside is taken: the case, its figures by category and its search row follow.
    const QString lostName = hubText(h, QStringLiteral("SELECT name FROM categories WHERE id = ?"), {lost});
    REQUIRE(hub::resolveHubConflict(*h, c.id, exchange::Resolution::TakeOther).ok());
    CHECK(hubText(h, QStringLiteral("SELECT category_id FROM cases WHERE id = ?"), {caseId}) == lost);
    stats::StatsRequest r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    r.by = stats::Breakdown::Category;
    auto counted = stats::count(hub::hubFigureSource(*h), r);
    INFO(counted.message().toStdString());
    REQUIRE(counted.ok());
    qint64 inLost = 0, elsewhere = 0;
    for (const stats::StatsGroup &g : counted->groups)
        (g.key == lost ? inLost : elsewhere) += g.counts[QStringLiteral("n")];
    CHECK(inLost == 1);
    CHECK(elsewhere == 0);
    auto found = hub::searchHub(*h, QStringLiteral("狗不拴绳"), 10, {}, a.t->nowMs());
    REQUIRE(found.ok());
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits.first().row.id == caseId);
    CHECK(found->hits.first().row.categoryName == lostName);

    // The office takes the decision: the same category, the same figures, no conflict left.
    mergeReceived(*a.t, fromB);
    REQUIRE(exchange::openConflicts(*a.t)->size() == 1);
    down(h, *a.t, a.t.dir.filePath(QStringLiteral("down.gdpkg")));
    auto settled = CaseService(*a.t).caseById(caseId);
    REQUIRE(settled.ok());
    CHECK(settled->categoryId == lost);
    CHECK(exchange::openConflicts(*a.t)->isEmpty());
    auto atOffice = stats::count(*a.t, r);
    REQUIRE(atOffice.ok());
    CHECK(atOffice->total.m == counted->total.m);
    // The groups that count a case (each store keeps a row of zeros for a category it once counted).
    const auto counting = [](const stats::StatsTable &t) {
        QStringList out;
        for (const stats::StatsGroup &g : t.groups)
            if (g.counts.m != stats::Counts().m) {
                QStringList m;
                for (qint64 v : g.counts.m)
                    m << QString::number(v);
                out << g.key + QLatin1Char(':') + m.join(QLatin1Char(','));
            }
        return out;
    };
    CHECK(counting(*atOffice) == counting(*counted));
    CHECK(counting(*counted).size() == 1);
    CHECK(digestOf(*a.t) == h.digest());
}

TEST_CASE("griddesk-hub conflicts resolve settles one and refuses a bad command line", "[hub][conflicts][cli]")
{
    Conflicted x;
    HubDb h;
    trustAndIngest(h, x.a.t.dir.filePath(QStringLiteral("a.gdpkg")));
    trustAndIngest(h, x.a.t.dir.filePath(QStringLiteral("b.gdpkg")));
    const QString pg = h.conninfo();
    const HubRun listed = runHub(
        {QStringLiteral("--pg"), pg, QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray conflicts = json(listed).toArray();
    REQUIRE(conflicts.size() == 1);
    const QString id = QString::number(conflicts.first().toObject().value(QStringLiteral("id")).toInteger());
    const QByteArray before = h.digest();
    const struct {
        QStringList arguments;
        const char *names;
    } refused[] = {
        {{QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("--keep")}, "number"},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve"), id}, "--keep"},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
          QStringLiteral("--other")},
         "--keep"},
    };
    for (const auto &r : refused) {
        const HubRun run = runHub(QStringList{QStringLiteral("--pg"), pg} + r.arguments);
        INFO(r.arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(r.names)));
    }
    const HubRun empty = runHub({QStringLiteral("--pg"), pg, QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                                 QStringLiteral("--value"), QString()});
    CHECK(empty.exitCode != 0);
    CHECK(h.digest() == before);

    const HubRun chinese =
        runHub({QStringLiteral("--pg"), pg, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--other")});
    INFO(chinese.err.toStdString());
    REQUIRE(chinese.exitCode == 0);
    CHECK(chinese.out.contains(id));
    CHECK(h.digest() != before);
    const HubRun again = runHub({QStringLiteral("--pg"), pg, QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                                 QStringLiteral("--keep")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(id));
}

TEST_CASE("a calendar day settled on the hub counts the working days again", "[hub][conflicts][figures]")
{
    CaseWorld a;
    a.signInAs(Role::Admin);
    must(CaseService(*a.t).registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    // A holiday on a weekday: one office makes it a working day, the other marks it a holiday
    // again after a change of mind — concurrent, so the hub holds a conflict on its kind.
    QSqlQuery q(a.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM calendar_days WHERE kind = 'holiday' AND deleted = 0 AND "
                                  "strftime('%w', date) NOT IN ('0', '6') ORDER BY date LIMIT 1")));
    REQUIRE(q.next());
    const QString day = q.value(0).toString();
    q.finish(); // an open statement would keep the next merge's package attached
    a.t.clock->advance(1000);
    b.clock->setMs(a.t.clock->nowMs() + 500);
    edit(*a.t, tables::calendarDays(), day, {{QStringLiteral("kind"), QStringLiteral("workday")}});
    edit(*b, tables::calendarDays(), day, {{QStringLiteral("kind"), QStringLiteral("workday")}});
    b.clock->advance(100);
    edit(*b, tables::calendarDays(), day, {{QStringLiteral("kind"), QStringLiteral("holiday")}});
    HubDb h;
    const exchange::MergeConflict c = bothTaken(h, *a.t, *b, a.t.dir.path());
    const QString fromB = a.t.dir.filePath(QStringLiteral("b.gdpkg"));
    CHECK(c.table == QStringLiteral("calendar_days"));
    const QString before = hubText(h, QStringLiteral("SELECT kind FROM calendar_days WHERE id = ?"), {day});

    REQUIRE(hub::resolveHubConflict(*h, c.id, exchange::Resolution::TakeOther).ok());
    CHECK(hubText(h, QStringLiteral("SELECT kind FROM calendar_days WHERE id = ?"), {day}) != before);
    // The working-day index the figures count with is the decided calendar's.
    auto calendar = WorkCalendar::readFrom(h->sql());
    REQUIRE(calendar.ok());
    QStringList expected, held;
    for (const auto &[dayNumber, cumulative] : stats::workdayIndex(*calendar))
        expected << QStringLiteral("%1:%2").arg(dayNumber).arg(cumulative);
    auto rows = h->run(QStringLiteral("SELECT day, cum FROM stats_workdays ORDER BY day"));
    REQUIRE(rows.ok());
    while (rows->next())
        held << QStringLiteral("%1:%2").arg(rows->value(0).toLongLong()).arg(rows->value(1).toLongLong());
    CHECK(held == expected);

    // The office that takes the decision counts as the hub does.
    mergeReceived(*a.t, fromB);
    down(h, *a.t, a.t.dir.filePath(QStringLiteral("down.gdpkg")));
    CHECK(exchange::openConflicts(*a.t)->isEmpty());
    stats::StatsRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    auto atHub = stats::count(hub::hubFigureSource(*h), r);
    auto atOffice = stats::count(*a.t, r);
    REQUIRE(atHub.ok());
    REQUIRE(atOffice.ok());
    CHECK(atHub->total.m == atOffice->total.m);
    CHECK(digestOf(*a.t) == h.digest());
}
