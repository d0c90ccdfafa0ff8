// The shared service plumbing (core/storage/Removal, ServiceSupport): deactivate-if-referenced,
// the write transaction shape, saveRow, selectRows and duplicateExists.
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "schema/Tables.h"
#include "storage/Removal.h"
#include "storage/ServiceSupport.h"
#include "storage/Transaction.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
const QList<Reference> kStreetRefs = {{u("communities"), u("street_id")}, {u("police_grids"), u("street_id")}};
} // namespace

TEST_CASE("countReferences counts live referring rows over every reference")
{
    District d;
    CHECK(countReferences(*d, d.street, kStreetRefs) == 1);
    CHECK(countReferences(*d, d.street, {}) == 0);
    addCommunity(*d, d.street, u("370202002002"), u("三明路"));
    CHECK(countReferences(*d, d.street, kStreetRefs) == 2);
    PoliceGrid p{{}, d.street, u("JG-001"), u("一警格"), {}, {}};
    must(PoliceGridService(*d).save(p));
    CHECK(countReferences(*d, d.street, kStreetRefs) == 3);
    CHECK(countReferences(*d, u("missing"), kStreetRefs) == 0);
    // A deactivated child still refers; a tombstoned one does not.
    const QString c = HierarchyService(*d).communities(d.street).last().id;
    REQUIRE(HierarchyService(*d).removeCommunity(c).value() == RemoveOutcome::Deleted);
    CHECK(countReferences(*d, d.street, kStreetRefs) == 2);
}

TEST_CASE("removeOrDeactivate within the caller's transaction")
{
    District d;
    SECTION("a custom off field and value")
    {
        const QString w = addWorker(*d, u("王芳"), u("13800000001"), u("volunteer"), {}, d.community);
        auto r = writeTransaction<RemoveOutcome>(*d, Permission::EditWorkers, [&] {
            return removeOrDeactivate(*d, tables::workers(), w, {{u("workers"), u("id")}}, u("status"),
                                      u("transferred"));
        });
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deactivated);
        CHECK(raw(*d, u("workers"), u("status"), w).toString() == u("transferred"));
    }
    SECTION("deactivating twice is one change")
    {
        auto once = [&] {
            return writeTransaction<RemoveOutcome>(*d, Permission::EditOrganisation, [&] {
                return removeOrDeactivate(*d, tables::streets(), d.street, kStreetRefs);
            });
        };
        REQUIRE(once().value() == RemoveOutcome::Deactivated);
        const int audits = auditRows(*d);
        REQUIRE(once().value() == RemoveOutcome::Deactivated);
        CHECK(auditRows(*d) == audits);
    }
    SECTION("a tombstoned row cannot be removed again")
    {
        const QString s = addStreet(*d, u("370202009"), u("金湖路"));
        REQUIRE(HierarchyService(*d).removeStreet(s).value() == RemoveOutcome::Deleted);
        auto again = HierarchyService(*d).removeStreet(s);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorKind::NotFound);
    }
}

TEST_CASE("writeTransaction: checks the permission first, rolls back a failed body")
{
    District d;
    const int streets = allRows(*d, u("streets"));
    const int audits = auditRows(*d);
    SECTION("a failing body after a write")
    {
        auto r = writeTransaction<QString>(*d, Permission::EditOrganisation, [&]() -> Result<QString> {
            auto id = saveRow(*d, tables::streets(), {}, {{u("code"), u("370202009")}, {u("name"), u("金湖路")}});
            REQUIRE(id.ok());
            return Error::invalid(u("name"), u("no"));
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == u("name"));
        CHECK(allRows(*d, u("streets")) == streets);
        CHECK(auditRows(*d) == audits);
    }
    SECTION("refused: the body never runs")
    {
        d->setActor(actorAs(Role::Staff));
        bool ran = false;
        auto r = writeTransaction<bool>(*d, Permission::EditOrganisation, [&]() -> Result<bool> {
            ran = true;
            return true;
        });
        CHECK(r.error().kind == ErrorKind::Permission);
        CHECK_FALSE(ran);
        CHECK_FALSE(d->inTransaction());
    }
    SECTION("nested inside a caller's transaction")
    {
        {
            Transaction outer(*d);
            auto r = writeTransaction<QString>(*d, Permission::EditOrganisation, [&] {
                return saveRow(*d, tables::streets(), {}, {{u("code"), u("370202009")}, {u("name"), u("金湖路")}});
            });
            REQUIRE(r.ok());
            CHECK(RowStore(*d).exists(tables::streets(), r.value()));
        } // the caller rolls back: the inner commit goes with it
        CHECK(allRows(*d, u("streets")) == streets);
    }
}

TEST_CASE("saveRow inserts without an id and updates with one")
{
    District d;
    auto r = writeTransaction<QString>(*d, Permission::EditOrganisation, [&] {
        return saveRow(*d, tables::streets(), {}, {{u("code"), u("370202009")}, {u("name"), u("金湖路")}});
    });
    REQUIRE(r.ok());
    auto e = writeTransaction<QString>(*d, Permission::EditOrganisation, [&] {
        return saveRow(*d, tables::streets(), r.value(), {{u("name"), u("金湖")}});
    });
    REQUIRE(e.ok());
    CHECK(e.value() == r.value());
    CHECK(HierarchyService(*d).street(r.value())->name == u("金湖"));
    auto missing = writeTransaction<QString>(*d, Permission::EditOrganisation, [&] {
        return saveRow(*d, tables::streets(), u("missing"), {{u("name"), u("x")}});
    });
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("selectRows and duplicateExists see live rows only")
{
    District d;
    const QString s = addStreet(*d, u("370202009"), u("金湖路"));
    QList<Row> rows = selectRows(*d, tables::streets(), {}, {}, u("code"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].second.value(u("code")).toString() == u("370202002"));
    CHECK(rows[2].first == s);
    CHECK(rows[2].second.keys().size() == tables::streets().fields.size());
    CHECK(selectRows(*d, tables::streets(), u("name = ?"), {u("金湖路")}).size() == 1);
    // User text is a bound value, never SQL.
    CHECK(selectRows(*d, tables::streets(), u("name = ?"), {u("x' OR '1'='1")}).isEmpty());

    CHECK(duplicateExists(*d, tables::streets(), u("name"), u("金湖路"), QString()));
    CHECK_FALSE(duplicateExists(*d, tables::streets(), u("name"), u("金湖路"), s)); // itself
    CHECK(duplicateExists(*d, tables::communities(), u("name"), u("红岛路"), {}, u("street_id"), d.street));
    CHECK_FALSE(duplicateExists(*d, tables::communities(), u("name"), u("红岛路"), {}, u("street_id"), d.street2));
    // NULL parents compare equal (IS), so district-wide units clash with each other.
    Unit a;
    a.name = u("华润燃气");
    a.kind = u("gas");
    a.servicePhone = u("96777");
    must(UnitService(*d).save(a));
    CHECK(duplicateExists(*d, tables::units(), u("name"), u("华润燃气"), {}, u("street_id"), QVariant()));

    REQUIRE(HierarchyService(*d).removeStreet(s).value() == RemoveOutcome::Deleted);
    CHECK(selectRows(*d, tables::streets()).size() == 2);
    CHECK_FALSE(duplicateExists(*d, tables::streets(), u("name"), u("金湖路"), QString()));
}
