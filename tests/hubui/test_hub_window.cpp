// The window reading a hub (ui/hub/HubWindow.h), headless, against the private PostgreSQL server:
// the hub's dashboard shows what the office's dashboard shows for the same cases, tile by tile;
// a click on a figure lists exactly its cases on the hub's case list, as the office lists them;
// the list's filters read the hub as the office's list reads the file; the connection cannot
// write; and what is not a hub, or a password on the line, is refused with a message.
#include "HubTestDb.h"
#include "MissedTexts.h"
#include "cases/CaseListModel.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSearch.h"
#include "cases/CaseSheet.h"
#include "cases/CaseView.h"
#include "cases/WorkflowAction.h"
#include "common/MessageBox.h"
#include "hub/HubCaseDialog.h"
#include "hub/HubCasesPage.h"
#include "hub/HubWindow.h"
#include "stats/DashboardPage.h"
#include "stats/FigureCases.h"
#include "stats/FigureTile.h"
#include "stats/GridWorkStrip.h"
#include "stats/RankingModel.h"
#include "stats/ReportDialog.h"
#include "test_stats_oracle.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace gd;
using namespace gdtest;
using namespace gdui;

namespace {

QStringList listed(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(CaseListModel::IdRole).toString();
    return out;
}

QStringList firstPage(Database &office, const CaseFilter &filter, int rows)
{
    auto page = CaseQueries(office).page(filter, rows);
    REQUIRE(page.ok());
    QStringList out;
    for (const CaseRow &r : page->rows)
        out << r.id;
    return out;
}

void choose(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("the window reads a hub: the office's figures, and the cases behind them", "[hub][window]")
{
    StatsDistrict d(700);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));

    std::shared_ptr<hub::HubConnection> connection = HubDb::connect(h.conninfo());
    auto identity = hub::readOnlyHub(*connection);
    INFO(identity.message().toStdString());
    REQUIRE(identity.ok());
    // Nothing done through the window's connection can write.
    CHECK_FALSE(connection->exec(QStringLiteral("CREATE TABLE written (a int)")).ok());
    CHECK_FALSE(connection->exec(QStringLiteral("UPDATE cases SET state = 'archived'")).ok());

    HubWindow window(connection, *identity, office.sharedClock());
    QAbstractItemModelTester tester(window.cases()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack undo;
    DashboardPage mine(AppContext{&office, &undo});
    DashboardPage &theirs = *window.dashboard();
    for (DashboardPage *page : {&mine, &theirs}) {
        choose(page->periodCombo(), QStringLiteral("last_12_months"));
        page->refresh();
    }
    REQUIRE(theirs.overview().request.from == mine.overview().request.from);
    CHECK(theirs.overview().now.m == mine.overview().now.m);
    CHECK(theirs.overview().before.m == mine.overview().before.m);
    CHECK(theirs.overview().yearBefore.m == mine.overview().yearBefore.m);
    CHECK(mine.overview().now[QStringLiteral("n")] > 100); // the year holds cases to compare
    REQUIRE(theirs.overview().places.size() == mine.overview().places.size());
    for (int i = 0; i < mine.overview().places.size(); ++i)
        CHECK(theirs.overview().places.at(i).counts.m == mine.overview().places.at(i).counts.m);
    REQUIRE(theirs.tiles().size() == mine.tiles().size());
    for (int i = 0; i < mine.tiles().size(); ++i) {
        INFO(mine.tiles().at(i)->figure().code.toStdString());
        CHECK(theirs.tiles().at(i)->valueText() == mine.tiles().at(i)->valueText());
        CHECK(theirs.tiles().at(i)->countsText() == mine.tiles().at(i)->countsText());
    }
    CHECK(theirs.rankingModel()->rowCount() == mine.rankingModel()->rowCount());
    // The grid's other work is counted on the hub too, read only: its records are the offices'.
    CHECK(theirs.gridWork()->isVisibleTo(&theirs));
    CHECK(theirs.gridWork()->counts().now.values == mine.gridWork()->counts().now.values);
    CHECK(theirs.gridWork()->counts().before.values == mine.gridWork()->counts().before.values);
    CHECK_FALSE(theirs.gridWork()->browsable());
    CHECK(mine.gridWork()->browsable());
    QToolButton *visits = theirs.gridWork()->button(QStringLiteral("visits"));
    REQUIRE(visits);
    CHECK(visits->testAttribute(Qt::WA_TransparentForMouseEvents));
    CHECK(visits->focusPolicy() == Qt::NoFocus);
    CHECK(visits->toolTip().isEmpty()); // the mouse passes to the box, whose tip tells where the records are
    CHECK(theirs.gridWork()->toolTip().contains(QStringLiteral("each office's file")));
    CHECK(mine.gridWork()->toolTip().isEmpty());
    CHECK(mine.gridWork()->button(QStringLiteral("visits"))->toolTip().contains(QStringLiteral("click")));
    int recordsOpened = 0;
    QObject::connect(theirs.gridWork(), &GridWorkStrip::openRecords, [&recordsOpened] { ++recordsOpened; });
    visits->click(); // pressed some other way (a screen reader's action): still nothing to open
    CHECK(recordsOpened == 0);
    CHECK(theirs.html().contains(theirs.gridWork()->title().toHtmlEscaped()));
    // The same places to choose from; the first is the whole hub.
    REQUIRE(theirs.scopeCombo()->count() == mine.scopeCombo()->count());
    for (int i = 1; i < mine.scopeCombo()->count(); ++i)
        CHECK(theirs.scopeCombo()->itemData(i) == mine.scopeCombo()->itemData(i));

    // The monthly report is offered on the hub too: the hub's requests, as the office reports them.
    auto *reportButton = theirs.findChild<QPushButton *>(QStringLiteral("dashboardReportButton"));
    REQUIRE(reportButton);
    CHECK(reportButton->isVisibleTo(&theirs));
    {
        ReportDialog dialog(theirs.origin());
        const QDate month = mine.overview().request.to.addMonths(-1);
        dialog.choose({}, month);
        const stats::MonthlyReport *report = dialog.report();
        REQUIRE(report);
        auto atOffice = stats::monthlyReport(office, dialog.month(), {});
        REQUIRE(atOffice.ok());
        CHECK_FALSE(report->officeParts);
        CHECK(report->month == atOffice->month);
        CHECK(report->overview.now.m == atOffice->overview.now.m);
        CHECK(report->overview.now[QStringLiteral("n")] > 0);
        CHECK(report->overdue.total == atOffice->overdue.total);
        CHECK(report->reopened.total == atOffice->reopened.total);
        CHECK(report->scopeName == theirs.origin().hubName());
    }

    // A figure clicked: its cases on the hub's list, as the office lists them.
    FigureTile *received = theirs.tiles().first();
    Q_EMIT received->numeratorClicked();
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() == window.cases());
    const CaseFilter behind =
        stats::casesBehind(theirs.overview().request, received->figure(), stats::FigurePart::Numerator, {});
    const QStringList expected = firstPage(office, behind, window.cases()->model()->rowCount());
    CHECK(expected.size() >= CaseListModel::kPageSize);
    CHECK(listed(*window.cases()->model()) == expected);
    auto n = CaseQueries(office).count(behind);
    REQUIRE(n.ok());
    CHECK(window.cases()->status()->text().contains(QString::number(*n)));

    // The list's own filters: a street's cases, every state.
    HubCasesPage &list = *window.cases();
    const QString street = ids(office, "SELECT m.street_id FROM cases c JOIN grids g ON g.id = c.grid_id JOIN "
                                       "communities m ON m.id = g.community_id GROUP BY 1 ORDER BY count(*) DESC")
                               .first();
    choose(list.stateFilter(), QString());
    choose(list.scopeFilter(), QStringLiteral("street:") + street);
    CaseFilter byStreet;
    byStreet.streetId = street;
    CHECK(list.filter().streetId == street);
    CHECK(list.filter().states.isEmpty());
    CHECK(list.model()->rowCount() > 10);
    CHECK(listed(*list.model()) == firstPage(office, byStreet, list.model()->rowCount()));
    // A category group received in the last 30 days, the place and state left as they are.
    const QString group =
        ids(office, "SELECT k.parent_id FROM cases c JOIN categories k ON k.id = c.category_id GROUP BY 1 ORDER BY "
                    "count(*) DESC")
            .first();
    choose(list.categoryFilter(), group);
    choose(list.periodFilter(), QStringLiteral("30"));
    CaseFilter recent = byStreet;
    recent.categoryId = group;
    recent.fromMs = list.filter().fromMs;
    CHECK(recent.fromMs == QDateTime(QDate(2026, 5, 18), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    CHECK(list.model()->rowCount() > 0);
    CHECK(listed(*list.model()) == firstPage(office, recent, list.model()->rowCount()));
    choose(list.categoryFilter(), QString());
    choose(list.periodFilter(), QString());

    // The callbacks waiting with "all open cases" chosen, over the whole hub: the completed cases
    // waiting, as the office lists them.
    choose(list.scopeFilter(), QStringLiteral("office:"));
    choose(list.stateFilter(), QStringLiteral("open"));
    choose(list.dueFilter(), QStringLiteral("callback"));
    CaseFilter callbacks;
    callbacks.due = QStringLiteral("callback");
    CHECK(list.filter().states.isEmpty());
    auto waiting = CaseQueries(office).count(callbacks);
    REQUIRE(waiting.ok());
    REQUIRE(*waiting > 0);
    REQUIRE(list.model()->rowCount() > 0);
    CHECK(listed(*list.model()) == firstPage(office, callbacks, list.model()->rowCount()));
    choose(list.dueFilter(), QString());
    choose(list.stateFilter(), QString());
    choose(list.scopeFilter(), QStringLiteral("street:") + street);

    // A search: the hub's results as the office's search finds them, the filters set aside.
    const QString term = ids(office, "SELECT substr(description, 3, 3) FROM cases ORDER BY id LIMIT 1").first();
    list.searchBox()->setText(term);
    list.applySearch();
    auto found = CaseSearch(office).page(term, CaseQueries::kMaxLimit);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->hits.isEmpty());
    REQUIRE(found->hits.size() < CaseListModel::kPageSize);
    QStringList expectedHits;
    for (const SearchHit &hit : found->hits)
        expectedHits << hit.row.id;
    QStringList shown = listed(*list.model());
    expectedHits.sort();
    shown.sort();
    CHECK(shown == expectedHits);
    CHECK(list.status()->text().contains(QString::number(found->hits.size())));
    // A filter chosen ends the search.
    choose(list.periodFilter(), QStringLiteral("7"));
    CHECK(list.searchBox()->text().isEmpty());
    CHECK(list.model()->search().isEmpty());
    choose(list.periodFilter(), QString());

    // Every case, page after page (the model tester scrolls too), each read with the hub's key.
    choose(list.scopeFilter(), QStringLiteral("office:"));
    for (int more = 0; more < 2; ++more) {
        const int shown = list.model()->rowCount();
        REQUIRE(shown >= CaseListModel::kPageSize);
        auto pages = CaseQueries(office).page({}, shown);
        REQUIRE(pages.ok());
        QStringList expectedIds;
        for (const CaseRow &r : pages->rows)
            expectedIds << r.id;
        CHECK(listed(*list.model()) == expectedIds);
        REQUIRE(list.model()->canFetchMore({}));
        list.model()->fetchMore({});
    }

    // A row activated (Enter, a double click): the case in full in a window of its own, with its
    // timeline, the reporter's phone masked.
    const QString chosen = ids(office, "SELECT c.id FROM cases c WHERE c.anonymous = 0 AND length(c.reporter_phone) "
                                       "= 11 AND (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) > 2 "
                                       "ORDER BY c.id LIMIT 1")
                               .first();
    const QStringList phone = ids(
        office, QStringLiteral("SELECT reporter_phone FROM cases WHERE id = '%1'").arg(chosen).toUtf8().constData());
    list.openCase(chosen);
    const QList<HubCaseDialog *> opened = list.findChildren<HubCaseDialog *>();
    REQUIRE(opened.size() == 1);
    HubCaseDialog &detail = *opened.first();
    CHECK(detail.isVisible());
    auto view = caseView(ReadSource::of(office), chosen);
    REQUIRE(view.ok());
    CHECK(detail.html() == caseSheetHtml(*view, window.dashboard()->origin().hubName(), office.nowMs()));
    CHECK(detail.windowTitle().contains(view->c.number));
    CHECK(detail.sheet()->toPlainText().contains(view->c.number));
    CHECK(detail.sheet()->toPlainText().contains(workflow::actionName(view->events.last().action)));
    REQUIRE(phone.size() == 1);
    CHECK_FALSE(detail.html().contains(phone.first()));
    const QString pdf = QDir(d.t.dir.path()).filePath(QStringLiteral("case.pdf"));
    CHECK(detail.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    const QString sheet = detail.html();
    detail.close();
    QCoreApplication::processEvents(); // the closed window deletes itself
    MessageBox::setTestMode(true);
    list.openCase(QStringLiteral("no-such-case")); // a message naming it, no window
    MessageBox::setTestMode(false);
    CHECK(MessageBox::lastText().contains(QStringLiteral("no-such-case")));
    QCoreApplication::processEvents();
    CHECK(list.findChildren<HubCaseDialog *>().isEmpty());
    // By its number (griddesk --hub … --case NUMBER).
    auto *byNumber = qobject_cast<HubCaseDialog *>(list.openCaseNumber(view->c.number));
    REQUIRE(byNumber);
    CHECK(byNumber->html() == sheet);
    byNumber->close();
    MessageBox::setTestMode(true);
    CHECK_FALSE(list.openCaseNumber(QStringLiteral("NO-SUCH-NUMBER")));
    MessageBox::setTestMode(false);
    CHECK(MessageBox::lastText().contains(QStringLiteral("NO-SUCH-NUMBER")));
}

TEST_CASE("opening a hub refuses a database that is not one, and a password on the line", "[hub][window]")
{
    HubDb notHub(false);
    auto refused = HubWindow::open(notHub.conninfo());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("not a GridDesk hub")));
    auto secret = HubWindow::open(notHub.conninfo() + QStringLiteral(" password=geheim"));
    REQUIRE_FALSE(secret.ok());
    CHECK(secret.message().contains(QStringLiteral("PGPASSWORD")));

    HubDb h;
    auto opened = HubWindow::open(h.conninfo());
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    std::unique_ptr<HubWindow> window(*opened);
    CHECK(window->windowTitle().contains(QStringLiteral("测试枢纽")));
    CHECK(window->dashboard()->scopeCombo()->count() == 1); // an empty hub: the whole hub only
    CHECK(window->cases()->model()->rowCount() == 0);
}

TEST_CASE("the hub's window in Chinese finds each of its texts in the translation's context", "[hub][window]")
{
    StatsDistrict d(300);
    HubDb h;
    ingestWhole(h, *d.t, QDir(d.t.dir.path()));
    MissedTexts missed;
    QCoreApplication::installTranslator(&missed);
    REQUIRE(gd::language::install(QStringLiteral("zh_CN")));
    {
        auto opened = HubWindow::open(h.conninfo());
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        std::unique_ptr<HubWindow> window(*opened);
        window->show();
        for (int page : {0, 1}) {
            window->showPage(page);
            QApplication::processEvents();
        }
        CHECK(window->windowTitle().startsWith(QStringLiteral("网格工作台 — 枢纽")));
        Q_EMIT window->dashboard()->tiles().first()->numeratorClicked(); // the status line of a figure's cases
        CHECK(window->cases()->status()->text().contains(QStringLiteral("条诉求")));
        window->cases()->searchBox()->setText(QStringLiteral("漏水"));
        window->cases()->applySearch();
        CHECK(window->cases()->status()->text().contains(QStringLiteral("枢纽")));
    }
    gd::language::uninstall();
    QCoreApplication::removeTranslator(&missed);
    INFO(missed.missed.join(QLatin1Char('\n')).toStdString());
    CHECK(missed.missed.isEmpty());
}
