// The volunteers page (volunteers/VolunteersPage.h): a team made and given a member in the teams
// tab; a service recorded in its dialog — a new kind typed joins the list — shows in the list and
// in full, a refusal names its field and writes nothing (nor the new kind); the totals per team
// add it up; the hours statement is saved as PDF, refused without a volunteer chosen. The list
// model passes the model tester.
#include "UiFixture.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "util/Language.h"
#include "volunteers/VolunteerServiceDialog.h"
#include "volunteers/VolunteerServiceListModel.h"
#include "volunteers/VolunteerTeams.h"
#include "volunteers/VolunteerTeamsTab.h"
#include "volunteers/VolunteerTotalsTab.h"
#include "volunteers/VolunteersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;

namespace {

struct VolunteerDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<VolunteersPage> page;
    QString community, volunteer, team;
    VolunteerDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT w.community_id, w.id FROM workers w WHERE w.kind = 'volunteer' AND "
                                      "w.community_id IS NOT NULL ORDER BY w.id LIMIT 1")));
        REQUIRE(q.next());
        community = q.value(0).toString();
        volunteer = q.value(1).toString();
        page = std::make_unique<VolunteersPage>(AppContext{t.db.get(), &undo});
        MessageBox::setTestMode(true);
    }
    ~VolunteerDesk() { MessageBox::setTestMode(false); }
    AppContext ctx() { return AppContext{t.db.get(), &undo}; }
    // The team made in the teams tab with the volunteer as its member.
    void makeTeam()
    {
        VolunteerTeamsTab *tab = page->teams();
        tab->nameEdit()->setText(QStringLiteral("“兴”光暖格服务队"));
        selectChoice(tab->communityCombo(), community);
        tab->addTeam();
        team = tab->currentTeam();
        REQUIRE_FALSE(team.isEmpty());
        selectChoice(tab->personCombo(), volunteer);
        tab->addMember();
        REQUIRE(tab->membersTable()->rowCount() == 1);
    }
    QString record(const QString &kind, double hours)
    {
        gd::VolunteerService s;
        s.teamId = team;
        VolunteerServiceDialog dialog(ctx(), s);
        dialog.kindCombo()->setEditText(kind);
        dialog.hoursBox()->setValue(hours);
        dialog.summaryEdit()->setPlainText(QStringLiteral("更换3号楼楼道灯"));
        REQUIRE(dialog.peopleList()->count() == 1);
        dialog.peopleList()->item(0)->setCheckState(Qt::Checked);
        dialog.accept();
        return dialog.result() == QDialog::Accepted ? dialog.savedId() : QString();
    }
};

} // namespace

TEST_CASE("a volunteer service recorded in its dialog shows in the list and in full, and its team's totals",
          "[volunteers]")
{
    VolunteerDesk d;
    QAbstractItemModelTester tester(d.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.makeTeam();
    // No hours: refused, nothing written — not even the new kind typed.
    CHECK(d.record(QStringLiteral("修剪绿化"), 0).isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("hours")));
    CHECK(gd::VolunteerServiceLog(*d.t).count({}).value() == 0);
    for (const gd::VolunteerKind &k : gd::VolunteerTeamService(*d.t).kinds(false).value())
        CHECK(k.name != QStringLiteral("修剪绿化"));

    const QString id = d.record(QStringLiteral("楼道灯维修"), 1.5);
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE_FALSE(d.record(QStringLiteral("修剪绿化"), 2).isEmpty()); // a new kind joins the list
    bool listed = false;
    for (const gd::VolunteerKind &k : gd::VolunteerTeamService(*d.t).kinds().value())
        listed = listed || k.name == QStringLiteral("修剪绿化");
    CHECK(listed);
    d.page->refresh();
    d.page->select(id);
    CHECK(d.page->detail()->toPlainText().contains(QStringLiteral("更换3号楼楼道灯")));
    CHECK(d.page->statusLabel()->text().contains(QStringLiteral("2")));

    VolunteerTotalsTab *totals = d.page->totals();
    totals->refresh();
    REQUIRE(totals->table()->rowCount() == 1);
    CHECK(totals->table()->item(0, 2)->text() == QStringLiteral("3.5"));

    // The statement: refused without a volunteer, written for one.
    QTemporaryDir dir;
    CHECK_FALSE(totals->saveStatement(dir.filePath(QStringLiteral("none.pdf"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    selectChoice(totals->personCombo(), d.volunteer);
    REQUIRE(totals->saveStatement(dir.filePath(QStringLiteral("hours.pdf"))));
    CHECK(QFile(dir.filePath(QStringLiteral("hours.pdf"))).size() > 1000);

    d.page->select(id);
    d.page->removeSelected();
    CHECK(gd::VolunteerServiceLog(*d.t).count({}).value() == 1);
}

TEST_CASE("the volunteers page in Chinese, for the README", "[volunteers][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        VolunteerDesk d;
        d.page.reset(new VolunteersPage(d.ctx()));
        d.makeTeam();
        QString last;
        for (const char *kind : {"楼道灯维修", "单元门维修", "老人家庭维修", "楼道灯维修"})
            last = d.record(QString::fromUtf8(kind), 1.5);
        d.page->refresh();
        d.page->select(last);
        d.page->resize(1400, 760);
        d.page->show();
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/volunteers.png")));
    }
    gd::language::uninstall();
}
