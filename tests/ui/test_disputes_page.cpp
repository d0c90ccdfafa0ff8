// The disputes page (disputes/DisputesPage.h): a dispute recorded in its dialog shows in the list
// and in full beside it; a refusal names its field and writes nothing; each step's dialog carries
// the dispute on (a session, the outcome, the follow-up) and the page offers only the steps that
// apply; another grid's worker reads the parties masked and may not change them; a high-risk
// dispute shows on the due board until reviewed. The list model passes the model tester.
#include "UiFixture.h"
#include "cases/DueBoardPage.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "disputes/DisputeDialog.h"
#include "disputes/DisputeLedgerDialog.h"
#include "disputes/DisputeListModel.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeStepDialog.h"
#include "disputes/DisputesPage.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;

namespace {

struct DisputesDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<DisputesPage> page;
    QString worker, grid, otherWorker;
    DisputesDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT worker_id, id FROM grids WHERE worker_id IS NOT NULL AND police_grid_id "
                                      "IS NOT NULL ORDER BY code LIMIT 2")));
        REQUIRE(q.next());
        worker = q.value(0).toString();
        grid = q.value(1).toString();
        REQUIRE(q.next());
        otherWorker = q.value(0).toString();
        page = std::make_unique<DisputesPage>(AppContext{t.db.get(), &undo});
        page->refresh();
        MessageBox::setTestMode(true);
    }
    ~DisputesDesk() { MessageBox::setTestMode(false); }
    AppContext ctx() { return AppContext{t.db.get(), &undo}; }
    // Records through the dialog as the desk would; the id, or empty when refused.
    QString record(const QString &summary, const QString &risk = QStringLiteral("low"))
    {
        gd::Dispute d;
        d.gridId = grid;
        DisputeDialog dialog(ctx(), d);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("disputeSummaryEdit"))->setPlainText(summary);
        auto *risks = dialog.findChild<QComboBox *>(QStringLiteral("disputeRiskComboBox"));
        risks->setCurrentIndex(risks->findData(risk));
        selectChoice(dialog.findChild<QComboBox *>(QStringLiteral("disputeFoundByComboBox")), worker);
        QTableWidget *parties = dialog.partiesTable();
        parties->setItem(0, 0, new QTableWidgetItem(QStringLiteral("赵建国")));
        parties->setItem(0, 1, new QTableWidgetItem(QStringLiteral("13900001111")));
        dialog.addParty({{}, QStringLiteral("钱丽"), {}, QStringLiteral("书香家园3号楼301")});
        dialog.addMediator({{}, QStringLiteral("worker"), worker, {}});
        dialog.addMediator({{}, QStringLiteral("lawyer"), {}, QStringLiteral("王律师")});
        dialog.accept();
        return dialog.result() == QDialog::Accepted ? dialog.savedId() : QString();
    }
    void signInAsWorker(const QString &workerId, gd::Role role = gd::Role::Staff)
    {
        gd::Actor a = t.db->actor();
        a.role = role;
        a.workerId = workerId;
        t.db->setActor(a);
    }
    int rows()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM disputes")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("a dispute recorded in its dialog shows in the list and in full, and a refusal writes nothing", "[disputes]")
{
    DisputesDesk d;
    QAbstractItemModelTester tester(d.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(d.record(QString()).isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("about")));
    CHECK(d.rows() == 0);

    const QString id = d.record(QStringLiteral("楼上漏水，楼下要求赔偿"));
    REQUIRE_FALSE(id.isEmpty());
    d.page->refresh();
    REQUIRE(d.page->model()->rowCount() == 1);
    d.page->select(id);
    CHECK(d.page->currentId() == id);
    CHECK(d.page->model()->index(0, DisputeListModel::PartiesColumn).data().toString() ==
          QStringLiteral("赵建国、钱丽"));
    const QString detail = d.page->detail()->toPlainText();
    CHECK(detail.contains(QStringLiteral("13900001111")));
    CHECK(detail.contains(QStringLiteral("王律师")));
    auto opened = gd::DisputeService(*d.t).open(id);
    REQUIRE(opened.ok());
    CHECK(opened->mediators.size() == 2);
    CHECK(opened->mediators.first().workerId == d.worker);

    // Changed in the same dialog: a party removed, the risk raised; ids kept.
    DisputeDialog edit(d.ctx(), *opened);
    REQUIRE(edit.partiesTable()->rowCount() == 2);
    edit.partiesTable()->removeRow(1);
    auto *risks = edit.findChild<QComboBox *>(QStringLiteral("disputeRiskComboBox"));
    risks->setCurrentIndex(risks->findData(QStringLiteral("medium")));
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    const gd::Dispute after = *gd::DisputeService(*d.t).open(id);
    CHECK(after.risk == QStringLiteral("medium"));
    REQUIRE(after.parties.size() == 1);
    CHECK(after.parties.first().id == opened->parties.first().id);
}

TEST_CASE("each step's dialog carries the dispute on, and the page offers only the steps that apply", "[disputes]")
{
    DisputesDesk d;
    const QString id = d.record(QStringLiteral("租金纠纷"));
    REQUIRE_FALSE(id.isEmpty());
    d.page->refresh();
    d.page->select(id);
    const auto enabled = [&](int step) {
        return d.page->findChild<QPushButton *>(QStringLiteral("disputeStepButton%1").arg(step))->isEnabled();
    };
    CHECK(enabled(0));
    CHECK(enabled(1));
    CHECK_FALSE(enabled(2)); // no follow-up before settling
    CHECK_FALSE(enabled(3)); // low risk: nothing to review

    DisputeStepDialog session(d.ctx(), id, DisputeStepDialog::Session);
    session.accept();
    CHECK(session.result() == QDialog::Accepted);

    DisputeStepDialog outcome(d.ctx(), id, DisputeStepDialog::Outcome);
    outcome.choiceCombo()->setCurrentIndex(outcome.choiceCombo()->findData(QStringLiteral("settled")));
    outcome.accept(); // no agreement: refused
    CHECK(outcome.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(QStringLiteral("agreement")));
    CHECK(outcome.textEdit()->isEnabled());
    CHECK_FALSE(outcome.targetCombo()->isEnabled());
    outcome.textEdit()->setPlainText(QStringLiteral("房东退还押金2000元"));
    outcome.addFile(QStringLiteral("协议.pdf"), QByteArray("%PDF-1.4\n"));
    outcome.accept();
    CHECK(outcome.result() == QDialog::Accepted);
    CHECK(gd::DisputeService(*d.t).files(id)->size() == 1);

    d.page->refresh();
    d.page->select(id);
    CHECK_FALSE(enabled(0));
    CHECK_FALSE(enabled(1));
    CHECK(enabled(2));
    CHECK(d.page->detail()->toPlainText().contains(QStringLiteral("房东退还押金2000元")));
    DisputeStepDialog followUp(d.ctx(), id, DisputeStepDialog::FollowUp);
    followUp.noteEdit()->setPlainText(QStringLiteral("押金已退还"));
    followUp.accept();
    CHECK(followUp.result() == QDialog::Accepted);
    d.page->outcomeCombo()->setCurrentIndex(d.page->outcomeCombo()->findData(QStringLiteral("settled")));
    REQUIRE(d.page->model()->rowCount() == 1);
    CHECK(d.page->model()
              ->index(0, DisputeListModel::OutcomeColumn)
              .data()
              .toString()
              .contains(QStringLiteral("followed up")));
}

TEST_CASE("another grid's worker reads the parties masked and may not change them", "[disputes]")
{
    DisputesDesk d;
    const QString id = d.record(QStringLiteral("邻里噪音"));
    REQUIRE_FALSE(id.isEmpty());
    d.signInAsWorker(d.otherWorker);
    d.page->refresh();
    d.page->select(id);
    CHECK(d.page->model()->index(0, DisputeListModel::PartiesColumn).data().toString() == QStringLiteral("赵**、钱*"));
    const QString detail = d.page->detail()->toPlainText();
    CHECK_FALSE(detail.contains(QStringLiteral("13900001111")));
    CHECK(detail.contains(QStringLiteral("139****1111")));
    d.page->editSelected();
    CHECK(MessageBox::lastText().contains(QStringLiteral("paired police officer")));
    d.signInAsWorker(d.worker);
    d.page->refresh();
    d.page->select(id);
    CHECK(d.page->detail()->toPlainText().contains(QStringLiteral("13900001111")));
}

TEST_CASE("a high-risk dispute shows on the due board until a supervisor reviews it", "[disputes]")
{
    DisputesDesk d;
    DueBoardPage board(d.ctx());
    board.refresh();
    CHECK(board.disputesButton()->text() == QStringLiteral("High-risk disputes: none to review"));
    const QString id = d.record(QStringLiteral("宅基地纠纷，双方言语冲突"), QStringLiteral("high"));
    REQUIRE_FALSE(id.isEmpty());
    board.refresh();
    CHECK(board.disputesButton()->text() == QStringLiteral("High-risk disputes to review: 1"));
    QSignalSpy opened(&board, &DueBoardPage::openAwaitingDisputes);
    board.disputesButton()->click();
    CHECK(opened.count() == 1);
    d.page->showAwaitingReview();
    CHECK(d.page->awaitingBox()->isChecked());
    REQUIRE(d.page->model()->rowCount() == 1);
    d.page->select(id);
    CHECK(d.page->findChild<QPushButton *>(QStringLiteral("disputeStepButton3"))->isEnabled());

    d.signInAsWorker(d.worker); // the grid's own worker does not review
    d.page->refresh();
    d.page->select(id);
    CHECK_FALSE(d.page->findChild<QPushButton *>(QStringLiteral("disputeStepButton3"))->isEnabled());
    d.signInAsWorker({}, gd::Role::Supervisor);
    DisputeStepDialog review(d.ctx(), id, DisputeStepDialog::Review);
    review.noteEdit()->setPlainText(QStringLiteral("已研判，派出所跟进"));
    review.accept();
    CHECK(review.result() == QDialog::Accepted);
    board.refresh();
    CHECK(board.disputesButton()->text() == QStringLiteral("High-risk disputes: none to review"));
    d.page->refresh();
    CHECK(d.page->model()->rowCount() == 0);
}

TEST_CASE("the disputes page in Chinese, for the README", "[disputes][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        DisputesDesk d;
        d.page.reset(new DisputesPage(d.ctx()));
        const char *const summaries[] = {"楼上漏水，楼下住户要求赔偿", "租客拖欠房租两个月", "装修噪音扰民",
                                         "停车位占用引发争执"};
        QString last;
        for (int i = 0; i < 4; ++i)
            last = d.record(QString::fromUtf8(summaries[i]), i == 3 ? QStringLiteral("high") : QStringLiteral("low"));
        REQUIRE_FALSE(last.isEmpty());
        gd::DisputeService service(*d.t);
        REQUIRE(service
                    .addSession(last, {{},
                                       d.t.db->nowMs(),
                                       QStringLiteral("社区调解室"),
                                       QStringLiteral("continue"),
                                       QStringLiteral("双方同意再协商")})
                    .ok());
        d.page->refresh();
        d.page->select(last);
        d.page->resize(1400, 760);
        d.page->show();
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/disputes.png")));
    }
    gd::language::uninstall();
}

TEST_CASE("the ledger dialog saves the month's ledger as PDF and Excel, in full only for an administrator",
          "[disputes][ledger]")
{
    DisputesDesk d;
    REQUIRE_FALSE(d.record(QStringLiteral("楼上漏水")).isEmpty());
    QTemporaryDir dir;
    DisputeLedgerDialog dialog(d.ctx(), QStringLiteral("office:"));
    CHECK(dialog.monthEdit()->date().day() == 1);
    REQUIRE(dialog.savePdf(dir.filePath(QStringLiteral("ledger.pdf"))));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("1 dispute")));
    REQUIRE(dialog.saveWorkbook(dir.filePath(QStringLiteral("ledger.xlsx"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("ledger.xlsx"))));
    // Staff may not have the parties in full: refused with a message, nothing written.
    d.signInAsWorker(d.worker);
    dialog.fullBox()->setChecked(true);
    CHECK_FALSE(dialog.savePdf(dir.filePath(QStringLiteral("full.pdf"))));
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("full.pdf"))));
    // The disputes page opens it from its button.
    CHECK(d.page->findChild<QPushButton *>(QStringLiteral("disputesLedgerButton")));
}
