// The window's undo stack after the file changed under it (common/UndoGuard, RecordedEdit): the
// edits a change by another program invalidated are listed in the Edit menu's "Can no longer be
// undone" with the reason, Ctrl+Z on one is refused with that reason and drops it, and edits the
// change did not touch still undo.
#include "UiFixture.h"
#include "common/EditCommands.h"
#include "common/MessageBox.h"
#include "common/UndoGuard.h"
#include "org/GridService.h"
#include "storage/RowStore.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QMenu>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace gduitest;

namespace {

QStringList gridIds(gd::Database &db, int n)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM grids WHERE deleted = 0 ORDER BY code LIMIT %1").arg(n)));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    REQUIRE(ids.size() == n);
    return ids;
}

QString renameGrid(const gdui::AppContext &ctx, const QString &id, const QString &name)
{
    gdui::EditSpec spec;
    spec.text = QStringLiteral("Edit grid %1").arg(name);
    spec.apply = [&db = *ctx.db, id, name] {
        gd::Grid g = gd::GridService(db).grid(id).value();
        g.name = name;
        return gd::GridService(db).save(g);
    };
    return gdui::pushEdit(ctx, nullptr, gdui::FieldErrors(), spec);
}

} // namespace

TEST_CASE("edits another program overwrote are listed as no longer undoable, and Ctrl+Z on one is refused")
{
    DemoDb demo;
    gd::Database &db = *demo;
    QUndoStack stack;
    QMenu stale;
    gdui::UndoGuard guard(db, &stack, &stale);
    const gdui::AppContext ctx{&db, &stack};
    const QStringList grids = gridIds(db, 2);
    const QString oldName = gd::GridService(db).grid(grids.at(0))->name;
    REQUIRE_FALSE(renameGrid(ctx, grids.at(0), QStringLiteral("第一网格（改）")).isEmpty());
    REQUIRE_FALSE(renameGrid(ctx, grids.at(1), QStringLiteral("第二网格（改）")).isEmpty());
    REQUIRE(stack.count() == 2);
    CHECK(guard.review() == 0);
    CHECK_FALSE(stale.menuAction()->isVisible());

    { // another program renames the second grid again
        auto other = gd::Database::open(db.path());
        REQUIRE(other.ok());
        gd::Actor clerk = gd::Actor::system();
        clerk.login = QStringLiteral("clerk2");
        (*other)->setActor(clerk);
        gd::Transaction tx(**other);
        REQUIRE(gd::RowStore(**other)
                    .update(gd::tables::grids(), grids.at(1), {{QStringLiteral("name"), QStringLiteral("别人改的")}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    guard.setPollInterval(20); // the window polls every 3 s
    CHECK(QTest::qWaitFor([&] { return stale.menuAction()->isVisible(); }, 3000));
    REQUIRE(stale.actions().size() == 1);
    CHECK(stale.actions().first()->text().contains(QStringLiteral("第二网格（改）")));
    CHECK(stale.actions().first()->text().contains(QStringLiteral("clerk2")));
    CHECK_FALSE(stale.actions().first()->isEnabled());

    gdui::MessageBox::setTestMode(true);
    stack.undo(); // the second rename: refused and dropped
    CHECK(gdui::MessageBox::lastText().contains(QStringLiteral("clerk2")));
    CHECK(gd::GridService(db).grid(grids.at(1))->name == QStringLiteral("别人改的"));
    CHECK(stack.count() == 1);
    stack.undo(); // the first is untouched and goes back
    CHECK(gd::GridService(db).grid(grids.at(0))->name == oldName);
    stack.redo();
    CHECK(gd::GridService(db).grid(grids.at(0))->name == QStringLiteral("第一网格（改）"));
    gdui::MessageBox::setTestMode(false);
    CHECK(guard.review() == 0);
}
