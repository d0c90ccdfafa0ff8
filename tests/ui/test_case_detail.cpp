#include "UiFixture.h"
#include "cases/CaseActionDialog.h"
#include "cases/CaseDetail.h"
#include "cases/CaseService.h"
#include "cases/CaseSheet.h"
#include "cases/CategoryService.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>

namespace wf = gd::workflow;

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
        c.channel = QStringLiteral("online"); // an order accepted in a step of its own
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
    const QList<wf::Action> offered = detail.offeredActions();
    CHECK(offered.contains(wf::Action::Accept));
    CHECK(offered.contains(wf::Action::Dispatch));
    CHECK_FALSE(offered.contains(wf::Action::Callback));
    CHECK_FALSE(offered.contains(wf::Action::Sign));

    CHECK(detail.runAction({wf::Action::Accept}));
    CHECK_FALSE(detail.runAction({wf::Action::Dispatch})); // no handler chosen
    CHECK(MessageBox::lastText().contains(QStringLiteral("Handler")));
    const QString worker = gd::GridService(*f.t).grids().at(10).workerId;
    REQUIRE_FALSE(worker.isEmpty());
    CHECK(detail.runAction({wf::Action::Dispatch, {}, wf::Handler{worker, {}}}));
    CHECK(detail.offeredActions().contains(wf::Action::Sign));
    CHECK(detail.timeline()->topLevelItemCount() == 3);
}

TEST_CASE("the action dialog asks for the details its action takes and hands them over typed", "[cases-ui]")
{
    Fixture f;
    gd::Database &db = *f.t;
    CaseActionDialog callback(db, wf::Action::Callback);
    auto *satisfaction = callback.findChild<QComboBox *>(QStringLiteral("actionSatisfactionComboBox"));
    auto *solved = callback.findChild<QCheckBox *>(QStringLiteral("actionSolvedCheckBox"));
    REQUIRE(satisfaction);
    REQUIRE(solved);
    CHECK_FALSE(callback.findChild<QComboBox *>(QStringLiteral("actionWorkerComboBox")));
    satisfaction->setCurrentIndex(satisfaction->findData(QStringLiteral("dissatisfied")));
    solved->setChecked(false);
    callback.findChild<QPlainTextEdit *>(QStringLiteral("actionNoteTextEdit"))
        ->setPlainText(QStringLiteral(" 居民说还漏 "));
    const wf::Step step = callback.step();
    CHECK(step.action == wf::Action::Callback);
    CHECK(step.note == QStringLiteral("居民说还漏"));
    const auto *outcome = std::get_if<wf::CallbackOutcome>(&step.payload);
    REQUIRE(outcome);
    CHECK(outcome->satisfaction == QStringLiteral("dissatisfied"));
    CHECK(outcome->solved == std::optional<bool>(false));

    CaseActionDialog supervise(db, wf::Action::Supervise);
    auto *level = supervise.findChild<QComboBox *>(QStringLiteral("actionLevelComboBox"));
    REQUIRE(level);
    CHECK(level->count() == wf::supervisionLevels().size());
    level->setCurrentIndex(level->findData(QStringLiteral("red")));
    CHECK(std::get<wf::Supervision>(supervise.step().payload).level == QStringLiteral("red"));

    CaseActionDialog extension(db, wf::Action::RequestExtension);
    auto *days = extension.findChild<QSpinBox *>(QStringLiteral("actionDaysSpinBox"));
    REQUIRE(days);
    days->setValue(3);
    CHECK(std::get<wf::ExtensionRequest>(extension.step().payload).days == 3);

    CaseActionDialog accept(db, wf::Action::Accept);
    CHECK_FALSE(accept.findChild<QSpinBox *>(QStringLiteral("actionDaysSpinBox")));
    CHECK(std::holds_alternative<std::monostate>(accept.step().payload));
}

TEST_CASE("a staff operator is not offered supervision", "[cases-ui]")
{
    Fixture f;
    gd::Actor staff = f.t.db->actor();
    staff.role = gd::Role::Staff;
    f.t.db->setActor(staff);
    CaseDetail detail(AppContext{f.t.db.get(), &f.undo});
    detail.showCase(f.caseId);
    CHECK_FALSE(detail.offeredActions().contains(wf::Action::Supervise));
    CHECK(detail.offeredActions().contains(wf::Action::Accept));
}

TEST_CASE("the case sheet PDF carries the number, the reporter and the timeline", "[cases-ui]")
{
    Fixture f;
    REQUIRE(gd::CaseService(*f.t).act(f.caseId, {wf::Action::Accept}).ok());
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
    // The reporter's phone is masked on paper unless an administrator asks, on the record.
    CHECK(text.contains(QStringLiteral("139****3333")));
    CHECK_FALSE(text.contains(QStringLiteral("13953233333")));
    CHECK(text.contains(QStringLiteral("张大爷")));
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    gd::Actor staff = f.t.db->actor();
    staff.role = gd::Role::Staff;
    const gd::Actor admin = f.t.db->actor();
    f.t.db->setActor(staff);
    CHECK_FALSE(writeCaseSheetPdf(*f.t, f.caseId, full, &error, true));
    CHECK_FALSE(QFileInfo::exists(full));
    f.t.db->setActor(admin);
    REQUIRE(admin.role == gd::Role::Admin);
    REQUIRE(writeCaseSheetPdf(*f.t, f.caseId, full, &error, true));
    CHECK(caseSheetHtml(*f.t, f.caseId, true).contains(QStringLiteral("13953233333")));
    QSqlQuery q(f.t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_full_phones'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // A case deleted (by a merge, while its window was open) is not printed.
    {
        gd::Transaction tx(*f.t);
        REQUIRE(gd::RowStore(*f.t).tombstone(gd::tables::cases(), f.caseId).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(caseSheetHtml(*f.t, f.caseId).isEmpty());
    CHECK_FALSE(writeCaseSheetPdf(*f.t, f.caseId, dir.filePath(QStringLiteral("gone.pdf")), &error));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("gone.pdf"))));
}
