// The window routes the grid's work: a count on the dashboard opens the disputes or visits page on
// exactly its records, the due board's high-risk button opens the disputes awaiting review, and
// Ctrl+Shift+J reaches the disputes page.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "cases/DueBoardPage.h"
#include "disputes/DisputeListModel.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesPage.h"
#include "shell/MainWindow.h"
#include "stats/DashboardPage.h"
#include "stats/GridWorkStrip.h"
#include "visits/VisitListModel.h"
#include "visits/VisitsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

using namespace gdui;

TEST_CASE("the window opens the records behind a grid-work count, and the disputes awaiting review", "[gridwork]")
{
    gduitest::DemoDb t;
    QSqlQuery q(t.db->sql());
    REQUIRE(
        q.exec(QStringLiteral("SELECT worker_id, id FROM grids WHERE worker_id IS NOT NULL ORDER BY code LIMIT 1")));
    REQUIRE(q.next());
    const QString worker = q.value(0).toString(), grid = q.value(1).toString();
    const qint64 now = t.db->nowMs();
    gd::Visit v;
    v.workerId = worker;
    v.gridId = grid;
    v.atMs = now - 3600000;
    v.place = QStringLiteral("小区北门");
    REQUIRE(gd::VisitService(*t).record(v).ok());
    gd::DisputeService disputes(*t);
    for (const char *risk : {"high", "low"}) {
        gd::Dispute d;
        d.gridId = grid;
        d.foundMs = now - 7200000;
        d.summary = QStringLiteral("邻里纠纷");
        d.risk = QLatin1String(risk);
        d.parties << gd::DisputeParty{{}, QStringLiteral("赵建国"), {}, {}};
        REQUIRE(disputes.record(d).ok());
    }

    gduitest::TestWindow w(*t);
    auto *dashboard = w.window->findChild<DashboardPage *>();
    auto *disputesPage = w.window->findChild<DisputesPage *>();
    auto *visitsPage = w.window->findChild<VisitsPage *>();
    REQUIRE(dashboard);
    REQUIRE(disputesPage);
    REQUIRE(visitsPage);
    const auto current = [&] { return w.window->navigation()->currentItem()->text(); };
    w.window->showPage(dashboard);
    dashboard->periodCombo()->setCurrentIndex(dashboard->periodCombo()->findData(QStringLiteral("last_12_months")));
    dashboard->refresh();
    dashboard->gridWork()->button(QStringLiteral("high_risk_waiting"))->click();
    QApplication::processEvents();
    CHECK(current() == QStringLiteral("Disputes"));
    CHECK(disputesPage->model()->rowCount() == 1);
    w.window->showPage(dashboard);
    dashboard->gridWork()->button(QStringLiteral("visits"))->click();
    QApplication::processEvents();
    CHECK(current() == QStringLiteral("Visits"));
    CHECK(visitsPage->visitModel()->rowCount() == 1);

    auto *board = w.window->findChild<DueBoardPage *>();
    REQUIRE(board);
    w.window->showPage(board);
    board->refresh();
    board->disputesButton()->click();
    QApplication::processEvents();
    CHECK(current() == QStringLiteral("Disputes"));
    CHECK(disputesPage->awaitingBox()->isChecked());
    CHECK(disputesPage->model()->rowCount() == 1);

    w.window->showPage(0);
    QTest::keyClick(w.window.get(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(current() == QStringLiteral("Disputes"));
}
