// The star review page headless: a month of the demo district with its cases, a supervisor
// typing a score (written through core, the total and the proposed star following), approving
// and reopening; staff see the sheet but cannot type or approve. The model is checked with
// QAbstractItemModelTester. With GRIDDESK_SHOT_DIR set (under xvfb-run) a Chinese screenshot.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "demo/DemoCases.h"
#include "rating/AppealsDialog.h"
#include "rating/MonthSheet.h"
#include "rating/ReviewPage.h"
#include "rating/ReviewSheetModel.h"
#include "training/TrainingDialog.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;

namespace {

int columnOf(ReviewSheetModel *m, const QString &code)
{
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->itemAt(c) && m->itemAt(c)->code == code)
            return c;
    return -1;
}

} // namespace

TEST_CASE("a supervisor types a score, approves the month and reopens it", "[rating][ui]")
{
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    if (chinese)
        gd::language::install(QStringLiteral("zh_CN"));
    MessageBox::setTestMode(true);
    gduitest::DemoDb t(gd::Role::Supervisor);
    t.db->setClock(std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toMSecsSinceEpoch()));
    {
        gd::Actor system = gd::Actor::system();
        const gd::Actor supervisor = t.db->actor();
        t.db->setActor(system);
        gd::DemoCaseOptions o;
        o.count = 3000;
        REQUIRE(gd::DemoCases::generate(*t, o).ok());
        t.db->setActor(supervisor);
    }
    QUndoStack undo;
    ReviewPage page({t.db.get(), &undo});
    page.showMonth(QStringLiteral("2026-10"));
    ReviewSheetModel *m = page.model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(m->rowCount() > 100);
    CHECK(page.submitButton()->isEnabled());
    // A draft is not approved: the button says why.
    CHECK_FALSE(page.approveButton()->isEnabled());
    CHECK(page.approveButton()->toolTip().contains(chinese ? QStringLiteral("尚未提交")
                                                           : QStringLiteral("not submitted")));
    CHECK_FALSE(page.reopenButton()->isEnabled());

    // A computed item is not editable; a typed one is, and its value moves the total.
    const int handled = columnOf(m, QStringLiteral("handled")), visits = columnOf(m, QStringLiteral("visits"));
    REQUIRE(handled > 0);
    REQUIRE(visits > 0);
    CHECK_FALSE(m->flags(m->index(0, handled)).testFlag(Qt::ItemIsEditable));
    CHECK(m->flags(m->index(0, visits)).testFlag(Qt::ItemIsEditable));
    const double before = m->row(0).total;
    REQUIRE(m->setData(m->index(0, visits), QStringLiteral("12")));
    CHECK(m->row(0).total == Approx(before + 12));
    CHECK_FALSE(m->setData(m->index(0, visits), QStringLiteral("99"))); // above the item's 15
    CHECK(MessageBox::lastText().contains(QStringLiteral("99")));
    CHECK_FALSE(m->setData(m->index(0, visits), QStringLiteral("十二")));
    // Behind a computed number, its cases: as many as it counted.
    int busiest = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->row(r).values.value(QStringLiteral("handled")).raw >
            m->row(busiest).values.value(QStringLiteral("handled")).raw)
            busiest = r;
    QObject owner;
    QStandardItemModel *behind = page.casesBehind(m->index(busiest, handled), &owner);
    REQUIRE(behind);
    QAbstractItemModelTester behindTester(behind, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(behind->rowCount() == int(m->row(busiest).values.value(QStringLiteral("handled")).raw));
    CHECK(behind->rowCount() > 0);
    CHECK(page.casesBehind(m->index(busiest, visits), &owner) == nullptr);
    page.table()->setCurrentIndex(m->index(0, 0));
    CHECK(page.explanation()->toPlainText().contains(m->row(0).name));
    gduitest::shoot(&page, "review-sheet.png", {1280, 720});

    // A training session recorded from the page's dialog counts in the training item.
    {
        const int training = columnOf(m, QStringLiteral("training"));
        REQUIRE(training > 0);
        CHECK_FALSE(m->flags(m->index(0, training)).testFlag(Qt::ItemIsEditable)); // counted, not typed
        TrainingDialog dialog(*t);
        QAbstractItemModelTester attendees(dialog.attendees()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK_FALSE(dialog.save()); // no topic, nobody
        CHECK_FALSE(dialog.problem().isEmpty());
        dialog.dateEdit()->setDate(QDate(2026, 10, 16));
        dialog.topicCombo()->setCurrentText(QStringLiteral("物业纠纷"));
        dialog.unitEdit()->setText(QStringLiteral("区住房城乡建设局"));
        const QString first = m->row(0).workerId;
        for (int i = 0; i < dialog.attendees()->count(); ++i)
            if (dialog.attendees()->item(i)->data(Qt::UserRole).toString() == first)
                dialog.attendees()->item(i)->setCheckState(Qt::Checked);
        gduitest::shoot(&dialog, "review-training.png", {1280, 720});
        REQUIRE(dialog.save());
        page.showMonth(QStringLiteral("2026-10"));
        CHECK(m->row(0).values.value(QStringLiteral("training")).raw == 1);
    }

    // A counted case with concurrent actions not settled: marked on the worker, in the case list
    // behind the number and in the state line; approving asks first, and "no" approves nothing.
    {
        const gd::rating::RatingItem *item = m->itemAt(handled);
        auto counted = gd::rating::casesBehind(*t, QStringLiteral("2026-10"), m->row(busiest).workerId, *item);
        REQUIRE(counted.ok());
        REQUIRE_FALSE(counted->isEmpty());
        QSqlQuery q(t.db->sql());
        q.prepare(QStringLiteral("UPDATE cases SET branches = 1 WHERE id = ?"));
        q.addBindValue(counted->first().id);
        REQUIRE(q.exec());
        page.showMonth(QStringLiteral("2026-10"));
        CHECK(m->row(busiest).unsettled == 1);
        CHECK_FALSE(m->data(m->index(busiest, 0), Qt::DecorationRole).isNull());
        CHECK(m->data(m->index(busiest == 0 ? 1 : 0, 0), Qt::DecorationRole).isNull());
        CHECK(page.stateLabel()->text().contains(
            ReviewPage::tr("%n counted case(s) with unsettled concurrent actions", nullptr, 1)));
        CHECK(page.unsettledCases() == 1);
        QObject holder;
        QStandardItemModel *marked = page.casesBehind(m->index(busiest, handled), &holder);
        REQUIRE(marked);
        int notSettled = 0;
        for (int r = 0; r < marked->rowCount(); ++r)
            notSettled += marked->item(r, 6)->text().isEmpty() ? 0 : 1;
        CHECK(notSettled == 1);
        MessageBox::setTestMode(true, false);
        CHECK_FALSE(page.approve());
        CHECK(MessageBox::lastText().contains(QStringLiteral("2026-10")));
        CHECK(m->status().state != gd::rating::MonthState::Approved);
        MessageBox::setTestMode(true, true);
    }

    // Submitted by the office's scorer; the supervisor who submitted could not approve it.
    const gd::Actor approver = t.db->actor();
    REQUIRE(page.submit());
    CHECK_FALSE(page.approveButton()->isEnabled());
    CHECK(page.approveButton()->toolTip().contains(approver.login));
    gd::Actor scorer = approver;
    scorer.login = QStringLiteral("pingfen");
    scorer.role = gd::Role::Admin;
    t.db->setActor(scorer);
    REQUIRE(page.submit());
    CHECK_FALSE(page.approveButton()->isEnabled()); // an administrator does not approve
    // On public notice for five working days: the supervisor waits; a worker's appeal is recorded
    // by the scorer and answered by the supervisor.
    t.db->setActor(approver);
    CHECK_FALSE(page.submitButton()->isEnabled());
    CHECK_FALSE(page.approveButton()->isEnabled());
    CHECK(page.approveButton()->toolTip().contains(chinese ? QStringLiteral("公示") : QStringLiteral("public notice")));
    CHECK(page.appealsButton()->isEnabled());
    page.table()->setCurrentIndex(m->index(0, 0));
    t.db->setActor(scorer);
    {
        AppealsDialog appeals(*t, QStringLiteral("2026-10"), page.selectedWorkerId(), page.selectedWorkerName());
        CHECK_FALSE(appeals.record(QStringLiteral(" "))); // says nothing
        REQUIRE(appeals.record(QStringLiteral("10月的走访记录漏录了3户")));
        REQUIRE(appeals.table()->rowCount() == 1);
        CHECK(appeals.table()->item(0, 0)->text() == m->row(0).name);
        CHECK_FALSE(appeals.answer(0, QStringLiteral("已补录"))); // the scorer does not answer
        gduitest::shoot(&appeals, "review-appeals.png", {820, 420});
    }
    t.db->setActor(approver);
    {
        AppealsDialog appeals(*t, QStringLiteral("2026-10"), QString(), QString());
        REQUIRE(appeals.answer(0, QStringLiteral("已补录，分数已调整。")));
        CHECK(appeals.table()->item(0, 3)->text() == QStringLiteral("已补录，分数已调整。"));
    }
    t.db->setClock(std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(9, 0)).toMSecsSinceEpoch()));
    page.showMonth(QStringLiteral("2026-10"));
    CHECK(page.approveButton()->isEnabled());
    // Typed-in columns nobody filled: approving asks first; "no" approves nothing.
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET branches = 0"))); // settled, so only this question
    }
    page.showMonth(QStringLiteral("2026-10"));
    REQUIRE(page.unsettledCases() == 0);
    REQUIRE_FALSE(m->sheet().emptyTyped.isEmpty());
    MessageBox::setTestMode(true, false);
    CHECK_FALSE(page.approve());
    CHECK(MessageBox::lastText().contains(m->sheet().emptyTyped.first()));
    MessageBox::setTestMode(true, true);
    REQUIRE(page.approve());
    CHECK(page.reopenButton()->isEnabled());
    CHECK_FALSE(m->flags(m->index(0, visits)).testFlag(Qt::ItemIsEditable)); // locked
    CHECK(page.stateLabel()->text().contains(QStringLiteral("tester")));
    gduitest::shoot(&page, "review-approved.png", {1280, 720});
    REQUIRE(page.reopen(QStringLiteral("走访记录补录")));
    CHECK(m->flags(m->index(0, visits)).testFlag(Qt::ItemIsEditable));
    CHECK(m->status().reopenCount == 1);

    MessageBox::setTestMode(false);
    if (chinese)
        gd::language::uninstall();
}

TEST_CASE("staff see the review but neither type nor approve", "[rating][ui]")
{
    MessageBox::setTestMode(true);
    gduitest::DemoDb t(gd::Role::Staff);
    QUndoStack undo;
    ReviewPage page({t.db.get(), &undo});
    page.showMonth(QStringLiteral("2026-10"));
    REQUIRE(page.model()->rowCount() > 100);
    const int visits = columnOf(page.model(), QStringLiteral("visits"));
    CHECK_FALSE(page.model()->flags(page.model()->index(0, visits)).testFlag(Qt::ItemIsEditable));
    // The items' columns say they show points; the veto column says yes or no.
    CHECK(page.model()->headerData(visits, Qt::Horizontal).toString() ==
          ReviewSheetModel::tr("%1\n(points)").arg(page.model()->itemAt(visits)->name));
    const int veto = columnOf(page.model(), QStringLiteral("veto"));
    REQUIRE(veto > 0);
    CHECK(page.model()->headerData(veto, Qt::Horizontal).toString() == page.model()->itemAt(veto)->name);
    QStringList shown;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        shown << page.model()->data(page.model()->index(r, veto)).toString();
    CHECK(shown.contains(QCoreApplication::translate("gd::rating", "No", "no veto this month")));
    for (const QString &v : shown)
        CHECK((v == QStringLiteral("No") || v == QStringLiteral("Yes")));
    // The order: by community and grid first; by name, the names in pinyin order.
    auto *order = page.findChild<QComboBox *>(QStringLiteral("reviewOrder"));
    REQUIRE(order);
    CHECK(page.model()->order() == gd::rating::SheetOrder::Place);
    order->setCurrentIndex(order->findData(QStringLiteral("name")));
    CHECK(page.model()->order() == gd::rating::SheetOrder::Name);
    QCollator pinyin{QLocale(QLocale::Chinese, QLocale::China)};
    for (int r = 1; r < page.model()->rowCount(); ++r)
        CHECK(pinyin.compare(page.model()->row(r - 1).name, page.model()->row(r).name) <= 0);
    CHECK_FALSE(page.submitButton()->isEnabled());
    CHECK_FALSE(page.approveButton()->isEnabled());
    CHECK_FALSE(page.reopenButton()->isEnabled());
    CHECK_FALSE(page.trainingButton()->isEnabled());
    CHECK_FALSE(page.approve()); // and core says no when asked anyway
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    MessageBox::setTestMode(false);
}
