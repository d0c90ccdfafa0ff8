// Whose month a review is (rating/ReviewScope.h): the office's scope read and checked, the sheet
// holding only the scope's workers, the scope fixed at submission, each office its own month
// record, an approval refused where another office approved the same workers, and overlapping
// approvals a merge brought listed until one is reopened.
#include "TestDb.h"
#include "rating/RatingEntries.h"
#include "rating/ReviewScope.h"
#include "storage/Uuid.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

// A second street (湛山, 370202003) with a community and a worker of its own beside CaseWorld's.
struct TwoStreets : CaseWorld {
    QString otherWorker;
    TwoStreets()
    {
        const QString street = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        const QString community = addCommunity(*t, street, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        otherWorker = addWorker(*t, QStringLiteral("李娜"), QStringLiteral("13953200055"));
        addGrid(*t, community, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), otherWorker);
        t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    }
    void setScope(const QString &scope) // as the program (an administrator's change)
    {
        const Actor was = t->actor();
        t->setActor(Actor::system());
        rating::ReviewRules rules = rating::ReviewRules::load(*t);
        rules.scope = scope;
        REQUIRE(rules.save(*t).ok());
        t->setActor(was);
    }
    // Another office's record of the month, as a merge brings it.
    void otherOfficeApproved(const QString &month, const QString &scope, const char *site = "site-other")
    {
        QSqlQuery q(t->sql());
        q.prepare(QStringLiteral("INSERT INTO rating_months(id, origin_site, created_hlc, site, hlc, month, state, "
                                 "approved_by, scope) VALUES(?, ?, 1, ?, 1, ?, 'approved', 'jiedao', ?)"));
        for (const QVariant &v :
             {QVariant(uuid::v5(QStringLiteral("rating_months/%1/%2").arg(month, QLatin1String(site)))),
              QVariant(QLatin1String(site)), QVariant(QLatin1String(site)), QVariant(month), QVariant(scope)})
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
};

QStringList namesOf(const rating::MonthSheet &sheet)
{
    QStringList names;
    for (const rating::SheetRow &r : sheet.rows)
        names << r.name;
    return names;
}

} // namespace

TEST_CASE("a review scope is the district, a street or a community, checked against the file", "[rating][scope]")
{
    CaseWorld w;
    CHECK(rating::ReviewScope::parse(QString())->level == rating::ReviewScope::District);
    CHECK(rating::ReviewScope::parse(QStringLiteral("district"))->text() == QStringLiteral("district"));
    const auto street = rating::ReviewScope::parse(QStringLiteral(" street:370202002 "));
    REQUIRE(street.ok());
    CHECK(street->level == rating::ReviewScope::Street);
    CHECK(street->text() == QStringLiteral("street:370202002"));
    CHECK(rating::ReviewScope::parse(QStringLiteral("community:370202002001"))->level ==
          rating::ReviewScope::Community);
    for (const char *bad : {"grid:370202002001001", "street:abc", "street", "community:", "全区"})
        CHECK(rating::ReviewScope::parse(QString::fromUtf8(bad)).error().field == QStringLiteral("scope"));

    rating::ReviewRules rules;
    rules.scope = QStringLiteral("street:370202099"); // no such street
    const Status missing = rules.save(*w.t);
    CHECK(missing.error().field == QStringLiteral("scope"));
    CHECK(missing.message().contains(QStringLiteral("370202099")));
    rules.scope = QStringLiteral("grid:370202002001001");
    CHECK(rules.save(*w.t).error().field == QStringLiteral("scope"));
    rules.scope = QStringLiteral("community:370202002001");
    REQUIRE(rules.save(*w.t).ok());
    CHECK(rating::ReviewRules::load(*w.t).scope == QStringLiteral("community:370202002001"));
    CHECK(rating::scopeLabel(*w.t, *rating::ReviewScope::parse(rules.scope)) == QStringLiteral("红岛路社区"));
}

TEST_CASE("the sheet holds the scope's workers, and the scope is fixed when the month is submitted", "[rating][scope]")
{
    TwoStreets w;
    CHECK(namesOf(*rating::computeMonth(*w.t, QStringLiteral("2026-10"))).size() == 2);
    w.setScope(QStringLiteral("street:370202003"));
    auto zhanshan = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(zhanshan.ok());
    CHECK(namesOf(*zhanshan) == QStringList{QStringLiteral("李娜")}); // by the grid she holds
    CHECK(zhanshan->scopeName == QStringLiteral("湛山街道"));
    w.setScope(QStringLiteral("community:370202002001"));
    CHECK(namesOf(*rating::computeMonth(*w.t, QStringLiteral("2026-10"))) == QStringList{QStringLiteral("陈姝夷")});

    // Submitted under the community: a later change of the office's scope leaves the month alone.
    Actor scorer;
    scorer.login = QStringLiteral("pingfen");
    scorer.role = Role::Admin;
    scorer.signedIn = true;
    w.t->setActor(scorer);
    REQUIRE(rating::submitMonth(*w.t, QStringLiteral("2026-10")).ok());
    w.setScope(QStringLiteral("district"));
    CHECK(rating::monthStatus(*w.t, QStringLiteral("2026-10"))->scope == QStringLiteral("community:370202002001"));
    CHECK(namesOf(*rating::computeMonth(*w.t, QStringLiteral("2026-10"))) == QStringList{QStringLiteral("陈姝夷")});
    CHECK(rating::monthStatus(*w.t, QStringLiteral("2026-09"))->scope == QStringLiteral("district")); // a draft
}

TEST_CASE("two offices never approve the same workers' month", "[rating][scope]")
{
    TwoStreets w;
    w.setScope(QStringLiteral("street:370202002"));
    // The street office of 湛山 approved October for its own street: no overlap, 八大关 approves too.
    w.otherOfficeApproved(QStringLiteral("2026-10"), QStringLiteral("street:370202003"));
    auto october = submitAndApprove(*w.t, QStringLiteral("2026-10"));
    INFO(october.message().toStdString());
    REQUIRE(october.ok());
    CHECK(namesOf(*october) == QStringList{QStringLiteral("陈姝夷")});
    CHECK(rating::overlappingApprovals(*w.t)->isEmpty());
    // Each office keeps its own record: this office's October is approved, the other's stays its own.
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM rating_months WHERE month = '2026-10'")) == 2);

    // The district approved September for everyone: this street's September is refused, naming it.
    w.otherOfficeApproved(QStringLiteral("2026-09"), QStringLiteral("district"));
    auto september = submitAndApprove(*w.t, QStringLiteral("2026-09"));
    REQUIRE_FALSE(september.ok());
    CHECK(september.error().field == QStringLiteral("month"));
    CHECK(september.message().contains(QStringLiteral("the whole district")));
    CHECK(september.message().contains(QStringLiteral("jiedao")));
    // A community inside the approved street is refused as well.
    w.otherOfficeApproved(QStringLiteral("2026-08"), QStringLiteral("street:370202002"));
    w.setScope(QStringLiteral("community:370202002001"));
    CHECK_FALSE(submitAndApprove(*w.t, QStringLiteral("2026-08")).ok());

    // A merge that brings a second approval of workers already approved here keeps both and lists them.
    w.otherOfficeApproved(QStringLiteral("2026-10"), QStringLiteral("district"), "site-district");
    auto overlaps = rating::overlappingApprovals(*w.t);
    REQUIRE(overlaps.ok());
    REQUIRE(overlaps->size() == 1);
    CHECK(overlaps->first().month == QStringLiteral("2026-10"));
    auto scopesOf = [](const rating::ApprovalOverlap &o) {
        QStringList scopes;
        for (const rating::ScopedApproval &a : o.approvals)
            scopes << a.scope;
        scopes.sort();
        return scopes;
    };
    // The district's shares workers with both streets' approvals.
    CHECK(scopesOf(overlaps->first()) == QStringList{QStringLiteral("district"), QStringLiteral("street:370202002"),
                                                     QStringLiteral("street:370202003")});
    CHECK(overlaps->first().approvals.first().approvedBy == QStringLiteral("jiedao")); // oldest first
    // This office reopens its month: the district's and 湛山's remain for those offices to settle.
    w.t->setActor(Actor::system());
    REQUIRE(rating::reopenMonth(*w.t, QStringLiteral("2026-10"), QStringLiteral("区里统一考评")).ok());
    overlaps = rating::overlappingApprovals(*w.t);
    REQUIRE(overlaps->size() == 1);
    CHECK(scopesOf(overlaps->first()) == QStringList{QStringLiteral("district"), QStringLiteral("street:370202003")});
}

TEST_CASE("a month record made before each office kept its own is still this office's", "[rating][scope]")
{
    CaseWorld w;
    QSqlQuery q(w.t->sql());
    q.prepare(QStringLiteral("INSERT INTO rating_months(id, origin_site, created_hlc, site, hlc, month, state, "
                             "submitted_by, approved_by) VALUES(?, ?, 1, ?, 1, '2026-07', 'approved', 'pingfen', "
                             "'zhuren')"));
    q.addBindValue(uuid::v5(QStringLiteral("rating_months/2026-07")));
    q.addBindValue(w.t->siteId());
    q.addBindValue(w.t->siteId());
    REQUIRE(q.exec());
    const auto st = rating::monthStatus(*w.t, QStringLiteral("2026-07"));
    REQUIRE(st.ok());
    CHECK(st->state == rating::MonthState::Approved);
    CHECK(st->scope == QStringLiteral("district"));
    CHECK(st->approvedBy == QStringLiteral("zhuren"));
}
