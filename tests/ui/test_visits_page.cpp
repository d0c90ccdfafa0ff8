// The visits page (visits/VisitsPage.h): the desk's form saves a visit that the list shows at once,
// a refusal names its field and writes nothing, a finding becomes a case linked to its visit, the
// care register shows another grid's household masked and records a care visit in one step; both
// models pass the model tester.
#include "UiFixture.h"
#include "cases/DueBoardPage.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "util/Language.h"
#include "visits/CareListModel.h"
#include "visits/FindingDialog.h"
#include "visits/VisitForm.h"
#include "visits/VisitImportDialog.h"
#include "visits/VisitListModel.h"
#include "visits/VisitsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

using namespace gdui;

namespace {

struct VisitsDesk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<VisitsPage> page;
    QString worker, grid, otherGrid;
    VisitsDesk()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT worker_id, id FROM grids WHERE worker_id IS NOT NULL ORDER BY code LIMIT "
                                      "2")));
        REQUIRE(q.next());
        worker = q.value(0).toString();
        grid = q.value(1).toString();
        REQUIRE(q.next());
        otherGrid = q.value(1).toString();
        page = std::make_unique<VisitsPage>(AppContext{t.db.get(), &undo});
        page->refresh();
        MessageBox::setTestMode(true);
    }
    ~VisitsDesk() { MessageBox::setTestMode(false); }
    int visits()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 0")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    void fill(const QString &place, const QString &found)
    {
        VisitForm *f = page->form();
        selectChoice(f->workerCombo(), worker);
        selectChoice(f->gridCombo(), grid);
        f->placeEdit()->setText(place);
        f->foundEdit()->setPlainText(found);
    }
};

} // namespace

TEST_CASE("the visit form saves a visit the list shows, and names the field it refuses", "[visits]")
{
    VisitsDesk d;
    QAbstractItemModelTester visitTester(d.page->visitModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester careTester(d.page->careModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Nowhere at all: refused by the place, nothing written.
    d.fill(QString(), QStringLiteral("井盖松动"));
    CHECK(d.page->form()->save().isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("place")));
    CHECK(d.visits() == 0);

    d.fill(QStringLiteral("小区北门"), QStringLiteral("井盖松动"));
    d.page->form()->addPhoto(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"), QStringLiteral("well.png"));
    const QString id = d.page->form()->save();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(d.visits() == 1);
    CHECK(d.page->statusLabel()->text() == QStringLiteral("The visit was saved."));
    // The form is ready for the next visit; the list shows this one first.
    CHECK(d.page->form()->placeEdit()->text().isEmpty());
    d.page->refresh();
    REQUIRE(d.page->visitModel()->rowCount() == 1);
    CHECK(d.page->visitModel()->index(0, VisitListModel::PlaceColumn).data().toString() == QStringLiteral("小区北门"));
    CHECK(d.page->visitModel()
              ->index(0, VisitListModel::FoundColumn)
              .data()
              .toString()
              .contains(QStringLiteral("井盖松动")));

    // Its finding registered as a case, in the dialog the list's button opens.
    FindingDialog dialog(AppContext{d.t.db.get(), &d.undo}, id, QStringLiteral("井盖松动"));
    dialog.accept(); // no category: refused, the dialog stays
    CHECK(dialog.caseId().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.categoryCombo()->setCurrentIndex(1);
    dialog.accept();
    REQUIRE_FALSE(dialog.caseId().isEmpty());
    d.page->refresh();
    CHECK_FALSE(d.page->visitModel()->index(0, VisitListModel::CaseColumn).data().toString().isEmpty());
    CHECK(d.page->visitModel()->index(0, 0).data(VisitListModel::CaseIdRole).toString() == dialog.caseId());
}

TEST_CASE("the care register masks another grid's household and records a care visit in one step", "[visits]")
{
    VisitsDesk d;
    gd::CareHousehold h;
    h.gridId = d.grid;
    h.name = QStringLiteral("李秀英");
    h.phone = QStringLiteral("13812345678");
    h.kind = QStringLiteral("elderly_alone");
    h.intervalDays = 7;
    const QString id = gd::CareRegister(*d.t).save(h).value();
    // A staff member who is the other grid's worker sees the household masked.
    gd::Actor staff = d.t.db->actor();
    staff.role = gd::Role::Staff;
    QSqlQuery q(d.t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT worker_id FROM grids WHERE id = '%1'").arg(d.otherGrid)));
    REQUIRE(q.next());
    staff.workerId = q.value(0).toString();
    d.t.db->setActor(staff);
    d.page->refresh();
    REQUIRE(d.page->careModel()->rowCount() == 1);
    CHECK(d.page->careModel()->index(0, CareListModel::NameColumn).data().toString() == QStringLiteral("李**"));
    CHECK(d.page->careModel()->index(0, CareListModel::PhoneColumn).data().toString() == QStringLiteral("138****5678"));
    d.page->careTable()->setCurrentIndex(d.page->careModel()->index(0, 0));
    d.page->editSelectedHousehold(); // refused: not theirs to open
    CHECK(MessageBox::lastText().contains(QStringLiteral("in full")));

    // The grid's own worker records a care visit from the register.
    staff.workerId = d.worker;
    d.t.db->setActor(staff);
    d.page->refresh();
    CHECK(d.page->careModel()->index(0, CareListModel::NameColumn).data().toString() == h.name);
    d.page->careTable()->setCurrentIndex(d.page->careModel()->index(0, 0));
    d.page->careVisitForSelected();
    CHECK(d.page->tabs()->currentIndex() == 0);
    CHECK(chosenId(d.page->form()->householdCombo()) == id);
    CHECK(chosenId(d.page->form()->workerCombo()) == d.worker);
    REQUIRE_FALSE(d.page->form()->save().isEmpty());
    d.page->refresh();
    CHECK(d.page->careModel()->lateCount() == 0);
    CHECK_FALSE(d.page->careModel()->index(0, CareListModel::LastVisitColumn).data().toString().isEmpty());
}

TEST_CASE("the visits page in Chinese, for the README", "[visits][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        VisitsDesk d;
        d.page.reset(new VisitsPage(AppContext{d.t.db.get(), &d.undo}));
        const char *const places[] = {"小区北门", "菜市场东口", "3号楼楼道", "健身广场"};
        const char *const findings[] = {"井盖松动，已设警示", "占道摆摊", "楼道堆放杂物", "健身器材螺丝松动"};
        for (int i = 0; i < 4; ++i) {
            d.fill(QString::fromUtf8(places[i]), QString::fromUtf8(findings[i]));
            d.page->form()->kindCombo()->setCurrentIndex(i % 2);
            REQUIRE_FALSE(d.page->form()->save().isEmpty());
        }
        d.fill(QStringLiteral("小区南门"), QStringLiteral("路灯不亮"));
        d.page->refresh();
        d.page->resize(1400, 760);
        d.page->show();
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/visits.png")));
        // The care register beside it, a household late for its visit.
        gd::CareHousehold h;
        h.gridId = d.grid;
        h.name = QStringLiteral("李秀英");
        h.phone = QStringLiteral("13812345678");
        h.address = QStringLiteral("书香家园3号楼2单元301");
        h.kind = QStringLiteral("elderly_alone");
        h.intervalDays = 7;
        REQUIRE(gd::CareRegister(*d.t).save(h).ok());
        d.page->refresh();
        d.page->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/visits-care.png")));
    }
    gd::language::uninstall();
}

TEST_CASE("the due board counts late care visits per worker and opens the register's late households", "[visits]")
{
    VisitsDesk d;
    gd::CareHousehold h;
    h.gridId = d.grid;
    h.name = QStringLiteral("李秀英");
    h.kind = QStringLiteral("disabled");
    h.intervalDays = 2;
    REQUIRE(gd::CareRegister(*d.t).save(h).ok());
    DueBoardPage board(AppContext{d.t.db.get(), &d.undo});
    board.refresh();
    CHECK(board.careButton()->text() == QStringLiteral("Care visits: none late"));
    board.setNow(d.t.db->nowMs() + 3LL * 24 * 3600 * 1000); // three days on, never visited
    CHECK(board.careButton()->text().startsWith(QStringLiteral("Care visits late: 1")));
    QSignalSpy opened(&board, &DueBoardPage::openLateCare);
    board.careButton()->click();
    CHECK(opened.count() == 1);
    d.page->showLateCare();
    CHECK(d.page->tabs()->currentIndex() == 1);
    CHECK(d.page->lateOnlyBox()->isChecked());
}

TEST_CASE("the import dialog previews every line with what will happen to it, then imports the good ones", "[visits]")
{
    VisitsDesk d;
    QSqlQuery q(d.t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT g.code, w.phone FROM grids g JOIN workers w ON w.id = g.worker_id WHERE "
                                  "g.id = '%1'")
                       .arg(d.grid)));
    REQUIRE(q.next());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("走访.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QString when = QDateTime::fromMSecsSinceEpoch(d.t.db->nowMs() - 3600 * 1000, QTimeZone(8 * 3600))
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    f.write(QStringLiteral("日期,网格员,网格,地点\n%1,%2,%3,小区北门\n%1,%2,%3,\n")
                .arg(when, q.value(1).toString(), q.value(0).toString())
                .toUtf8());
    f.close();
    VisitImportDialog dialog(AppContext{d.t.db.get(), &d.undo});
    REQUIRE(dialog.load(csv));
    // 日期 is not a header the time is found under: the office maps it, and the preview follows.
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("Time")));
    QComboBox *time = dialog.columnCombo(QStringLiteral("at"));
    time->setCurrentIndex(time->findText(QStringLiteral("日期")));
    dialog.preview();
    REQUIRE(dialog.previewTable()->rowCount() == 2);
    CHECK(dialog.previewTable()->item(0, 1)->text() == QStringLiteral("To import"));
    CHECK(dialog.previewTable()->item(1, 1)->text().startsWith(QStringLiteral("Refused")));
    CHECK(d.visits() == 0); // the preview writes nothing
    REQUIRE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.importNow());
    CHECK(d.visits() == 1);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("line 3")));
}

TEST_CASE("the visit import dialog in Chinese, looked at", "[visits][.screenshot]")
{
    const QString shots = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (shots.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        VisitsDesk d;
        QSqlQuery q(d.t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT g.code, w.phone FROM grids g JOIN workers w ON w.id = g.worker_id WHERE "
                                      "g.id = '%1'")
                           .arg(d.grid)));
        REQUIRE(q.next());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("走访.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString when = QDateTime::fromMSecsSinceEpoch(d.t.db->nowMs() - 3600 * 1000, QTimeZone(8 * 3600))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        f.write(QStringLiteral("时间,网格员,网格,地点,发现情况\n%1,%2,%3,小区北门,井盖松动\n%1,%2,%3,,\n%1,13900000000,%3,"
                               "菜市场,\n")
                    .arg(when, q.value(1).toString(), q.value(0).toString())
                    .toUtf8());
        f.close();
        VisitImportDialog dialog(AppContext{d.t.db.get(), &d.undo});
        REQUIRE(dialog.load(csv));
        dialog.preview();
        dialog.resize(1000, 560);
        dialog.show();
        QCoreApplication::processEvents();
        CHECK(dialog.grab().save(shots + QStringLiteral("/visit-import.png")));
    }
    gd::language::uninstall();
}
