// The star review's output from the window, headless: two approved months of the demo district
// with its cases; the result sheet and per-worker statements as PDF (pdftotext finds the names,
// one page per statement), the Excel workbook, a refused file; the charts reading the approved
// months and the sheet; the year's table; and the settings dialog refusing a value with its
// field named, saving as an administrator, read-only for a supervisor. With GRIDDESK_SHOT_DIR set
// (under xvfb-run) Chinese screenshots of the charts and the settings, and the PDFs kept there.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "demo/DemoCases.h"
#include "rating/ReviewCharts.h"
#include "rating/ReviewPage.h"
#include "rating/ReviewPrint.h"
#include "rating/ReviewSettings.h"
#include "rating/ReviewSettingsDialog.h"
#include "rating/ReviewSheetModel.h"
#include "rating/ReviewStats.h"
#include "rating/TemplateDialog.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace gdui;

namespace {

QString pdfText(const QString &pdf, const char *tool = "pdftotext")
{
    const QString exe = QStandardPaths::findExecutable(QLatin1String(tool));
    REQUIRE_FALSE(exe.isEmpty()); // griddesk.sh installs poppler-utils
    QProcess p;
    p.start(exe, tool == QLatin1String("pdfinfo") ? QStringList{pdf} : QStringList{pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pages(const QString &pdf)
{
    const QString info = pdfText(pdf, "pdfinfo");
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// Answers message boxes; in Chinese when screenshots are taken.
struct Session {
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    Session()
    {
        if (chinese)
            gd::language::install(QStringLiteral("zh_CN"));
        MessageBox::setTestMode(true);
    }
    ~Session()
    {
        MessageBox::setTestMode(false);
        if (chinese)
            gd::language::uninstall();
    }
};

// Two months approved by a supervisor on the demo district with 3,000 cases, and the review page
// on the second.
struct ApprovedMonths {
    gduitest::DemoDb t{gd::Role::Supervisor};
    QUndoStack undo;
    std::unique_ptr<ReviewPage> page;
    ApprovedMonths()
    {
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toMSecsSinceEpoch()));
        const gd::Actor supervisor = t.db->actor();
        t.db->setActor(gd::Actor::system());
        gd::DemoCaseOptions o;
        o.count = 3000;
        REQUIRE(gd::DemoCases::generate(*t, o).ok());
        for (const char *month : {"2026-09", "2026-10"}) {
            t.db->setActor(gd::Actor::system()); // submitted by the program, approved by the supervisor
            REQUIRE(gd::rating::submitMonth(*t, QLatin1String(month)).ok());
            QSqlQuery q(t.db->sql()); // its public notice over: submitted three weeks back
            REQUIRE(q.exec(QStringLiteral("UPDATE rating_months SET submitted_ms = submitted_ms - 21 * 86400000")));
            t.db->setActor(supervisor);
            auto approved = gd::rating::approveMonth(*t, QLatin1String(month));
            INFO(approved.message().toStdString());
            REQUIRE(approved.ok());
        }
        page = std::make_unique<ReviewPage>(AppContext{t.db.get(), &undo});
        page->showMonth(QStringLiteral("2026-10"));
    }
};

} // namespace

TEST_CASE("the month's result sheet, statements and workbook are written from the review page", "[rating][ui]")
{
    const Session session;
    ApprovedMonths f;
    ReviewPage &page = *f.page;
    ReviewSheetModel *m = page.model();
    REQUIRE(m->rowCount() > 100);
    const ReviewPaper paper = page.paper();
    // Approved: everyone's reward is known, and the demo's part-time workers' cover subsidies follow.
    int rewards = 0, covers = 0;
    for (const gd::rating::Payout &p : paper.payouts)
        (p.kind == gd::rating::Payout::StarReward ? rewards : covers) += 1;
    CHECK(rewards == m->rowCount());
    CHECK(covers > 0);
    const QString outDir = session.chinese ? qEnvironmentVariable("GRIDDESK_SHOT_DIR") : f.t.dir.path();

    const QString sheetPdf = outDir + QStringLiteral("/review-result-sheet.pdf");
    REQUIRE(page.writeResultSheetPdf(sheetPdf));
    const QString sheetText = pdfText(sheetPdf);
    for (int r : {0, m->rowCount() - 1})
        CHECK(sheetText.contains(m->row(r).name));
    CHECK(pages(sheetPdf) >= 3); // 440 workers do not fit one landscape page

    const QStringList two{m->row(0).workerId, m->row(1).workerId};
    const QString statementsPdf = outDir + QStringLiteral("/review-statements.pdf");
    REQUIRE(page.writeStatementsPdf(statementsPdf, two));
    CHECK(pages(statementsPdf) == 2); // one page each
    const QString statements = pdfText(statementsPdf);
    CHECK(statements.contains(m->row(0).name));
    CHECK(statements.contains(m->row(1).name));
    CHECK_FALSE(statements.contains(m->row(2).name));
    const QString amount = QString::number(paper.payouts.first().amount, 'f', 0);
    CHECK(statements.contains(amount));

    const QString xlsx = f.t.dir.filePath(QStringLiteral("review.xlsx"));
    REQUIRE(page.exportXlsx(xlsx));
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == QByteArray("PK")); // a zip, as every .xlsx is

    // A file that cannot be written: refused, and the message names it.
    const QString nowhere = f.t.dir.filePath(QStringLiteral("no/such/dir/sheet.pdf"));
    CHECK_FALSE(page.writeResultSheetPdf(nowhere));
    CHECK(MessageBox::lastText().contains(nowhere));
    CHECK_FALSE(page.exportXlsx(f.t.dir.filePath(QStringLiteral("no/such/dir/review.xlsx"))));
    CHECK_FALSE(MessageBox::lastText().isEmpty());
}

TEST_CASE("the review charts show the approved months and the sheet, and the year its results", "[rating][ui]")
{
    const Session session;
    ApprovedMonths f;
    ReviewPage &page = *f.page;
    ReviewSheetModel *m = page.model();
    const gd::rating::SheetRow first = m->row(0);

    ReviewChartsDialog charts(*f.t, m->sheet(), first.workerId);
    // Star distribution: six stacked sets (none … five stars), one value per approved month,
    // adding up to the workers reviewed that month.
    auto *stars = qobject_cast<QStackedBarSeries *>(charts.starChart()->series().value(0));
    REQUIRE(stars);
    REQUIRE(stars->count() == 6);
    double october = 0;
    for (QBarSet *set : stars->barSets()) {
        REQUIRE(set->count() == 2);
        october += set->at(1);
    }
    CHECK(october == m->rowCount());
    auto distribution = gd::rating::starDistribution(*f.t, QStringLiteral("2026-09"), QStringLiteral("2026-10"));
    REQUIRE(distribution.ok());
    CHECK(stars->barSets().at(1)->at(1) == distribution->at(1).workers.at(1));
    gduitest::shoot(&charts, "review-chart-stars.png", {960, 620});

    // Score history: the chosen worker's two approved totals.
    auto *line = qobject_cast<QLineSeries *>(charts.historyChart()->series().value(0));
    REQUIRE(line);
    REQUIRE(line->count() == 2);
    CHECK(line->at(1).y() == Approx(first.total));
    charts.workerCombo()->setCurrentIndex(1);
    line = qobject_cast<QLineSeries *>(charts.historyChart()->series().value(0));
    REQUIRE(line);
    CHECK(line->at(1).y() == Approx(m->row(1).total));
    charts.tabs()->setCurrentIndex(1);
    gduitest::shoot(&charts, "review-chart-history.png", {960, 620});

    // Components: one set per item, one bar per worker, the points the sheet shows.
    auto *parts = qobject_cast<QHorizontalStackedBarSeries *>(charts.componentChart()->series().value(0));
    REQUIRE(parts);
    CHECK(parts->count() == m->sheet().items.size());
    for (QBarSet *set : parts->barSets())
        CHECK(set->count() == m->rowCount());
    charts.tabs()->setCurrentIndex(2);
    gduitest::shoot(&charts, "review-chart-components.png", {960, 620});

    // The year: a row per worker reviewed, September and October filled, an annual score.
    QObject owner;
    QStandardItemModel *year = page.yearModel(2026, &owner);
    REQUIRE(year);
    QAbstractItemModelTester tester(year, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(year->rowCount() == m->rowCount());
    CHECK(year->columnCount() == 15);
    CHECK_FALSE(year->item(0, 9)->text().isEmpty());  // September
    CHECK_FALSE(year->item(0, 10)->text().isEmpty()); // October
    CHECK(year->item(0, 1)->text().isEmpty());        // January: no review
    CHECK_FALSE(year->item(0, 13)->text().isEmpty()); // the annual score
    QStandardItemModel *empty = page.yearModel(2020, &owner);
    REQUIRE(empty);
    CHECK(empty->rowCount() == 0);
}

TEST_CASE("the review settings dialog refuses a value with its field named and saves as an administrator",
          "[rating][ui]")
{
    const Session session;
    gduitest::DemoDb admin;
    {
        ReviewSettingsDialog dialog(*admin);
        gduitest::shoot(&dialog, "review-settings.png", {860, 520});
        auto *poor = qobject_cast<QDoubleSpinBox *>(dialog.field(QStringLiteral("poor_score")));
        auto *promotion = qobject_cast<QDoubleSpinBox *>(dialog.field(QStringLiteral("promotion_score")));
        REQUIRE(poor);
        REQUIRE(promotion);
        poor->setValue(90); // above the promotion score of 85
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(MessageBox::lastText().isEmpty());
        CHECK(poor->property("gdInvalid").toBool());
        CHECK(admin.db->meta(QStringLiteral("star_rules")).isEmpty()); // nothing half-written
        poor->setValue(65);
        promotion->setValue(88);
        qobject_cast<QDoubleSpinBox *>(dialog.field(QStringLiteral("reward_3")))->setValue(650);
        auto *fourEyes = qobject_cast<QCheckBox *>(dialog.field(QStringLiteral("approver_not_submitter")));
        REQUIRE(fourEyes);
        CHECK(fourEyes->isChecked()); // on by default
        fourEyes->setChecked(false);
        auto *newStar = qobject_cast<QCheckBox *>(dialog.field(QStringLiteral("reward_from")));
        REQUIRE(newStar);
        CHECK_FALSE(newStar->isChecked()); // a new star pays from the next month by default
        newStar->setChecked(true);
        // When stars move: the defaults shown, each changed through its field.
        auto *cadence = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("cadence")));
        auto *veto = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("veto")));
        auto *failedYear = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("failed_year")));
        auto *atLevel = qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("minimum_months_at_level")));
        auto *annual = qobject_cast<QCheckBox *>(dialog.field(QStringLiteral("annual_promotes")));
        REQUIRE(cadence);
        REQUIRE(veto);
        REQUIRE(failedYear);
        REQUIRE(atLevel);
        REQUIRE(annual);
        CHECK(cadence->currentData().toInt() == int(gd::rating::Cadence::HalfYearly));
        // Whose months: the district by default, any street or community of the file to choose.
        auto *scope = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("scope")));
        REQUIRE(scope);
        CHECK(scope->currentData().toString() == QStringLiteral("district"));
        const int street = scope->findData(QStringLiteral("street:370202002"), Qt::UserRole, Qt::MatchStartsWith);
        REQUIRE(street > 0);
        scope->setCurrentIndex(street);
        CHECK(atLevel->value() == 6);
        auto *notice = qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("notice_days")));
        REQUIRE(notice);
        CHECK(notice->value() == 5);
        notice->setValue(3);
        CHECK(annual->isChecked());
        cadence->setCurrentIndex(cadence->findData(int(gd::rating::Cadence::Quarterly)));
        veto->setCurrentIndex(veto->findData(int(gd::rating::VetoEffect::MonthZeroed)));
        failedYear->setCurrentIndex(failedYear->findData(int(gd::rating::FailedYearEffect::ToNone)));
        atLevel->setValue(9);
        annual->setChecked(false);
        REQUIRE(dialog.save());
    }
    CHECK(gd::rating::RewardSettings::load(*admin).newStarPaysSameMonth);
    const gd::rating::ReviewRules rules = gd::rating::ReviewRules::load(*admin);
    CHECK_FALSE(rules.approverNotSubmitter);
    CHECK(rules.stars.poorScore == Approx(65));
    CHECK(rules.stars.promotionScore == Approx(88));
    CHECK(rules.stars.cadence == gd::rating::Cadence::Quarterly);
    CHECK(rules.scope.startsWith(QStringLiteral("street:370202")));
    CHECK(rules.stars.veto == gd::rating::VetoEffect::MonthZeroed);
    CHECK(rules.stars.failedYear == gd::rating::FailedYearEffect::ToNone);
    CHECK(rules.stars.minimumMonthsAtLevel == 9);
    CHECK(rules.noticeDays == 3);
    CHECK_FALSE(rules.stars.annualPromotes);
    CHECK(gd::rating::RewardSettings::load(*admin).perStar.at(3) == Approx(650));

    gduitest::DemoDb supervisor(gd::Role::Supervisor);
    ReviewSettingsDialog readOnly(*supervisor);
    CHECK_FALSE(readOnly.field(QStringLiteral("promotion_share"))->isEnabled());
    CHECK_FALSE(readOnly.field(QStringLiteral("reward_0"))->isEnabled());
    CHECK_FALSE(readOnly.field(QStringLiteral("approver_not_submitter"))->isEnabled());
    CHECK_FALSE(readOnly.field(QStringLiteral("cadence"))->isEnabled());
}

TEST_CASE("the review items dialog adds up the points and saves a new version as an administrator", "[rating][ui]")
{
    const Session session;
    gduitest::DemoDb admin;
    {
        TemplateDialog dialog(*admin, QStringLiteral("2026-12"));
        QAbstractItemModelTester tester(dialog.table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(dialog.table()->rowCount() == 10);
        CHECK(dialog.sumLabel()->text().contains(QStringLiteral("100")));
        gduitest::shoot(&dialog, "review-items.png", {900, 480});
        // Home visits 15 → 10: 95 points, refused.
        int visits = -1;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            if (dialog.table()->item(r, 0)->text() == QLatin1String("visits"))
                visits = r;
        REQUIRE(visits >= 0);
        qobject_cast<QDoubleSpinBox *>(dialog.table()->cellWidget(visits, 4))->setValue(10);
        CHECK(dialog.sumLabel()->text().contains(QStringLiteral("95")));
        CHECK_FALSE(dialog.save());
        CHECK(MessageBox::lastText().contains(QStringLiteral("100")));
        // A new item typed in worth the 5 points.
        gd::rating::RatingItem safety;
        safety.code = QStringLiteral("safety");
        safety.name = QStringLiteral("安全隐患排查");
        safety.kind = QStringLiteral("entered");
        safety.maxPoints = 5;
        dialog.addItemRow(safety);
        CHECK(dialog.sumLabel()->text().contains(QStringLiteral("100")));
        REQUIRE(dialog.save());
    }
    auto december = gd::rating::itemsForMonth(*admin, QStringLiteral("2026-12"));
    REQUIRE(december.ok());
    CHECK(december->size() == 11);
    CHECK(gd::rating::itemsForMonth(*admin, QStringLiteral("2026-11"))->size() == 10);

    {
        // The codes are keys for the command line, not for the desk: hidden, and a new item gets one.
        TemplateDialog dialog(*admin, QStringLiteral("2026-12"));
        CHECK(dialog.table()->isColumnHidden(0));
        QPushButton *add = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == TemplateDialog::tr("&Add an item"))
                add = b;
        REQUIRE(add);
        add->click();
        add->click();
        const int rows = dialog.table()->rowCount();
        REQUIRE(rows == 13);
        CHECK(dialog.items().at(rows - 2).code == QStringLiteral("item_1"));
        CHECK(dialog.items().at(rows - 1).code == QStringLiteral("item_2"));
        CHECK(dialog.table()->currentRow() == rows - 1);
    }

    gduitest::DemoDb supervisor(gd::Role::Supervisor);
    TemplateDialog readOnly(*supervisor, QStringLiteral("2026-12"));
    CHECK_FALSE(readOnly.table()->isEnabled());
}

TEST_CASE("the printed result sheet marks a worker whose counted cases have unsettled concurrent actions",
          "[rating][ui]")
{
    ReviewPaper paper;
    paper.sheet.month = QStringLiteral("2026-10");
    gd::rating::SheetRow marked, plain;
    marked.workerId = QStringLiteral("w1");
    marked.name = QStringLiteral("陈姝夷");
    marked.unsettled = 2;
    plain.workerId = QStringLiteral("w2");
    plain.name = QStringLiteral("李娜");
    paper.sheet.rows = {marked, plain};
    const QString html = resultSheetHtml(paper);
    CHECK(html.contains(QStringLiteral("陈姝夷 *")));
    CHECK_FALSE(html.contains(QStringLiteral("李娜 *")));
    const QString note = QStringLiteral("* 2 counted case(s) have concurrent actions");
    CHECK(html.contains(note));
    paper.sheet.rows = {plain};
    CHECK_FALSE(resultSheetHtml(paper).contains(note));
}
