// The residents' councils page (councils/CouncilsPage.h): a meeting recorded in its dialog with
// its attendance by role and a rule shows in the list and in full (the requests it settles are
// linked in the core and CLI tests: the window's demo office has none); a refusal
// names its field and writes nothing; "only those that adopted a rule" narrows the list; the list
// model passes the model tester.
#include "UiFixture.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "councils/CouncilDialog.h"
#include "councils/CouncilListModel.h"
#include "councils/CouncilsPage.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;

namespace {

struct CouncilDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<CouncilsPage> page;
    QString community;
    CouncilDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT community_id FROM grids ORDER BY code LIMIT 1")));
        REQUIRE(q.next());
        community = q.value(0).toString();
        page = std::make_unique<CouncilsPage>(AppContext{t.db.get(), &undo});
        MessageBox::setTestMode(true);
    }
    ~CouncilDesk() { MessageBox::setTestMode(false); }
    AppContext ctx() { return AppContext{t.db.get(), &undo}; }
    QString record(const QString &topic, bool withRule)
    {
        gd::Council c;
        c.communityId = community;
        CouncilDialog dialog(ctx(), c);
        dialog.topicEdit()->setText(topic);
        dialog.countBox(QStringLiteral("residents"))->setValue(15);
        dialog.countBox(QStringLiteral("party_members"))->setValue(4);
        dialog.resolutionEdit()->setPlainText(QStringLiteral("按楼层分摊费用"));
        if (withRule) {
            dialog.ruleTitleEdit()->setText(QStringLiteral("加装电梯议事规则"));
            dialog.ruleTextEdit()->setPlainText(QStringLiteral("三分之二以上业主同意方可实施。"));
        }
        dialog.casesEdit()->setText(QStringLiteral("  ")); // no request settled
        dialog.accept();
        return dialog.result() == QDialog::Accepted ? dialog.savedId() : QString();
    }
};

} // namespace

TEST_CASE("a council recorded in its dialog shows in the list and in full, and a refusal writes nothing", "[councils]")
{
    CouncilDesk d;
    QAbstractItemModelTester tester(d.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = gd::CouncilService(*d.t).count({}).value();
    // No one counted as attending: refused, the dialog stays open, nothing written.
    gd::Council blank;
    blank.communityId = d.community;
    CouncilDialog refused(d.ctx(), blank);
    refused.topicEdit()->setText(QStringLiteral("电梯"));
    refused.accept();
    CHECK(refused.result() != QDialog::Accepted);
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK(gd::CouncilService(*d.t).count({}).value() == before);

    const QString id = d.record(QStringLiteral("3号楼加装电梯"), true);
    REQUIRE_FALSE(id.isEmpty());
    const QString other = d.record(QStringLiteral("小区停车位划分"), false);
    REQUIRE_FALSE(other.isEmpty());
    d.page->refresh();
    d.page->select(id);
    const QString shown = d.page->detail()->toPlainText();
    CHECK(shown.contains(QStringLiteral("3号楼加装电梯")));
    CHECK(shown.contains(QStringLiteral("三分之二")));
    CHECK(shown.contains(QStringLiteral("19")));
    d.page->rulesBox()->setChecked(true);
    CHECK(d.page->model()->rowOf(id) >= 0);
    CHECK(d.page->model()->rowOf(other) < 0);
    // Changed in the same dialog; removed after the question.
    CouncilDialog change(d.ctx(), *gd::CouncilService(*d.t).open(other));
    change.countBox(QStringLiteral("staff"))->setValue(2);
    change.accept();
    REQUIRE(change.result() == QDialog::Accepted);
    CHECK(gd::CouncilService(*d.t).open(other)->attendance.total() == 21);
    d.page->rulesBox()->setChecked(false);
    d.page->select(other);
    d.page->removeSelected();
    CHECK(gd::CouncilService(*d.t).open(other).error().kind == gd::ErrorKind::NotFound);
}

TEST_CASE("the residents' councils page in Chinese, for the README", "[councils][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        CouncilDesk d;
        d.page.reset(new CouncilsPage(d.ctx()));
        const QString id = d.record(QStringLiteral("3号楼加装电梯"), true);
        d.record(QStringLiteral("小区停车位划分"), false);
        d.record(QStringLiteral("楼道堆物清理公约"), true);
        d.page->refresh();
        d.page->select(id);
        d.page->resize(1400, 760);
        d.page->show();
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/councils.png")));
    }
    gd::language::uninstall();
}
