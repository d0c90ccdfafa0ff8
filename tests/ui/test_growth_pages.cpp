// The pages that grow the workers: training (training/TrainingPage.h) — a session recorded with its
// need in its dialog, evaluated, a need ordered, the demand showing it covered, a worker's history
// saved as PDF, a session with nobody refused; the exemplary cases (exemplary/ExemplaryPage.h) — a
// council written up in its dialog, found by search, approved, printed in the booklet; and the good
// ideas (ideas/IdeasPage.h) — proposed, visited and adopted in the page's forms.
#include "ToolOutput.h"
#include "UiFixture.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "councils/CouncilService.h"
#include "exemplary/ExemplaryDialog.h"
#include "exemplary/ExemplaryPage.h"
#include "exemplary/ExemplaryService.h"
#include "ideas/IdeaForms.h"
#include "ideas/IdeaService.h"
#include "ideas/IdeasPage.h"
#include "training/TrainingDialog.h"
#include "training/TrainingForms.h"
#include "training/TrainingNeedsTab.h"
#include "training/TrainingPage.h"
#include "training/TrainingSessions.h"
#include "training/TrainingSessionsTab.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace gdui;
using gdtest::pdfText;

namespace {

struct GrowthDesk {
    gduitest::DemoDb t{gd::Role::Supervisor};
    QUndoStack undo;
    QTemporaryDir out;
    GrowthDesk() { MessageBox::setTestMode(true); }
    ~GrowthDesk() { MessageBox::setTestMode(false); }
    AppContext ctx() { return AppContext{t.db.get(), &undo}; }
    QString firstCommunity()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT community_id FROM grids ORDER BY code LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(t.db->nowMs(), QTimeZone(8 * 3600)).date(); }
};

void tick(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text))
            list->item(i)->setCheckState(Qt::Checked);
}

QString recordSession(GrowthDesk &d, const QString &topic, int attendees)
{
    TrainingDialog dialog(*d.t);
    dialog.dateEdit()->setDate(d.today());
    dialog.topicCombo()->setCurrentText(topic);
    tick(dialog.needs(), QStringLiteral("物业纠纷"));
    dialog.expertEdit()->setText(QStringLiteral("李律师"));
    dialog.unitEdit()->setText(QStringLiteral("区司法局"));
    for (int i = 0; i < attendees && i < dialog.attendees()->count(); ++i)
        dialog.attendees()->item(i)->setCheckState(Qt::Checked);
    return dialog.save() ? dialog.savedId() : QString();
}

} // namespace

TEST_CASE("a training session recorded evaluated and ordered on the training page", "[training]")
{
    GrowthDesk d;
    TrainingPage page(d.ctx());
    // Nobody attending: refused, nothing written.
    TrainingDialog empty(*d.t);
    empty.topicCombo()->setCurrentText(QStringLiteral("物业纠纷调解"));
    CHECK_FALSE(empty.save());
    CHECK_FALSE(empty.problem().isEmpty());

    const QString id = recordSession(d, QStringLiteral("物业纠纷调解实务"), 3);
    REQUIRE_FALSE(id.isEmpty());
    page.refresh();
    QTableWidget *sessions = page.sessions()->table();
    REQUIRE(sessions->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < sessions->rowCount(); ++r)
        if (sessions->item(r, 1)->text() == QStringLiteral("物业纠纷调解实务"))
            row = r;
    REQUIRE(row >= 0);
    CHECK(sessions->item(row, 2)->text().contains(QStringLiteral("物业纠纷")));
    CHECK(sessions->item(row, 5)->text() == QStringLiteral("3"));
    sessions->selectRow(row);
    CHECK(page.sessions()->detail()->toPlainText().contains(QStringLiteral("李律师")));

    auto session = gd::training::session(*d.t, id);
    REQUIRE(session.ok());
    EvaluationDialog evaluation(*d.t, *session);
    evaluation.score()->setValue(4);
    evaluation.comment()->setText(QStringLiteral("案例实用"));
    REQUIRE(evaluation.save());
    CHECK(gd::training::session(*d.t, id)->attendees.first().score == 4);

    OrderDialog order(*d.t);
    CHECK_FALSE(order.save()); // no worker chosen
    CHECK_FALSE(order.problem().isEmpty());
    order.worker()->setCurrentIndex(1);
    order.need()->setCurrentText(QStringLiteral("物业纠纷"));
    REQUIRE(order.save());
    page.needs()->yearBox()->setValue(d.today().year());
    page.needs()->refresh();
    QTableWidget *demand = page.needs()->demandTable();
    bool covered = false;
    for (int r = 0; r < demand->rowCount(); ++r)
        if (demand->item(r, 0)->text() == QStringLiteral("物业纠纷"))
            covered = demand->item(r, 1)->text().toInt() >= 1 && demand->item(r, 2)->text().toInt() >= 1;
    CHECK(covered);
    CHECK(page.needs()->ordersTable()->rowCount() >= 1);

    // The first attendee's history of the year, saved as PDF.
    selectChoice(page.sessions()->historyWorker(), session->attendees.first().workerId);
    const QString pdf = d.out.filePath(QStringLiteral("history.pdf"));
    REQUIRE(page.sessions()->saveHistory(pdf));
    CHECK(pdfText(pdf).contains(QStringLiteral("物业纠纷调解实务")));
}

TEST_CASE("a council written up on the exemplary page is found approved and printed in the booklet", "[exemplary]")
{
    GrowthDesk d;
    gd::Council c;
    c.communityId = d.firstCommunity();
    c.atMs = d.t.db->nowMs() - 1000; // this year, as the booklet below, unless within a second of New Year
    c.topic = QStringLiteral("三号楼加装电梯");
    c.attendance.residents = 20;
    c.resolution = QStringLiteral("按楼层分摊");
    const QString council = gd::CouncilService(*d.t).record(c).value();
    ExemplaryPage page(d.ctx());
    ExemplaryDialog dialog(d.ctx(), gd::ExemplaryCase());
    dialog.kindCombo()->setCurrentIndex(int(gd::exemplary::sourceKinds().indexOf(QStringLiteral("council"))));
    selectChoice(dialog.sourceCombo(), council);
    REQUIRE(dialog.fillFromSource());
    CHECK(dialog.titleEdit()->text().contains(QStringLiteral("加装电梯")));
    CHECK_FALSE(dialog.save()); // nothing written about what the worker did
    CHECK_FALSE(dialog.problem().isEmpty());
    dialog.titleEdit()->setText(QStringLiteral("加装电梯议出来"));
    dialog.actionsEdit()->setPlainText(QStringLiteral("逐户走访，召集议事会，促成分摊方案"));
    dialog.lessonsEdit()->setPlainText(QStringLiteral("先议后办"));
    REQUIRE(dialog.save());
    const QString id = dialog.savedId();

    page.yearBox()->setValue(page.yearBox()->minimum()); // every year: the test may run on 1 January
    page.searchEdit()->setText(QStringLiteral("议事"));
    page.refresh();
    REQUIRE(page.table()->rowCount() == 1);
    page.table()->selectRow(0);
    CHECK(page.currentId() == id);
    CHECK(page.detail()->toPlainText().contains(QStringLiteral("先议后办")));
    page.approveSelected();
    CHECK(gd::ExemplaryService(*d.t).get(id, false)->state == QStringLiteral("approved"));
    page.searchEdit()->setText(QStringLiteral("停车"));
    page.refresh();
    CHECK(page.table()->rowCount() == 0);

    const QString pdf = d.out.filePath(QStringLiteral("booklet.pdf"));
    REQUIRE(page.saveBooklet(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("加装电梯议出来")));
    CHECK(page.saveBooklet(d.out.filePath(QStringLiteral("booklet.odt"))));
}

TEST_CASE("a good idea proposed visited and adopted on the good ideas page", "[ideas]")
{
    GrowthDesk d;
    IdeasPage page(d.ctx());
    IdeaFormDialog propose(*d.t, IdeaFormDialog::Propose, gd::Idea());
    propose.line()->setText(QStringLiteral("逢二聚格"));
    CHECK_FALSE(propose.save()); // no street chosen
    CHECK_FALSE(propose.problem().isEmpty());
    propose.street()->setCurrentIndex(1);
    propose.text()->setPlainText(QStringLiteral("每月逢二日集中议事"));
    REQUIRE(propose.save());
    const QString id = propose.savedId();
    auto idea = gd::IdeaService(*d.t).get(id);
    REQUIRE(idea.ok());
    IdeaFormDialog visit(*d.t, IdeaFormDialog::Visit, *idea);
    visit.line()->setText(QStringLiteral("区领导带队"));
    visit.second()->setPlainText(QStringLiteral("梳理为五步清单"));
    REQUIRE(visit.save());
    IdeaFormDialog adopt(*d.t, IdeaFormDialog::Adopt, *idea);
    adopt.street()->setCurrentIndex(1); // the proposing street is not offered
    REQUIRE(adopt.save());
    page.refresh();
    REQUIRE(page.table()->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < page.table()->rowCount(); ++r)
        if (page.table()->item(r, 2)->text() == QStringLiteral("逢二聚格"))
            row = r;
    REQUIRE(row >= 0);
    CHECK(page.table()->item(row, 3)->text() == QStringLiteral("1"));
    CHECK_FALSE(page.table()->item(row, 4)->text().isEmpty());
    page.table()->selectRow(row);
    CHECK(page.detail()->toPlainText().contains(QStringLiteral("梳理为五步清单")));
}
