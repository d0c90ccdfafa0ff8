// The contact cards page headless, in the window: a community's check lists its incomplete
// cards, "fix the grid" opens the grid's own form where the property company is set, and back
// on the page the grid is no longer listed; one grid's card and a community's cards are saved as
// PDF; the template dialog saves for an administrator and is not offered to staff. The check's
// model runs through QAbstractItemModelTester. With GRIDDESK_SHOT_DIR set (under xvfb-run),
// Chinese screenshots of the page and the template dialog.
#include "ToolOutput.h"
#include "UiFixture.h"
#include "WindowFixture.h"
#include "cards/CardCheckModel.h"
#include "cards/CardTemplateDialog.h"
#include "cards/CardsPage.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "org/OrgPage.h"
#include "org/OrgTreeModel.h"
#include "org/UnitService.h"
#include "people/PeoplePage.h"
#include "people/WorkerForm.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QListWidgetItem>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gdui;

namespace {

// The window on the contact cards page, reached by its shortcut.
struct Window : gduitest::TestWindow {
    CardsPage *page = nullptr;
    explicit Window(gd::Database &db)
        : TestWindow(db)
    {
        page = window->findChild<CardsPage *>();
        REQUIRE(page);
        // Ctrl+0 is the contact cards' shortcut (the window must be active for it to fire).
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
        QApplication::processEvents();
        REQUIRE(page->isVisible());
    }
};

using gdtest::pdfText;

int rowOf(CardCheckModel *m, const QString &gridCode)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, CardCheckModel::CodeColumn).data().toString() == gridCode)
            return r;
    return -1;
}

void shoot(QWidget *w, const char *name, QSize size = {1280, 760})
{
    gduitest::shoot(w, name, size);
}

} // namespace

TEST_CASE("cards page: a community's incomplete card is fixed in the grid form and the batch saved", "[cards][ui]")
{
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    if (chinese)
        gd::language::install(QStringLiteral("zh_CN"));
    gduitest::DemoDb t;
    // An office that has not recorded the market grid's property company yet.
    const QString market = QStringLiteral("370202001001008");
    gd::Grid marketGrid = gd::GridService(*t).gridByCode(market).value();
    marketGrid.propertyUnitId.clear();
    REQUIRE(gd::GridService(*t).save(marketGrid).ok());
    Window w(*t);
    CardsPage *page = w.page;
    CardCheckModel *model = page->checkModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const gd::Community community = gd::HierarchyService(*t).communities().first();
    page->choose(gd::CardScope::Community, community.id);
    page->setCardLayout(gd::CardLayout::A4x4);
    const int cards = int(gd::GridService(*t).grids(community.id).size());
    REQUIRE(page->cards().size() == cards);
    REQUIRE(model->rowCount() > 0);
    CHECK_FALSE(page->previewLabel()->pixmap().isNull());

    const int row = rowOf(model, market);
    REQUIRE(row >= 0);
    CHECK(model->index(row, CardCheckModel::MissingColumn).data().toString() ==
          gd::cards::gapText(gd::CardGap::NoPropertyCompany));
    shoot(w.window.get(), "cards-page.png");

    page->checkView()->selectRow(row);
    CHECK_FALSE(page->fixWorkerButton()->isEnabled()); // nothing to fix on a worker here
    QTest::mouseClick(page->fixGridButton(), Qt::LeftButton);
    OrgPage *org = w.window->orgPage();
    REQUIRE(org->isVisible());
    auto *property = org->findChild<QComboBox *>(QStringLiteral("gridPropertyComboBox"));
    REQUIRE(property);
    REQUIRE(property->count() > 1);
    property->setCurrentIndex(1);
    auto *save = org->findChild<QWidget *>(QStringLiteral("gridCodeLineEdit"))
                     ->parentWidget()
                     ->findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    INFO(MessageBox::lastText().toStdString());
    REQUIRE_FALSE(gd::GridService(*t).gridByCode(market)->propertyUnitId.isEmpty());

    // Back on the cards page the grid is no longer listed, and the whole community prints.
    w.window->showPage(page);
    QApplication::processEvents();
    CHECK(rowOf(model, market) < 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("community.pdf"));
    MessageBox::setTestMode(true, true); // "print anyway" for the vacant grids still listed
    REQUIRE(page->savePdf(pdf));
    const QString text = pdfText(pdf);
    for (const gd::CardContent &c : page->cards()) {
        CHECK(text.contains(c.gridCode));
        if (!c.workerPhone.isEmpty())
            CHECK(text.contains(c.workerPhone));
    }
    // Declining the question writes nothing.
    MessageBox::setTestMode(true, false);
    CHECK_FALSE(page->savePdf(dir.filePath(QStringLiteral("declined.pdf"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("declined.pdf"))));
    MessageBox::setTestMode(true, true);

    // One grid in one click: its A6 card.
    const gd::Grid one = gd::GridService(*t).gridByCode(QStringLiteral("370202001001003")).value();
    page->choose(gd::CardScope::Grid, one.id);
    page->setCardLayout(gd::CardLayout::A6);
    REQUIRE(page->cards().size() == 1);
    CHECK(model->rowCount() == 0);
    const QString single = dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(page->savePdf(single));
    CHECK(pdfText(single).contains(page->cards().first().workerName));

    // Printing goes through the same painting: a printer writing to a file shows it.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(page->printTo(printer));
    CHECK(pdfText(dir.filePath(QStringLiteral("printed.pdf"))).contains(page->cards().first().workerPhone));

    // The preview dialog draws the batch: one A6 page for this grid.
    int previewPages = -1;
    QTimer::singleShot(500, [&previewPages] {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                previewPages = preview->pageCount();
            dialog->reject();
        }
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("previewCardsButton")), Qt::LeftButton);
    CHECK(previewPages == 1);
}

TEST_CASE("cards page: a worker's gap opens the worker's form", "[cards][ui]")
{
    gduitest::DemoDb t;
    Window w(*t);
    // From the organisation tree, one click: the selected community's cards.
    const gd::Community community = gd::HierarchyService(*t).communities().first();
    OrgPage *org = w.window->orgPage();
    w.window->showPage(org);
    org->selectNode(OrgTreeModel::CommunityNode, community.id);
    auto *printCards = org->findChild<QAction *>(QStringLiteral("printCardsAction"));
    REQUIRE(printCards);
    printCards->trigger();
    REQUIRE(w.page->isVisible());
    CHECK(w.page->cards().size() == gd::GridService(*t).grids(community.id).size());

    // A vacant grid covered by a part-time worker: the worker is the one to look at.
    CardCheckModel *model = w.page->checkModel();
    int covered = -1;
    for (int r = 0; r < model->rowCount() && covered < 0; ++r)
        if (model->problemAt(r)->gaps.contains(gd::CardGap::PartTimeCover))
            covered = r;
    REQUIRE(covered >= 0);
    w.page->checkView()->selectRow(covered);
    REQUIRE(w.page->fixWorkerButton()->isEnabled());
    QTest::mouseClick(w.page->fixWorkerButton(), Qt::LeftButton);
    PeoplePage *people = w.window->peoplePage();
    REQUIRE(people->isVisible());
    const QString workerId = model->problemAt(covered)->workerId;
    CHECK(people->form()->worker().id == workerId);
}

TEST_CASE("cards page: the template dialog saves for an administrator, staff are not offered it", "[cards][ui]")
{
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    if (chinese)
        gd::language::install(QStringLiteral("zh_CN"));
    gduitest::DemoDb t;
    Window w(*t);
    const gd::Community community = gd::HierarchyService(*t).communities().first();
    w.page->choose(gd::CardScope::Community, community.id);
    REQUIRE(w.page->templateButton()->isEnabled());

    CardTemplateDialog dialog(*t, w.page->cards().first(), w.page);
    dialog.titleEdit()->setText(QStringLiteral("香港中路街道网格便民联系卡"));
    QListWidget *fields = dialog.fieldsList();
    for (int i = 0; i < fields->count(); ++i)
        if (fields->item(i)->data(Qt::UserRole).toString() == QLatin1String("photo"))
            fields->item(i)->setCheckState(Qt::Unchecked);
    // A logo: a red disc with a white star-like mark, as an office emblem would be.
    QImage logo(120, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xc0, 0x10, 0x10));
        p.setPen(QPen(Qt::white, 6));
        p.drawEllipse(QRectF(6, 6, 108, 108));
        p.drawLine(30, 60, 90, 60);
        p.drawLine(60, 30, 60, 90);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    dialog.setLogo(png);
    shoot(&dialog, "cards-template.png", {900, 640});
    REQUIRE(dialog.save());
    const gd::CardTemplate saved = gd::CardTemplate::load(*t);
    CHECK(saved.title == QStringLiteral("香港中路街道网格便民联系卡"));
    CHECK_FALSE(saved.shows(QStringLiteral("photo")));
    CHECK(saved.logo == png);

    // A bad colour is refused with the field named, and nothing changes.
    dialog.findChild<QLineEdit *>(QStringLiteral("accentColourLineEdit"))->setText(QStringLiteral("#12"));
    CHECK_FALSE(dialog.save());
    CHECK(MessageBox::lastText().contains(QCoreApplication::translate("gd::CardTemplate", "Accent colour")));
    CHECK(gd::CardTemplate::load(*t).accentColor == saved.accentColor);

    gd::Actor staff = t.db->actor();
    staff.role = gd::Role::Staff;
    t.db->setActor(staff);
    CHECK_FALSE(w.page->templateButton()->isEnabled());
}

TEST_CASE("cards: the grid form keeps a property company of another street chosen", "[cards][ui]")
{
    gduitest::DemoDb t;
    const QList<gd::Street> streets = gd::HierarchyService(*t).streets();
    REQUIRE(streets.size() > 1);
    gd::Unit other;
    other.name = QStringLiteral("八大关物业服务站");
    other.kind = QStringLiteral("property");
    other.servicePhone = QStringLiteral("0532-83880000");
    other.streetId = streets.at(1).id;
    const QString otherId = gd::UnitService(*t).save(other).value();
    gd::Grid g = gd::GridService(*t).gridByCode(QStringLiteral("370202001001003")).value(); // on the first street
    g.propertyUnitId = otherId;
    REQUIRE(gd::GridService(*t).save(g).ok());

    Window w(*t);
    OrgPage *org = w.window->orgPage();
    w.window->showPage(org);
    REQUIRE(org->showGrid(g.code));
    auto *property = org->findChild<QComboBox *>(QStringLiteral("gridPropertyComboBox"));
    REQUIRE(property);
    CHECK(property->currentData().toString() == otherId);
}
