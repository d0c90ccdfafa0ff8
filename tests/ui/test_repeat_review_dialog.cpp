// The review of suspected repeats headless: the pending pairs listed with the other case, score and
// why; merging one makes it a report of the other (and the pair moves to the confirmed list with
// who decided); rejecting one keeps both apart and lists it as rejected; the buttons follow the
// list shown, and opening a case asks the cases page for it. The hotline import's preview shows a
// line that repeats a case with a check box that decides whether it is attached. With
// GRIDDESK_SHOT_DIR set (under xvfb-run), a Chinese screenshot of the review.
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "WindowFixture.h"
#include "cases/CaseDetail.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "cases/CategoryService.h"
#include "cases/HotlineImportDialog.h"
#include "cases/HotlinePreviewModel.h"
#include "cases/RepeatReview.h"
#include "cases/RepeatReviewDialog.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gdui;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct Office {
    gduitest::DemoDb t;
    gd::Building building;
    QString category;
    QString first; // an open case at work
    Office()
    {
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 5, 6), QTime(9, 0)).toMSecsSinceEpoch()));
        MessageBox::setTestMode(true);
        const gd::Grid grid = gd::GridService(*t).grids().at(10);
        building = gd::BuildingService(*t).buildings(grid.id).first();
        category = gd::CategoryService(*t).byCode(u("0801"))->id;
        first = add(u("walk_in"), u("13953233333"), u("厨房下水管锈蚀漏水，老两口八十多岁"), {});
    }
    ~Office() { MessageBox::setTestMode(false); }
    QString add(const QString &channel, const QString &phone, const QString &text, const QString &order)
    {
        gd::Case c;
        c.channel = channel;
        c.categoryId = category;
        c.reporterName = u("居民");
        c.reporterPhone = phone;
        c.buildingId = building.id;
        c.address = building.address;
        c.description = text;
        c.hotlineOrder = order;
        return gd::CaseService(*t).registerCase(c).value();
    }
    // A hotline order about the first case, recorded as a suspected repeat of it.
    QString suspected(int i)
    {
        const QString id =
            add(u("hotline_12345"), u("1395320%1").arg(7000 + i), u("楼上厨房下水管漏水"), u("SD-%1").arg(i));
        REQUIRE(gd::CaseService(*t).suspectRepeat(id, {first, 60, u("building_category,text:55")}).ok());
        return id;
    }
};

} // namespace

TEST_CASE("the review of suspected repeats merges or keeps apart each pair and lists who decided", "[cases-ui]")
{
    Office o;
    const QString a = o.suspected(1);
    const QString b = o.suspected(2);
    gd::CaseService cases(*o.t);

    RepeatReviewDialog dialog(*o.t);
    REQUIRE(dialog.status() == u("pending"));
    REQUIRE(dialog.pairs().size() == 2);
    QTableWidget *table = dialog.table();
    CHECK(table->rowCount() == 2);
    const QString firstNumber = cases.numberOf(o.first);
    for (int row = 0; row < 2; ++row) {
        CHECK(table->item(row, RepeatReviewDialog::OtherColumn)->text() == firstNumber);
        CHECK(table->item(row, RepeatReviewDialog::ScoreColumn)->text() == u("60"));
        CHECK(table->item(row, RepeatReviewDialog::ReasonColumn)->text().contains(u("same building")));
        CHECK(table->item(row, RepeatReviewDialog::DecidedByColumn)->text().isEmpty());
    }
    CHECK(dialog.confirmButton()->isEnabled());
    CHECK(dialog.rejectButton()->isEnabled());

    // Merge the one on the current row: it becomes a report of the first case.
    const auto rowOfA = std::find_if(dialog.pairs().begin(), dialog.pairs().end(),
                                     [&](const gd::RepeatPair &p) { return p.caseId == a; });
    REQUIRE(rowOfA != dialog.pairs().end());
    table->setCurrentCell(int(rowOfA - dialog.pairs().begin()), 0);
    REQUIRE(dialog.confirmCurrent());
    CHECK(dialog.statusText().contains(firstNumber));
    CHECK(cases.caseById(a)->state == u("merged"));
    CHECK(cases.caseById(o.first)->reportCount == 2);
    REQUIRE(dialog.pairs().size() == 1);
    CHECK(dialog.pairs().first().caseId == b);
    // The case page names the other case on both sides.
    QUndoStack undo;
    CaseDetail detail(AppContext{o.t.db.get(), &undo});
    detail.showCase(a);
    CHECK(detail.bodyText().contains(u("Merged into %1").arg(firstNumber)));
    detail.showCase(b);
    CHECK(detail.bodyText().contains(u("May repeat %1").arg(firstNumber)));
    detail.showCase(o.first);
    bool mergedIn = false;
    for (int i = 0; i < detail.timeline()->topLevelItemCount(); ++i)
        mergedIn = mergedIn || detail.timeline()->topLevelItem(i)->text(3).contains(cases.numberOf(a));
    CHECK(mergedIn);

    // Keep the other apart.
    table->setCurrentCell(0, 0);
    REQUIRE(dialog.rejectCurrent());
    CHECK(dialog.pairs().isEmpty());
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    CHECK(cases.caseById(b)->repeatReview == u("rejected"));
    CHECK(cases.caseById(b)->state == u("registered"));

    // The decided lists say who and when; nothing there can be decided again.
    dialog.showStatus(u("rejected"));
    REQUIRE(dialog.pairs().size() == 1);
    CHECK(table->item(0, RepeatReviewDialog::DecidedByColumn)->text() == u("测试员"));
    CHECK_FALSE(table->item(0, RepeatReviewDialog::DecidedColumn)->text().isEmpty());
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    CHECK_FALSE(dialog.rejectButton()->isEnabled());
    dialog.showStatus(u("confirmed"));
    REQUIRE(dialog.pairs().size() == 1);
    CHECK(dialog.pairs().first().caseId == a);

    // Opening a case asks the cases page for it.
    QSignalSpy opened(&dialog, &RepeatReviewDialog::openCase);
    table->setCurrentCell(0, 0);
    dialog.findChild<QPushButton *>(u("openRepeatCasePushButton"))->click();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == a);
}

TEST_CASE("the hotline import preview lets the operator attach a line that repeats a case or keep it apart",
          "[import-ui]")
{
    Office o;
    gd::CaseService cases(*o.t);
    // Two orders from the same resident about the first case, and one about something else.
    QTemporaryDir dir;
    const QString path = dir.filePath(u("12345.csv"));
    QString csv = u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n");
    for (int i = 0; i < 2; ++i)
        csv += u("RP-%1,2026-05-06 08:0%1,居民,13953233333,%2,厨房下水管锈蚀漏水，老两口八十多岁,,0801,一般,求助\r\n")
                   .arg(i)
                   .arg(o.building.address);
    csv += u("RP-9,2026-05-06 08:30,路人,13953299999,香港中路99号,井盖丢了,,0801,一般,求助\r\n");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();

    HotlineImportDialog dialog(*o.t);
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.loadFile(path));
    HotlinePreviewModel *preview = dialog.previewModel();
    REQUIRE(preview->rowCount() == 3);
    const QModelIndex first = preview->index(0, HotlinePreviewModel::RepeatColumn);
    CHECK(first.data().toString().contains(cases.numberOf(o.first)));
    CHECK(first.data(Qt::CheckStateRole).toInt() == Qt::Checked); // same phone, building, category, text
    CHECK(first.flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(first.data(Qt::ToolTipRole).toString().contains(u("same phone")));
    CHECK(preview->index(0, HotlinePreviewModel::StatusColumn).data().toString() ==
          HotlinePreviewModel::tr("Attach as a repeat"));
    CHECK(preview->index(2, HotlinePreviewModel::RepeatColumn).data(Qt::CheckStateRole).isNull());
    CHECK(preview->repeatRows() == 2);
    CHECK(dialog.statusText().contains(u("repeat a case on file")));

    // The operator keeps the second line apart; the first is attached.
    REQUIRE(preview->setAttach(1, false));
    CHECK(preview->attachRows() == 1);
    CHECK(dialog.importOptions().attachTo.value(3, u("x")).isEmpty());
    REQUIRE(dialog.runImport());
    CHECK(dialog.report().attached == 1);
    CHECK(dialog.report().imported == 3);
    auto merged = cases.caseByNumber(cases.numberOf(dialog.report().attachments.first().caseId));
    REQUIRE(merged.ok());
    CHECK(merged->hotlineOrder == u("RP-0"));
    CHECK(merged->state == u("merged"));
    CHECK(cases.caseById(o.first)->reportCount == 2);
}

// Hidden from the suite: with GRIDDESK_SHOT_DIR set, saves the review and an import preview with
// repeats in Chinese (run under xvfb-run with "[.screenshot]").
TEST_CASE("the review of suspected repeats in Chinese, for the README", "[cases-ui][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    gduitest::ShotTranslations extra;
    Office o;
    for (int i = 1; i <= 3; ++i)
        o.suspected(i);
    RepeatReviewDialog dialog(*o.t);
    dialog.resize(1100, 420);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(dir + QStringLiteral("/repeat-review.png")));

    QTemporaryDir files;
    const QString path = files.filePath(u("12345.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write((u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n") +
             u("SD-101,2026-05-06 "
               "08:01,张大爷,13953233333,%1,厨房下水管锈蚀漏水，老两口八十多岁,帮忙联系维修,0801,一般,求助\r\n")
                 .arg(o.building.address) +
             u("SD-102,2026-05-06 08:20,邻居,13953277777,%1,楼上厨房下水管漏水,,0801,一般,投诉\r\n")
                 .arg(o.building.address) +
             u("SD-103,2026-05-06 08:30,路人,13953299999,香港中路99号,井盖丢了,,井盖丢失,一般,求助\r\n"))
                .toUtf8());
    f.close();
    HotlineImportDialog import(*o.t);
    REQUIRE(import.loadFile(path));
    import.resize(1200, 760);
    import.show();
    QApplication::processEvents();
    CHECK(import.grab().save(dir + QStringLiteral("/import-repeats.png")));
    gd::language::uninstall();
}

TEST_CASE("the cases page's Suspected repeats action counts the pairs waiting for a decision", "[cases-ui]")
{
    Office o;
    QUndoStack undo;
    CasesPage page(AppContext{o.t.db.get(), &undo});
    auto *action = page.findChild<QAction *>(QStringLiteral("repeatReviewAction"));
    REQUIRE(action);
    auto shown = [&] { return action->text(); };
    const int before = gd::RepeatReview(*o.t).count(u("pending"));
    CHECK(shown() == (before ? u("Suspected repeats (%1)…").arg(before) : u("Suspected repeats…")));
    const QString a = o.suspected(1);
    o.suspected(2);
    CHECK(shown() == u("Suspected repeats (%1)…").arg(before + 2));
    REQUIRE(gd::CaseService(*o.t).confirmRepeat(a).ok());
    CHECK(shown() == u("Suspected repeats (%1)…").arg(before + 1));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}
