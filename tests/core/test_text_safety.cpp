// No record holds a control character or a hidden direction mark, whichever way it comes: typed
// at the desk (the services' checks name the field), written by any other path (RowStore's net),
// or brought by another office's package (refused whole, naming the row).
#include "TrustSender.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "test_package_tamper.h"

using namespace gd;
using namespace gdtest;

namespace wf = gd::workflow;

TEST_CASE("the desk cannot store a control character or a direction override", "[validate][cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    Case c = w.draft();
    c.reporterName = QStringLiteral("张") + QChar(0x202E) + QStringLiteral("三");
    CHECK(service.registerCase(c).error().field == QStringLiteral("reporter_name"));
    c = w.draft();
    c.hotlineOrder = QStringLiteral("20261205\a0001");
    CHECK(service.registerCase(c).error().field == QStringLiteral("hotline_order"));
    c = w.draft();
    c.address = QStringLiteral("三明南路\n2号");
    CHECK(service.registerCase(c).error().field == QStringLiteral("address"));
    // What happened may run over several lines.
    c = w.draft();
    c.description = QStringLiteral("楼道灯坏了。\n已经三天了。");
    const QString id = must(service.registerCase(c));
    CHECK(service.caseById(id)->description.contains(QLatin1Char('\n')));
    // A workflow note too, but not a terminal's escape.
    CHECK(service.act(id, {wf::Action::Note, QStringLiteral("第一行\n第二行")}).ok());
    CHECK(service.act(id, {wf::Action::Note, QStringLiteral("\x1b[2J清屏")}).error().field == QStringLiteral("note"));
}

TEST_CASE("any other write path is caught by the row store", "[validate]")
{
    TestDb t;
    Transaction tx(*t);
    RowStore rows(*t);
    auto bad = rows.insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202099")},
                                               {QStringLiteral("name"), QStringLiteral("街\x07道")},
                                               {QStringLiteral("active"), 1}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("name"));
    CHECK(bad.message().contains(QStringLiteral("U+0007")));
    CHECK(tables::careerSteps().multiline.contains(QStringLiteral("note")));
    CHECK_FALSE(tables::streets().multiline.contains(QStringLiteral("name")));
}

TEST_CASE("a package holding a control character or a direction override is refused whole", "[exchange][validate]")
{
    Exchange x;
    receiveFrom(*x.receiver, x.package);
    // A line break where a field is one line is refused; in a description it is allowed (the
    // checksums then refuse the edit, not the character).
    const struct {
        const char *name, *sql, *reason;
    } tampered[] = {
        {"bell.gdpkg", "UPDATE streets SET name = name || char(7) WHERE id IN (SELECT id FROM streets LIMIT 1)",
         "control character"},
        {"rlo.gdpkg",
         "UPDATE cases SET hotline_order = '123' || char(8238) || '456' WHERE id IN (SELECT id FROM cases LIMIT 1)",
         "hotline_order"},
        {"newline.gdpkg", "UPDATE streets SET name = name || char(10) WHERE id IN (SELECT id FROM streets LIMIT 1)",
         "control character"},
        {"lines.gdpkg",
         "UPDATE cases SET description = description || char(10) || '又一行' WHERE id IN (SELECT id FROM cases LIMIT "
         "1)",
         "checksum"},
    };
    for (const auto &t : tampered) {
        INFO(t.name);
        refusedWith(x, x.tampered(QString::fromLatin1(t.name), [&](sqlite3 *db) { run(db, t.sql); }),
                    QString::fromLatin1(t.reason));
    }
}
