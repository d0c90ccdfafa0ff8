// The monthly report dialog (stats/ReportDialog.h): it opens on the last whole month and offers
// the office, its streets and communities; the PDF and workbook it writes are core's report for
// the scope and month chosen; a file that cannot be written is named in a message and not left
// half-written; a change to the cases makes the next output count again; the dashboard's button
// opens it on the page's scope and month.
#include "ToolOutput.h"
#include "UiFixture.h"
#include "cases/CaseService.h"
#include "common/MessageBox.h"
#include "demo/DemoCases.h"
#include "stats/DashboardPage.h"
#include "stats/ReportDialog.h"
#include "stats/ReportHtml.h"
#include "util/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace gdui;

namespace {

struct ReportDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<ReportDialog> dialog;
    ReportDesk()
    {
        gd::DemoCaseOptions o;
        o.count = 600;
        o.seed = 5;
        auto r = gd::DemoCases::generate(*t, o);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        dialog = std::make_unique<ReportDialog>(FigureOrigin::office(t.db.get()));
    }
    QString firstId(const char *sql)
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace

TEST_CASE("the report dialog opens on the last whole month with the office, its streets and communities", "[report]")
{
    ReportDesk d;
    const QDate today = QDateTime::fromMSecsSinceEpoch(d.t.db->nowMs(), QTimeZone(8 * 3600)).date();
    CHECK(d.dialog->month() == QDate(today.year(), today.month(), 1).addMonths(-1).toString(QStringLiteral("yyyy-MM")));
    QComboBox *scope = d.dialog->scopeCombo();
    CHECK(scope->itemData(0).toString() == QStringLiteral("office:"));
    int streets = 0, communities = 0;
    for (int i = 0; i < scope->count(); ++i) {
        const QString id = scope->itemData(i).toString();
        streets += id.startsWith(QLatin1String("street:"));
        communities += id.startsWith(QLatin1String("community:"));
        CHECK_FALSE(id.startsWith(QLatin1String("grid:"))); // a report is never a grid's
    }
    CHECK(streets > 0);
    CHECK(communities > streets);

    const QString street = d.firstId("SELECT id FROM streets ORDER BY code");
    d.dialog->choose({gd::stats::StatsScope::Street, street}, QDate(2026, 3, 17));
    CHECK(scope->currentData().toString() == QStringLiteral("street:") + street);
    CHECK(d.dialog->month() == QStringLiteral("2026-03"));
    d.dialog->choose({gd::stats::StatsScope::Grid, d.firstId("SELECT id FROM grids")}, {});
    CHECK(scope->currentData().toString() == QStringLiteral("office:"));
    CHECK(d.dialog->month() == QStringLiteral("2026-03")); // no month given: the month stays
}

TEST_CASE("the report dialog writes core's report for the scope and month to PDF and Excel", "[report]")
{
    ReportDesk d;
    const QString community = d.firstId("SELECT id FROM communities ORDER BY code");
    d.dialog->choose({gd::stats::StatsScope::Community, community}, {});
    const gd::stats::MonthlyReport *report = d.dialog->report();
    REQUIRE(report);
    auto expected = gd::stats::monthlyReport(*d.t, d.dialog->month(), {gd::stats::StatsScope::Community, community});
    REQUIRE(expected.ok());
    CHECK(report->overview.now.m == expected->overview.now.m);
    CHECK(report->scopeName == expected->scopeName);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("月报.pdf")), xlsx = dir.filePath(QStringLiteral("月报.xlsx"));
    REQUIRE(d.dialog->savePdf(pdf));
    CHECK(d.dialog->statusLabel()->text().contains(QStringLiteral("月报.pdf")));
    const QString text = gdtest::pdfText(pdf);
    CHECK(text.contains(gd::stats::reportTitle(*expected)));
    CHECK(text.contains(QString::number(expected->overview.now[QStringLiteral("n")])));
    REQUIRE(d.dialog->saveWorkbook(xlsx));
    CHECK(gdtest::xlsxMember(xlsx, QStringLiteral("xl/sharedStrings.xml")).contains(gd::stats::reportTitle(*expected)));

    // A folder that does not exist: a message naming the file, and no file.
    MessageBox::setTestMode(true);
    const QString nowhere = dir.filePath(QStringLiteral("no/such/report.pdf"));
    CHECK_FALSE(d.dialog->savePdf(nowhere));
    CHECK(MessageBox::lastText().contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    MessageBox::setTestMode(false);
}

TEST_CASE("the report dialog counts again after the cases change", "[report]")
{
    ReportDesk d;
    const QDate today = QDateTime::fromMSecsSinceEpoch(d.t.db->nowMs(), QTimeZone(8 * 3600)).date();
    d.dialog->choose({}, today); // this month, which a new case joins
    const gd::stats::MonthlyReport *before = d.dialog->report();
    REQUIRE(before);
    const qint64 received = before->overview.now[QStringLiteral("n")];
    gd::Case c;
    c.channel = QStringLiteral("walk_in");
    c.categoryId = d.firstId("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY code");
    c.gridId = d.firstId("SELECT id FROM grids ORDER BY code");
    c.reporterName = QStringLiteral("李先生");
    c.description = QStringLiteral("楼道灯不亮");
    auto added = gd::CaseService(*d.t).registerCase(c);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    const gd::stats::MonthlyReport *after = d.dialog->report();
    REQUIRE(after);
    CHECK(after->overview.now[QStringLiteral("n")] == received + 1);
}

TEST_CASE("the dashboard's monthly report button opens the dialog on the page's scope and month", "[report]")
{
    ReportDesk d;
    DashboardPage page(FigureOrigin::office(d.t.db.get()));
    page.periodCombo()->setCurrentIndex(page.periodCombo()->findData(QStringLiteral("last_month")));
    const QString street = d.firstId("SELECT id FROM streets ORDER BY code");
    page.scopeCombo()->setCurrentIndex(page.scopeCombo()->findData(QStringLiteral("street:") + street));
    const gd::stats::StatsRequest shown = page.request();
    QString scope, month;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (!dialog)
            return;
        scope = dialog->scopeCombo()->currentData().toString();
        month = dialog->month();
        dialog->reject();
    });
    auto *button = page.findChild<QPushButton *>(QStringLiteral("dashboardReportButton"));
    REQUIRE(button);
    button->click();
    REQUIRE(opened);
    CHECK(scope == QStringLiteral("street:") + street);
    CHECK(month == shown.from.toString(QStringLiteral("yyyy-MM")));
}

TEST_CASE("the report dialog in Chinese, to look at", "[report][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        ReportDesk d;
        d.dialog.reset(new ReportDialog(FigureOrigin::office(d.t.db.get())));
        d.dialog->show();
        QTemporaryDir out;
        REQUIRE(d.dialog->savePdf(out.filePath(QStringLiteral("月报.pdf"))));
        QCoreApplication::processEvents();
        CHECK(d.dialog->grab().save(dir + QStringLiteral("/report-dialog.png")));
    }
    gd::language::uninstall();
}
