// The desk's day in one piece, through the real pages as a new user would go: a walk-in request
// logged at intake, a second resident's report of the same matter offered as a repeat and
// attached, the case found again by searching the cases page, then driven through dispatch,
// sign-for, completion, callback and archive from its detail. With GRIDDESK_SHOT_DIR set (under
// xvfb-run) it also saves a Chinese screenshot of each step, to look at.
#include "IntakeFixture.h"
#include "UiFixture.h"
#include "cases/CaseDetail.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "cases/IntakePage.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "util/Language.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace wf = gd::workflow;

using namespace gdui;
using gduitest::child;
using gduitest::fillIntake;

namespace {

void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w->resize(1280, 760);
    QApplication::processEvents();
    CHECK(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

TEST_CASE("a request is logged, a repeat attached, the case found and driven to its archive", "[walkthrough]")
{
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    if (chinese)
        gd::language::install(QStringLiteral("zh_CN"));
    gduitest::DemoDb t;
    t.db->setClock(std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 4, 8), QTime(9, 30)).toMSecsSinceEpoch()));
    MessageBox::setTestMode(true);
    QUndoStack undo;
    const AppContext ctx{t.db.get(), &undo};
    const gd::Grid grid = gd::GridService(*t).grids().at(3);
    const gd::Building building = gd::BuildingService(*t).buildings(grid.id).first();

    // 1. The walk-in desk: 李先生 reports the stairwell light.
    IntakePage intake(ctx);
    intake.show();
    const QString address = building.address + QStringLiteral("3单元201");
    fillIntake(&intake, QStringLiteral("李先生"), QStringLiteral("13953211111"),
               QStringLiteral("三单元楼道的灯坏了，一直没人修，晚上老人上下楼很危险"), address);
    child<QPlainTextEdit>(&intake, "intakeRequestTextEdit")->setPlainText(QStringLiteral("尽快修好楼道灯"));
    QTest::mouseClick(child<QPushButton>(&intake, "registerButton"), Qt::LeftButton);
    shoot(&intake, "walk-1-registered.png");

    // 2. 王女士 calls the hotline about the same light: offered as a repeat, attached.
    fillIntake(&intake, QStringLiteral("王女士"), QStringLiteral("13953222222"),
               QStringLiteral("楼道灯坏了好几天没人修"), address);
    child<QComboBox>(&intake, "intakeChannelComboBox")->setCurrentIndex(2);
    intake.refreshRepeats();
    REQUIRE(intake.repeatList()->count() == 1);
    shoot(&intake, "walk-2-repeat-offered.png");
    QTest::mouseClick(child<QPushButton>(&intake, "attachButton"), Qt::LeftButton);

    // 3. The cases page: found by a word of the second report and by the first caller's phone.
    CasesPage cases(ctx);
    cases.show();
    cases.searchBox()->setText(QStringLiteral("好几天"));
    cases.applySearch();
    REQUIRE(cases.model()->rowCount() == 1);
    const QString id = cases.model()->index(0, 0).data(CaseListModel::IdRole).toString();
    CHECK(cases.model()->index(0, CaseListModel::NumberColumn).data().toString().contains(QStringLiteral("2")));
    cases.searchBox()->setText(QStringLiteral("1111"));
    cases.applySearch();
    REQUIRE(cases.model()->rowCount() == 1);
    CHECK(cases.model()->index(0, 0).data(CaseListModel::IdRole).toString() == id);
    CHECK(cases.detail()->caseId() == id);
    shoot(&cases, "walk-3-found.png");

    // 4. From its detail, through the whole workflow to the archive (a walk-in is accepted at intake).
    CaseDetail *detail = cases.detail();
    CHECK(gd::CaseService(*t).caseById(id)->state == QStringLiteral("accepted"));
    CHECK_FALSE(detail->offeredActions().contains(wf::Action::Accept));
    CHECK(detail->runAction({wf::Action::Dispatch, {}, wf::Handler{grid.workerId, {}}}));
    CHECK(detail->runAction({wf::Action::Sign}));
    CHECK(detail->runAction({wf::Action::Complete, QStringLiteral("已更换楼道灯，物业确认")}));
    CHECK(detail->runAction({wf::Action::Callback, QStringLiteral("回访李先生，灯已修好"),
                             wf::CallbackOutcome{QStringLiteral("satisfied"), true}}));
    // 王女士's report is answered on its own before the case is put away.
    CHECK_FALSE(detail->runAction({wf::Action::Archive}));
    QString reportId;
    const QList<gd::CaseEvent> events = gd::CaseService(*t).timeline(id).value();
    for (const gd::CaseEvent &e : events)
        if (e.action == wf::Action::Report)
            reportId = e.id;
    REQUIRE_FALSE(reportId.isEmpty());
    CHECK(detail->runAction(
        {wf::Action::AnswerReport, QStringLiteral("已答复王女士：楼道灯已更换"), wf::ReportReply{reportId}}));
    CHECK(detail->runAction({wf::Action::Archive}));
    CHECK(gd::CaseService(*t).caseById(id)->state == QStringLiteral("archived"));
    CHECK(detail->timeline()->topLevelItemCount() == 8); // register, report, and the six actions
    // The note of the completion is searchable at once.
    cases.searchBox()->setText(QStringLiteral("物业确认"));
    cases.applySearch();
    REQUIRE(cases.model()->rowCount() == 1);
    shoot(&cases, "walk-4-archived.png");

    MessageBox::setTestMode(false);
    if (chinese)
        gd::language::uninstall();
}
