// The police–grid joint work page (joint/JointPage.h): joint work recorded in its dialog shows in
// the list and in full, a refusal names its field and writes nothing; a meeting recorded with a
// task shows the task beside it, done from there; an overdue task stands on the due board until
// done; a grid's team grows by a resident who fits the role. The list models pass the model tester.
#include "UiFixture.h"
#include "cases/DueBoardPage.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "joint/JointActivitiesTab.h"
#include "joint/JointActivityDialog.h"
#include "joint/JointListModels.h"
#include "joint/JointMeetingDialog.h"
#include "joint/JointMeetingsTab.h"
#include "joint/JointPage.h"
#include "joint/JointPeopleEditor.h"
#include "joint/JointTaskTable.h"
#include "joint/JointTasksTab.h"
#include "joint/JointTeam.h"
#include "joint/JointTeamTab.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;

namespace {

struct JointDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<JointPage> page;
    QString policeGrid, grid, community, worker;
    JointDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT police_grid_id, id, community_id, worker_id FROM grids WHERE "
                                      "police_grid_id IS NOT NULL AND worker_id IS NOT NULL ORDER BY code LIMIT 1")));
        REQUIRE(q.next());
        policeGrid = q.value(0).toString();
        grid = q.value(1).toString();
        community = q.value(2).toString();
        worker = q.value(3).toString();
        page = std::make_unique<JointPage>(AppContext{t.db.get(), &undo});
        MessageBox::setTestMode(true);
    }
    ~JointDesk() { MessageBox::setTestMode(false); }
    AppContext ctx() { return AppContext{t.db.get(), &undo}; }
    QString recordActivity(const QString &summary)
    {
        gd::JointActivity a;
        a.policeGridId = policeGrid;
        a.gridIds = {grid};
        JointActivityDialog dialog(ctx(), a);
        dialog.summaryEdit()->setPlainText(summary);
        dialog.peopleEditor()->addPerson({{}, worker, {}});
        dialog.peopleEditor()->addPerson({{}, {}, QStringLiteral("李调解员")});
        dialog.accept();
        return dialog.result() == QDialog::Accepted ? dialog.savedId() : QString();
    }
};

} // namespace

TEST_CASE("joint work recorded in its dialog shows in the list and in full, and a refusal writes nothing", "[joint]")
{
    JointDesk d;
    JointActivitiesTab *tab = d.page->activities();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = gd::JointActivityService(*d.t).count({}).value();

    // Nothing said of what was done: refused, the dialog stays open, nothing written.
    gd::JointActivity blank;
    blank.policeGridId = d.policeGrid;
    blank.gridIds = {d.grid};
    JointActivityDialog refused(d.ctx(), blank);
    CHECK(refused.gridList()->count() >= 1);
    refused.accept();
    CHECK(refused.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(QStringLiteral("done")));
    CHECK(gd::JointActivityService(*d.t).count({}).value() == before);

    const QString id = d.recordActivity(QStringLiteral("夜间联合巡逻，检查消防通道"));
    REQUIRE_FALSE(id.isEmpty());
    tab->refresh();
    tab->select(id);
    CHECK(tab->currentId() == id);
    CHECK(tab->detail()->toPlainText().contains(QStringLiteral("检查消防通道")));
    CHECK(tab->detail()->toPlainText().contains(QStringLiteral("李调解员")));
    const gd::JointActivity saved = *gd::JointActivityService(*d.t).open(id);
    CHECK(saved.gridIds == QStringList{d.grid});
    CHECK(saved.people.size() == 2);

    // Changed in the same dialog: the people kept by id.
    JointActivityDialog change(d.ctx(), saved);
    change.summaryEdit()->setPlainText(QStringLiteral("联合巡逻并走访商户"));
    change.accept();
    REQUIRE(change.result() == QDialog::Accepted);
    const gd::JointActivity changed = *gd::JointActivityService(*d.t).open(id);
    CHECK(changed.summary == QStringLiteral("联合巡逻并走访商户"));
    CHECK(changed.people.at(0).id == saved.people.at(0).id);

    // Removed after the question.
    tab->refresh();
    tab->select(id);
    tab->removeSelected();
    CHECK(gd::JointActivityService(*d.t).open(id).error().kind == gd::ErrorKind::NotFound);
}

TEST_CASE("a meeting recorded with its tasks shows them beside it, and an overdue one waits on the due board",
          "[joint]")
{
    JointDesk d;
    JointMeetingsTab *tab = d.page->meetings();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    gd::JointMeeting m;
    m.communityId = d.community;
    JointMeetingDialog dialog(d.ctx(), m);
    CHECK(dialog.placeCombo()->currentIndex() > 0); // the community chosen
    dialog.topicEdit()->setText(QStringLiteral("警网联席会商：电动车楼道充电"));
    dialog.attendeesEditor()->addPerson({{}, d.worker, {}});
    dialog.addTask({{}, {}, QStringLiteral("清理楼道电动车"), d.worker, {}, 0, 0, {}, {}, {}});
    dialog.accept();
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString id = dialog.savedId();
    tab->refresh();
    tab->select(id);
    CHECK(tab->detail()->toPlainText().contains(QStringLiteral("电动车楼道充电")));
    JointTaskTable *tasks = tab->tasks();
    REQUIRE(tasks->tasks().size() == 1);
    CHECK(tasks->table()->item(0, 2)->text() == QStringLiteral("清理楼道电动车"));

    // A task already past its due day stands on the due board, red, until done.
    gd::JointTask late;
    late.text = QStringLiteral("回访商户");
    late.ownerId = d.worker;
    late.dueMs = d.t.db->nowMs() - 1000;
    auto meeting = *gd::JointMeetingService(*d.t).open(id);
    late.dueMs = qMax(late.dueMs, meeting.atMs); // not before the meeting
    REQUIRE(gd::JointTaskService(*d.t).add(id, late).ok());
    DueBoardPage board(d.ctx());
    board.setNow(d.t.db->nowMs() + 60 * 1000);
    board.refresh();
    CHECK(board.jointTasksButton()->text().contains(QStringLiteral("late: 1")));
    QSignalSpy opened(&board, &DueBoardPage::openJointTasks);
    board.jointTasksButton()->click();
    CHECK(opened.count() == 1);
    tab->select(id);
    REQUIRE(tasks->tasks().size() == 2);
    tasks->table()->setCurrentCell(0, 0);
    CHECK(tasks->doneButton()->isEnabled());
    REQUIRE(tasks->completeCurrent(d.t.db->nowMs(), QStringLiteral("已回访")).ok());
    CHECK_FALSE(tasks->table()->item(0, 3)->text().isEmpty());
    board.refresh();
    CHECK(board.jointTasksButton()->text().contains(QStringLiteral("none late")));

    // The tasks tab shows the open ones of the office.
    d.page->showOpenTasks();
    CHECK(d.page->tabs()->currentWidget() == d.page->tasks());
    CHECK(d.page->tasks()->tasks()->tasks().size() >= 1);
    for (const gd::JointTask &t : d.page->tasks()->tasks()->tasks())
        CHECK(t.doneMs == 0);
}

TEST_CASE("a grid's team grows by a resident who fits the role, and shrinks", "[joint]")
{
    JointDesk d;
    JointTeamTab *tab = d.page->teams();
    selectChoice(tab->gridCombo(), d.grid);
    CHECK(tab->headsLabel()->text().contains(QStringLiteral("Police-grid head")));
    const int before = tab->membersTable()->rowCount();
    QSqlQuery q(d.t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM workers WHERE kind = 'volunteer' AND deleted = 0 AND id NOT IN "
                                  "(SELECT worker_id FROM joint_team_members WHERE deleted = 0 AND grid_id = '%1') "
                                  "ORDER BY id LIMIT 1")
                       .arg(d.grid)));
    REQUIRE(q.next());
    const QString volunteer = q.value(0).toString();
    selectChoice(tab->personCombo(), volunteer);
    tab->roleCombo()->setCurrentIndex(tab->roleCombo()->findData(QStringLiteral("building_leader")));
    tab->addMember();
    CHECK(tab->membersTable()->rowCount() == before); // not a building leader
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    tab->roleCombo()->setCurrentIndex(tab->roleCombo()->findData(QStringLiteral("volunteer")));
    tab->addMember();
    REQUIRE(tab->membersTable()->rowCount() == before + 1);
    QString memberId;
    const gd::JointTeam team = gd::JointTeamService(*d.t).team(d.grid).value();
    for (const gd::JointTeamMember &m : team.members)
        if (m.workerId == volunteer)
            memberId = m.id;
    for (int row = 0; row < tab->membersTable()->rowCount(); ++row)
        if (tab->membersTable()->item(row, 0)->data(Qt::UserRole).toString() == memberId)
            tab->membersTable()->setCurrentCell(row, 0);
    tab->removeSelected();
    CHECK(tab->membersTable()->rowCount() == before);
}

TEST_CASE("the joint work page in Chinese, for the README", "[joint][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        JointDesk d;
        const char *const done[] = {"夜间联合巡逻，检查楼道消防通道", "入户核对出租房屋租住人员信息",
                                    "排查电动车楼道充电隐患", "民警与网格员联合调解邻里纠纷"};
        const char *const kinds[] = {"patrol", "gather", "screen", "mediate"};
        for (int i = 0; i < 4; ++i) {
            gd::JointActivity a;
            a.policeGridId = d.policeGrid;
            a.gridIds = {d.grid};
            a.kind = QLatin1String(kinds[i]);
            a.atMs = d.t.db->nowMs() - qint64(i + 1) * 26 * 3600 * 1000;
            a.summary = QString::fromUtf8(done[i]);
            a.people << gd::JointPerson{{}, d.worker, {}} << gd::JointPerson{{}, {}, QStringLiteral("李调解员")};
            REQUIRE(gd::JointActivityService(*d.t).record(a).ok());
        }
        gd::JointMeeting m;
        m.communityId = d.community;
        m.atMs = d.t.db->nowMs() - 3 * 24 * 3600 * 1000;
        m.topic = QStringLiteral("警网联席会商：电动车楼道充电专项整治");
        m.issues = QStringLiteral("电动车入户充电屡禁不止\n部分楼道堆放杂物");
        m.decisions = QStringLiteral("警网联合排查，限期清理，落实到人");
        m.attendees << gd::JointPerson{{}, d.worker, {}} << gd::JointPerson{{}, {}, QStringLiteral("张警官")};
        m.tasks << gd::JointTask{{},       {}, QStringLiteral("清理49号楼楼道电动车"),
                                 d.worker, {}, m.atMs + 2 * 86400000LL,
                                 0,        {}, {},
                                 {}}
                << gd::JointTask{
                       {}, {}, QStringLiteral("张贴安全充电告示"), d.worker, {}, m.atMs + 9 * 86400000LL, 0, {},
                       {}, {}};
        const QString meeting = gd::JointMeetingService(*d.t).record(m).value();
        REQUIRE(gd::JointTaskService(*d.t)
                    .complete(gd::JointMeetingService(*d.t).open(meeting)->tasks.at(1).id, d.t.db->nowMs(),
                              QStringLiteral("已张贴"))
                    .ok());
        d.page.reset(new JointPage(d.ctx()));
        d.page->activities()->refresh();
        d.page->resize(1400, 760);
        d.page->show();
        QCoreApplication::processEvents();
        const QString first =
            d.page->activities()->model()->index(0, 0).data(JointActivityListModel::IdRole).toString();
        d.page->activities()->select(first);
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/joint.png")));
        d.page->tabs()->setCurrentWidget(d.page->meetings());
        d.page->meetings()->refresh();
        d.page->meetings()->select(
            d.page->meetings()->model()->index(0, 0).data(JointMeetingListModel::IdRole).toString());
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/joint-meetings.png")));
    }
    gd::language::uninstall();
}
