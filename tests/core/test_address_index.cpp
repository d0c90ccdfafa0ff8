// The address index the 12345 import matches with (org/AddressIndex.h) against the SQL lookup it
// stands in for (BuildingService::lookup), on the demo district: every stored address as written,
// inside a longer address, cut short, with its number changed, and texts that match nothing. The
// SQL is the oracle: the same matches, scores and order for every text.
#include "TestDb.h"
#include "demo/DemoDistrict.h"
#include "org/AddressIndex.h"
#include "org/BuildingService.h"

#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

QStringList shown(const QList<AddressMatch> &matches)
{
    QStringList out;
    for (const AddressMatch &m : matches)
        out << QStringLiteral("%1|%2").arg(m.addressText).arg(m.score);
    return out;
}

} // namespace

TEST_CASE("the address index matches every text as the SQL lookup does", "[org][addresses]")
{
    TestDb t;
    DemoOptions options;
    REQUIRE(DemoDistrict::generate(*t, options).ok());
    QStringList stored;
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT text FROM addresses WHERE deleted = 0 ORDER BY text")));
    while (q.next())
        stored << q.value(0).toString();
    REQUIRE(stored.size() > 100);

    QStringList texts{QStringLiteral("不存在的路1号"), QStringLiteral("号"), QStringLiteral(""),
                      QStringLiteral("青岛市市南区"), QStringLiteral("路")};
    for (int i = 0; i < stored.size(); i += 3) {
        const QString a = stored.at(i);
        texts << a << QStringLiteral("山东省青岛市市南区") + a << a + QStringLiteral("3单元201") << a.left(4)
              << a.left(a.size() - 1) << QString(a).replace(QStringLiteral("1"), QStringLiteral("7"));
    }
    const AddressIndex index(*t);
    CHECK(index.size() == stored.size());
    BuildingService sql(*t);
    int matched = 0;
    for (const QString &text : std::as_const(texts)) {
        const QList<AddressMatch> expected = sql.lookup(text, 5);
        INFO(text.toStdString());
        CHECK(shown(index.lookup(text, 5)) == shown(expected));
        matched += expected.isEmpty() ? 0 : 1;
    }
    CHECK(matched > int(texts.size()) / 2);
}

TEST_CASE("a number is never cut in two by a match", "[org][addresses]")
{
    CHECK(AddressIndex::containsWhole(QStringLiteral("三明南路2号3单元"), QStringLiteral("三明南路2号")));
    CHECK_FALSE(AddressIndex::containsWhole(QStringLiteral("三明南路22号"), QStringLiteral("2号")));
    CHECK_FALSE(AddressIndex::containsWhole(QStringLiteral("三明南路12号"), QStringLiteral("2号")));
    CHECK(AddressIndex::containsWhole(QStringLiteral("三明南路12号2号楼"), QStringLiteral("2号楼")));
    CHECK_FALSE(AddressIndex::containsWhole(QStringLiteral("任何"), QString()));
}
