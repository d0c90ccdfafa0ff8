// The dashboard's grid work (ui/stats/GridWorkStrip.h): the visits and disputes of the page's
// scope and period with 环比, each count opening the visits page, the care register or the dispute
// ledger on exactly the records it counted; the printout holds them.
#include "UiFixture.h"
#include "disputes/DisputeListModel.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesPage.h"
#include "stats/DashboardPage.h"
#include "stats/GridWorkStrip.h"
#include "visits/CareListModel.h"
#include "visits/VisitListModel.h"
#include "visits/VisitsPage.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QToolButton>
#include <QUndoStack>

using namespace gdui;

namespace {

struct WorkDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    QString worker, grid;
    WorkDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT worker_id, id FROM grids WHERE worker_id IS NOT NULL ORDER BY code "
                                      "LIMIT 1")));
        REQUIRE(q.next());
        worker = q.value(0).toString();
        grid = q.value(1).toString();
        const qint64 now = t.db->nowMs();
        gd::VisitService visits(*t);
        for (int i = 0; i < 3; ++i) {
            gd::Visit v;
            v.workerId = worker;
            v.gridId = grid;
            v.kind = i == 0 ? QStringLiteral("patrol") : QStringLiteral("visit");
            v.atMs = now - (i + 1) * 3600000LL;
            v.place = QStringLiteral("小区北门");
            REQUIRE(visits.record(v).ok());
        }
        gd::DisputeService disputes(*t);
        for (int i = 0; i < 2; ++i) {
            gd::Dispute d;
            d.gridId = grid;
            d.foundMs = now - 5 * 3600000LL;
            d.summary = QStringLiteral("邻里纠纷");
            d.risk = i == 0 ? QStringLiteral("high") : QStringLiteral("low");
            d.parties << gd::DisputeParty{{}, QStringLiteral("赵建国"), {}, {}};
            const QString id = disputes.record(d).value();
            if (i == 1)
                REQUIRE(disputes.settle(id, now - 3600000, QStringLiteral("协议"), {}).ok());
        }
    }
};

} // namespace

TEST_CASE("the dashboard counts the visits and disputes and opens exactly the records behind each count",
          "[dashboard][gridwork]")
{
    WorkDesk d;
    DashboardPage page(AppContext{d.t.db.get(), &d.undo});
    page.periodCombo()->setCurrentIndex(page.periodCombo()->findData(QStringLiteral("last_12_months")));
    page.refresh();
    GridWorkStrip *strip = page.gridWork();
    REQUIRE(strip);
    CHECK(strip->counts().now.value(QStringLiteral("visits")) == 3);
    CHECK(strip->counts().now.value(QStringLiteral("patrols")) == 1);
    CHECK(strip->counts().now.value(QStringLiteral("disputes_found")) == 2);
    CHECK(strip->counts().now.value(QStringLiteral("disputes_settled")) == 1);
    CHECK(strip->counts().now.value(QStringLiteral("high_risk_waiting")) == 1);
    CHECK(strip->button(QStringLiteral("visits"))->text().contains(QStringLiteral("\n3\n")));
    CHECK(strip->button(QStringLiteral("settlement_rate"))->text().contains(QStringLiteral("100.0%")));
    CHECK(strip->button(QStringLiteral("care_late"))->text().endsWith(QStringLiteral("now")));
    CHECK(page.html().contains(QStringLiteral("Disputes found")));

    QSignalSpy opened(&page, &DashboardPage::openGridWork);
    VisitsPage visits(AppContext{d.t.db.get(), &d.undo});
    DisputesPage disputes(AppContext{d.t.db.get(), &d.undo});
    const auto open = [&](const QString &key) {
        strip->button(key)->click();
        REQUIRE(opened.count() == 1);
        const auto records = opened.takeFirst().at(0).value<gd::stats::gridwork::Records>();
        return records;
    };
    auto r = open(QStringLiteral("patrols"));
    REQUIRE(r.kind == gd::stats::gridwork::Records::Visits);
    visits.showRecords(r.visits, QStringLiteral("Patrols"));
    CHECK(visits.visitModel()->rowCount() == 1);
    r = open(QStringLiteral("settlement_rate")); // its numerator: the settled ones
    REQUIRE(r.kind == gd::stats::gridwork::Records::Disputes);
    disputes.showRecords(r.disputes, QStringLiteral("Settled"));
    CHECK(disputes.model()->rowCount() == 1);
    r = open(QStringLiteral("high_risk_waiting"));
    disputes.showRecords(r.disputes, QStringLiteral("High risk"));
    CHECK(disputes.model()->rowCount() == 1);
    r = open(QStringLiteral("care_late"));
    REQUIRE(r.kind == gd::stats::gridwork::Records::Care);
    visits.showCareRecords(r.care, QStringLiteral("Late"));
    CHECK(visits.careModel()->rowCount() == strip->counts().now.value(QStringLiteral("care_late")));
}
