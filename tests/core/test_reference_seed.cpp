// The reference data every office starts with (core/cases/ReferenceSeed): exactly the shipped
// calendar, the 13-branch category tree, deterministic rows that two offices seed identically,
// and a second run that changes nothing, not even an administrator's edits.
#include "TestDb.h"
#include "calendar/CalendarService.h"
#include "cases/ReferenceSeed.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"

#include <QFile>
#include <QSqlRecord>

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
void seed(TestDb &t)
{
    Transaction tx(*t);
    Status s = seedReferenceData(t->sql());
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    REQUIRE(tx.commit().ok());
}
// Every column of every row, tombstones included, in id order: "byte-identical" made testable.
QList<QVariantList> dump(TestDb &t, const QString &table)
{
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}
int count(TestDb &t, const QString &sql)
{
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
QString value(TestDb &t, const QString &sql, const QString &bind)
{
    QSqlQuery q(t->sql());
    q.prepare(sql);
    q.addBindValue(bind);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}
} // namespace

TEST_CASE("the seed holds exactly the shipped calendar", "[seed]")
{
    TestDb t;
    seed(t);
    QFile f(QStringLiteral(":/data/cn-calendar.csv")); // registered by the seed
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.first() == QStringLiteral("date,kind,name"));
    CHECK(lines.size() - 1 == 72); // 33 days for 2025, 39 for 2026
    QStringList expected;
    for (const QString &l : lines.mid(1))
        expected << l.trimmed();
    QStringList stored;
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT date, kind, name, id FROM calendar_days WHERE deleted = 0 ORDER BY date")));
    while (q.next()) {
        stored << QStringLiteral("%1,%2,%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        CHECK(q.value(3).toString() == uuid::v5(QStringLiteral("calendar_days/") + q.value(0).toString()));
    }
    CHECK(stored == expected);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM calendar_days WHERE date >= '2027'")) == 0);
    CHECK(CalendarService(*t).years() == QList<int>{2025, 2026});
}

TEST_CASE("the seed creates the two-level category tree", "[seed]")
{
    TestDb t;
    seed(t);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM categories WHERE parent_id IS NULL")) == 13);
    QStringList topCodes;
    QSqlQuery top(t->sql());
    REQUIRE(top.exec(QStringLiteral("SELECT code, id FROM categories WHERE parent_id IS NULL ORDER BY code")));
    while (top.next()) {
        const QString code = top.value(0).toString();
        topCodes << code;
        CHECK(top.value(1).toString() == uuid::v5(QStringLiteral("categories/") + code));
        const int children = count(
            t, QStringLiteral("SELECT count(*) FROM categories WHERE parent_id = '%1'").arg(top.value(1).toString()));
        INFO(code.toStdString());
        if (code == QLatin1String("13"))
            CHECK(children == 0); // "Other" is a leaf of its own
        else
            CHECK(children >= 3);
    }
    CHECK(topCodes == QStringList{u("01"), u("02"), u("03"), u("04"), u("05"), u("06"), u("07"), u("08"), u("09"),
                                  u("10"), u("11"), u("12"), u("13")});
    // Two levels only, and every child's code extends its parent's.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM categories c JOIN categories p ON c.parent_id = p.id "
                                  "WHERE p.parent_id IS NOT NULL OR substr(c.code, 1, 2) <> p.code "
                                  "OR length(c.code) <> 4")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM categories WHERE parent_id = '%1'")
                       .arg(uuid::v5(QStringLiteral("categories/01")))) == 7); // the seven kinds of dispute

    const QString byCode = QStringLiteral("SELECT name FROM categories WHERE code = ?");
    const QString routeOf = QStringLiteral("SELECT route FROM categories WHERE code = ?");
    CHECK(value(t, byCode, u("01")) == u("矛盾纠纷"));
    CHECK(value(t, byCode, u("0101")) == u("邻里纠纷"));
    CHECK(value(t, byCode, u("0104")) == u("欠薪纠纷"));
    CHECK(value(t, byCode, u("13")) == u("其他"));
    for (const char *c : {"02", "0201", "0202", "0203", "0204"})
        CHECK(value(t, routeOf, u(c)) == u("police"));
    for (const char *c : {"07", "0701", "0702", "0703", "0704"})
        CHECK(value(t, routeOf, u(c)) == u("utility"));
    CHECK(value(t, routeOf, u("0705")) == u("")); // telecom has no 24-hour rule
    CHECK(value(t, routeOf, u("0706")) == u("")); // nor has a billing question
    // The seed article's own domains (issue 16 §6).
    CHECK(value(t, byCode, u("0405")) == u("文明养犬"));
    CHECK(value(t, byCode, u("0505")) == u("旅游秩序"));
    CHECK(value(t, byCode, u("0606")) == u("既有住宅加装电梯"));
    CHECK(value(t, byCode, u("0806")) == u("老旧小区改造"));
    for (const char *c : {"12", "1201", "1202", "1203"})
        CHECK(value(t, routeOf, u(c)) == u("emergency"));
    CHECK(value(t, routeOf, u("0302")) == u("")); // a gas hazard is a safety case, not a utility
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM categories WHERE route NOT IN ('', 'police', 'utility', "
                                  "'emergency') OR active <> 1")) == 0);
}

TEST_CASE("seeded rows carry the same neutral stamps in every office", "[seed]")
{
    TestDb a, b;
    seed(a);
    seed(b);
    REQUIRE(a->siteId() != b->siteId());
    for (const char *table : {"calendar_days", "categories"}) {
        INFO(table);
        const QString name = QString::fromLatin1(table);
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM %1 WHERE origin_site <> '%2' OR site <> '%2' OR "
                                      "created_hlc <> 0 OR hlc <> 0 OR vv <> '{}' OR fstamps <> '{}' OR deleted <> 0")
                           .arg(name, seedSite())) == 0);
        const QList<QVariantList> rowsA = dump(a, name);
        CHECK_FALSE(rowsA.isEmpty());
        CHECK(rowsA == dump(b, name));
    }
}

TEST_CASE("seeding again changes nothing and keeps an administrator's edits", "[seed]")
{
    TestDb t;
    seed(t);
    const QList<QVariantList> days = dump(t, QStringLiteral("calendar_days"));
    const QList<QVariantList> categories = dump(t, QStringLiteral("categories"));
    seed(t);
    CHECK(dump(t, QStringLiteral("calendar_days")) == days);
    CHECK(dump(t, QStringLiteral("categories")) == categories);

    CalendarService cs(*t);
    const QString springId = CalendarService::idFor(u("2026-02-17"));
    CalendarDay renamed = cs.day(springId).value();
    renamed.name = u("春节假期");
    REQUIRE(cs.save(renamed).ok());
    REQUIRE(cs.remove(CalendarService::idFor(u("2025-01-01"))).ok());
    const QList<QVariantList> edited = dump(t, QStringLiteral("calendar_days"));
    seed(t);
    CHECK(dump(t, QStringLiteral("calendar_days")) == edited);
    CHECK(cs.day(springId).value().name == u("春节假期"));
    CHECK(cs.day(CalendarService::idFor(u("2025-01-01"))).error().kind == ErrorKind::NotFound);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM calendar_days")) == 72);
}

TEST_CASE("an upgrade brings new shipped categories and the shipped names of rows nobody edited", "[seed]")
{
    TestDb t;
    seed(t);
    // As a file of before: a category the shipped data has since gained is missing, and a seeded
    // row still has the name it was shipped with then (its seed stamp untouched).
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM categories WHERE code = '0806'")));
    REQUIRE(q.exec(QStringLiteral("UPDATE categories SET name = '通讯', route = 'utility' WHERE code = '0705'")));
    // An administrator's own edit (stamped) is the office's.
    const QString water = uuid::v5(QStringLiteral("categories/0701"));
    {
        Transaction tx(*t);
        REQUIRE(RowStore(*t).update(tables::categories(), water, {{QStringLiteral("name"), u("自来水")}}).ok());
        REQUIRE(tx.commit().ok());
    }
    seed(t);
    const QString byCode = QStringLiteral("SELECT name || '/' || route FROM categories WHERE code = ?");
    CHECK(value(t, byCode, u("0806")) == u("老旧小区改造/"));
    CHECK(value(t, byCode, u("0705")) == u("通信/"));
    CHECK(value(t, byCode, u("0701")) == u("自来水/utility"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM categories WHERE code = '0705' AND hlc = 0")) == 1);
}

TEST_CASE("the shipped calendar passes the administrator's own checks", "[seed]")
{
    TestDb t;
    seed(t);
    QFile f(QStringLiteral(":/data/cn-calendar.csv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto parsed = CalendarService::parseCsv(f.readAll());
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->size() == 72);
    QFile c(QStringLiteral(":/data/categories.csv"));
    REQUIRE(c.open(QIODevice::ReadOnly));
    CHECK(c.readLine().trimmed() == QByteArray("code,parent_code,name_zh,route"));
}
