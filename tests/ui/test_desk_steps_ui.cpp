// The desk's new steps in the window (issue 16 §2, §3): settle at the desk from the intake page,
// the callback dialog that asks for a satisfaction only when the resident was reached, the
// redirect dialog's target, and an operator linked to the unit it signs in for.
#include "IntakeFixture.h"
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "access/OperatorService.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseActionDialog.h"
#include "cases/CaseExportAction.h"
#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "cases/CategoryService.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/UnitService.h"
#include "people/OperatorsDialog.h"
#include "util/Language.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace gdui;
namespace wf = gd::workflow;

TEST_CASE("the intake page settles a matter at the desk in one step, with the answer", "[intake]")
{
    gduitest::DemoDb t;
    t.db->setClock(std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 4, 8), QTime(9, 30)).toMSecsSinceEpoch()));
    MessageBox::setTestMode(true);
    QUndoStack undo;
    IntakePage page(AppContext{t.db.get(), &undo});
    page.show();
    const gd::Grid grid = gd::GridService(*t).grids().at(3);
    const gd::Building building = gd::BuildingService(*t).buildings(grid.id).first();
    gduitest::fillIntake(&page, QStringLiteral("李阿姨"), QStringLiteral("13953211112"),
                         QStringLiteral("咨询老年人优待证怎么办理"), building.address);
    const int before = gduitest::caseCount(*t.db);

    // Without an answer nothing is written and the answer box is named.
    QTest::mouseClick(gduitest::child<QPushButton>(&page, "settleButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Answer at the desk")));
    CHECK(gduitest::caseCount(*t.db) == before);

    gduitest::child<QPlainTextEdit>(&page, "intakeAnswerTextEdit")
        ->setPlainText(QStringLiteral("已告知携带身份证和照片到社区服务站办理"));
    QTest::mouseClick(gduitest::child<QPushButton>(&page, "settleButton"), Qt::LeftButton);
    REQUIRE(gduitest::caseCount(*t.db) == before + 1);
    CHECK(page.resultLabel()->text().contains(QStringLiteral("settled at the desk")));
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT state, callback_result FROM cases ORDER BY received_ms DESC, rowid DESC")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("settled"));
    CHECK(q.value(1).toString() == QStringLiteral("not_needed"));
    // The form is clear for the next resident, the answer too.
    CHECK(gduitest::child<QPlainTextEdit>(&page, "intakeAnswerTextEdit")->toPlainText().isEmpty());
    MessageBox::setTestMode(false);
}

TEST_CASE("the callback dialog asks for a satisfaction only when the resident was reached", "[cases-ui]")
{
    gduitest::DemoDb t;
    CaseActionDialog dialog(*t, wf::Action::Callback);
    auto *result = gduitest::child<QComboBox>(&dialog, "actionResultComboBox");
    auto *satisfaction = gduitest::child<QComboBox>(&dialog, "actionSatisfactionComboBox");
    auto *solved = gduitest::child<QCheckBox>(&dialog, "actionSolvedCheckBox");
    auto *why = gduitest::child<QComboBox>(&dialog, "actionNotNeededComboBox");
    CHECK(result->count() == wf::callbackResults().size());
    CHECK(result->currentData().toString() == QStringLiteral("reached"));
    CHECK(satisfaction->isEnabled());
    CHECK_FALSE(why->isEnabled());

    result->setCurrentIndex(result->findData(QStringLiteral("unreachable")));
    CHECK_FALSE(satisfaction->isEnabled());
    CHECK_FALSE(solved->isEnabled());
    auto o = std::get<wf::CallbackOutcome>(dialog.step().payload);
    CHECK(o.result == QStringLiteral("unreachable"));
    CHECK(o.satisfaction.isEmpty()); // nothing made up, whatever the disabled box still shows
    CHECK_FALSE(o.solved.has_value());

    result->setCurrentIndex(result->findData(QStringLiteral("not_needed")));
    CHECK(why->isEnabled());
    why->setCurrentIndex(why->findData(QStringLiteral("praise")));
    o = std::get<wf::CallbackOutcome>(dialog.step().payload);
    CHECK(o.reason == QStringLiteral("praise"));

    CaseActionDialog redirect(*t, wf::Action::Redirect);
    auto *target = gduitest::child<QComboBox>(&redirect, "actionTargetComboBox");
    CHECK(target->count() == wf::redirectTargets().size());
    target->setCurrentIndex(target->findData(QStringLiteral("petition")));
    CHECK(std::get<wf::Redirection>(redirect.step().payload).target == QStringLiteral("petition"));
}

TEST_CASE("the operators dialog links an operator to the unit it signs in for", "[operators]")
{
    gduitest::DemoDb t;
    MessageBox::setTestMode(true);
    OperatorsDialog dialog(*t);
    dialog.show();
    gd::OperatorService ops(*t);
    const QString id = ops.byLogin(QStringLiteral("wangfang"))->id;
    dialog.selectOperator(id);
    auto *unit = gduitest::child<QComboBox>(&dialog, "operatorUnitComboBox");
    const gd::Unit first = gd::UnitService(*t).units().first();
    unit->setCurrentIndex(unit->findData(first.id));
    REQUIRE(unit->currentData().toString() == first.id);
    QTest::mouseClick(gduitest::child<QPushButton>(&dialog, "saveOperatorButton"), Qt::LeftButton);
    CHECK(ops.byId(id)->unitId == first.id);
    CHECK(dialog.resultLabel()->text().contains(first.name));
    // Shown again when the operator is chosen again.
    dialog.selectOperator(ops.byLogin(QStringLiteral("zhuren"))->id);
    dialog.selectOperator(id);
    CHECK(unit->currentData().toString() == first.id);
    MessageBox::setTestMode(false);
}

TEST_CASE("screenshots of settling at the desk and of a callback's outcomes, in Chinese", "[intake][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return; // only when taking the README's screenshots
    gd::language::install(QStringLiteral("zh_CN"));
    {
        gduitest::ShotTranslations extra;
        gduitest::DemoDb t;
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 4, 8), QTime(9, 30)).toMSecsSinceEpoch()));
        MessageBox::setTestMode(true);
        QUndoStack undo;
        IntakePage page(AppContext{t.db.get(), &undo});
        const gd::Grid grid = gd::GridService(*t).grids().at(3);
        const gd::Building building = gd::BuildingService(*t).buildings(grid.id).first();
        page.resize(1200, 760);
        page.show();
        gduitest::fillIntake(&page, QStringLiteral("李阿姨"), QStringLiteral("13953211112"),
                             QStringLiteral("咨询老年人优待证怎么办理，需要带什么材料"), building.address);
        auto *type = gduitest::child<QComboBox>(&page, "intakeTypeComboBox");
        type->setCurrentIndex(type->findData(QStringLiteral("consultation")));
        auto *category = gduitest::child<QComboBox>(&page, "intakeCategoryComboBox");
        category->setCurrentIndex(category->findData(gd::CategoryService(*t).byCode(QStringLiteral("1101"))->id));
        gduitest::child<QPlainTextEdit>(&page, "intakeAnswerTextEdit")
            ->setPlainText(QStringLiteral("已告知携带身份证和一寸照片到社区服务站办理，当天可取"));
        QApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/intake-settle.png")));

        CaseActionDialog callback(*t, wf::Action::Callback);
        auto *result = gduitest::child<QComboBox>(&callback, "actionResultComboBox");
        result->setCurrentIndex(result->findData(QStringLiteral("unreachable")));
        gduitest::child<QPlainTextEdit>(&callback, "actionNoteTextEdit")
            ->setPlainText(QStringLiteral("上午、下午、次日各回访一次，均无人接听"));
        callback.show();
        QApplication::processEvents();
        CHECK(callback.grab().save(dir + QStringLiteral("/callback-outcome.png")));
        MessageBox::setTestMode(false);
    }
    gd::language::uninstall();
}

TEST_CASE("the route dialogs offer only the tiers above or below the case's", "[cases-ui]")
{
    gduitest::DemoDb t;
    gd::CaseService service(*t);
    gd::Case c;
    c.channel = QStringLiteral("online");
    c.categoryId = gd::CategoryService(*t).byCode(QStringLiteral("0801"))->id;
    c.reporterName = QStringLiteral("张大爷");
    QString worker;
    for (const gd::Grid &g : gd::GridService(*t).grids())
        if (worker.isEmpty() && !g.workerId.isEmpty()) {
            c.gridId = g.id;
            worker = g.workerId;
        }
    REQUIRE_FALSE(worker.isEmpty());
    c.description = QStringLiteral("路灯不亮");
    const QString id = service.registerCase(c).value();
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{worker, {}}}).ok());

    CaseActionDialog up(*t, wf::Action::RouteUp, id);
    auto *tier = gduitest::child<QComboBox>(&up, "actionTierComboBox");
    REQUIRE(tier->count() == 3);
    CHECK(tier->itemData(0).toString() == QStringLiteral("community"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("street")));
    CHECK(std::get<wf::Handler>(up.step().payload).level == QStringLiteral("street"));

    CaseActionDialog down(*t, wf::Action::RouteDown, id);
    CHECK(gduitest::child<QComboBox>(&down, "actionTierComboBox")->count() == 0); // at the grid: nowhere lower
    CaseActionDialog dispatch(*t, wf::Action::Dispatch, id);
    CHECK_FALSE(dispatch.findChild<QComboBox *>(QStringLiteral("actionTierComboBox")));
}

TEST_CASE("the cases page exports the hotline's replies of the days chosen", "[cases-ui]")
{
    gduitest::DemoDb t;
    MessageBox::setTestMode(true);
    gd::CaseService service(*t);
    gd::Case c;
    c.channel = QStringLiteral("hotline_12345");
    c.hotlineOrder = QStringLiteral("2026120600077");
    c.categoryId = gd::CategoryService(*t).byCode(QStringLiteral("0801"))->id;
    c.reporterName = QStringLiteral("孙先生");
    c.description = QStringLiteral("邻居家装修纠纷，要求起诉");
    const QString id = service.registerCase(c).value();
    REQUIRE(service
                .act(id, {wf::Action::Redirect, QStringLiteral("属于法院诉讼事项，已告知依法起诉"),
                          wf::Redirection{QStringLiteral("court")}})
                .ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replies.csv"));
    const QDate today = t.db->clock().now().toTimeZone(gd::WorkCalendar::zone()).date();
    auto rows = exportHotlineRepliesTo(nullptr, *t, today, today, path);
    REQUIRE(rows.ok());
    CHECK(rows.value() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("1")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).contains(QStringLiteral("2026120600077")));
    // Yesterday's: none; a file that cannot be written says so.
    CHECK(exportHotlineRepliesTo(nullptr, *t, today.addDays(-1), today.addDays(-1), path).value() == 0);
    CHECK_FALSE(exportHotlineRepliesTo(nullptr, *t, today, today, dir.filePath(QStringLiteral("no/x.csv"))).ok());
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    MessageBox::setTestMode(false);
}
