#include "UiFixture.h"
#include "cases/CaseDetail.h"
#include "cases/CaseService.h"
#include "cases/CaseSheet.h"
#include "cases/CategoryService.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"

#include <QDateTime>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gdui;

namespace {
struct Fixture {
    gduitest::DemoDb t;
    QUndoStack undo;
    QString caseId;
    Fixture()
    {
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 5, 6), QTime(9, 0)).toMSecsSinceEpoch()));
        MessageBox::setTestMode(true);
        const gd::Grid grid = gd::GridService(*t).grids().at(10);
        gd::Case c;
        c.categoryId = gd::CategoryService(*t).byCode(QStringLiteral("0801"))->id;
        c.reporterName = QStringLiteral("张大爷");
        c.reporterPhone = QStringLiteral("13953233333");
        c.buildingId = gd::BuildingService(*t).buildings(grid.id).first().id;
        c.description = QStringLiteral("厨房下水管锈蚀漏水，老两口八十多岁");
        c.request = QStringLiteral("帮忙联系维修");
        caseId = gd::CaseService(*t).registerCase(c).value();
    }
    ~Fixture() { MessageBox::setTestMode(false); }
};
} // namespace

TEST_CASE("the case detail offers what the operator may do and records it on the timeline", "[cases-ui]")
{
    Fixture f;
    CaseDetail detail(AppContext{f.t.db.get(), &f.undo});
    detail.showCase(f.caseId);
    CHECK(detail.timeline()->topLevelItemCount() == 1);
    const QStringList offered = detail.offeredActions();
    CHECK(offered.contains(QStringLiteral("accept")));
    CHECK(offered.contains(QStringLiteral("dispatch")));
    CHECK_FALSE(offered.contains(QStringLiteral("callback")));
    CHECK_FALSE(offered.contains(QStringLiteral("sign")));

    CHECK(detail.runAction(QStringLiteral("accept"), {}, {}));
    CHECK_FALSE(detail.runAction(QStringLiteral("dispatch"), {}, {})); // no handler chosen
    CHECK(MessageBox::lastText().contains(QStringLiteral("Handler")));
    const QString worker = gd::GridService(*f.t).grids().at(10).workerId;
    REQUIRE_FALSE(worker.isEmpty());
    CHECK(detail.runAction(QStringLiteral("dispatch"), {}, {{QStringLiteral("worker_id"), worker}}));
    CHECK(detail.offeredActions().contains(QStringLiteral("sign")));
    CHECK(detail.timeline()->topLevelItemCount() == 3);
}

TEST_CASE("a staff operator is not offered supervision", "[cases-ui]")
{
    Fixture f;
    gd::Actor staff = f.t.db->actor();
    staff.role = gd::Role::Staff;
    f.t.db->setActor(staff);
    CaseDetail detail(AppContext{f.t.db.get(), &f.undo});
    detail.showCase(f.caseId);
    CHECK_FALSE(detail.offeredActions().contains(QStringLiteral("supervise")));
    CHECK(detail.offeredActions().contains(QStringLiteral("accept")));
}

TEST_CASE("the case sheet PDF carries the number, the reporter and the timeline", "[cases-ui]")
{
    Fixture f;
    REQUIRE(gd::CaseService(*f.t).act(f.caseId, QStringLiteral("accept")).ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    REQUIRE(writeCaseSheetPdf(*f.t, f.caseId, pdf, &error));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK_FALSE(writeCaseSheetPdf(*f.t, f.caseId, dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is missing: apt-get install poppler-utils (griddesk.sh installs it)");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const gd::Case c = gd::CaseService(*f.t).caseById(f.caseId).value();
    CHECK(text.contains(c.number));
    CHECK(text.contains(QStringLiteral("13953233333")));
    CHECK(text.contains(QStringLiteral("张大爷")));
}
