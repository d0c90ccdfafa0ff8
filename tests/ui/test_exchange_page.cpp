// The exchange page, wizard and import dialog headless, as two offices would use them: the
// district exports everything for a street office, the street previews and merges it; both edit
// the same street's name, exchange again, and the conflict is shown side by side and settled;
// staff cannot merge or settle. Every model is checked with QAbstractItemModelTester. With
// GRIDDESK_SHOT_DIR set (under xvfb-run) it saves Chinese screenshots of each step.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "exchange/ContentDigest.h"
#include "exchange/ExchangeModels.h"
#include "exchange/ExchangeNames.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExportWizard.h"
#include "exchange/ImportDialog.h"
#include "exchange/OfficeKey.h"
#include "exchange/PeerTab.h"
#include "exchange/TrustOfficeDialog.h"
#include "exchange/TrustTab.h"
#include "org/HierarchyService.h"
#include "org/OfficeSettings.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace gdui;

namespace {

void shoot(QWidget *w, const char *name, QSize size = {1100, 700})
{
    gduitest::shoot(w, name, size);
}

QByteArray digestOf(gd::Database &db)
{
    auto d = gd::exchange::digestContent(gd::sqliteHandle(db.sql()));
    REQUIRE(d.ok());
    return d->sha256;
}

void nameOffice(gd::Database &db, const QString &name)
{
    gd::OfficeIdentity office = gd::OfficeSettings(db).load();
    office.name = name;
    if (office.districtCode.isEmpty())
        office.districtCode = QStringLiteral("370202");
    INFO(gd::OfficeSettings(db).save(office).message().toStdString());
    REQUIRE(gd::OfficeSettings(db).save(office).ok());
}

void renameStreet(gd::Database &db, const QString &id, const QString &name)
{
    gd::Transaction tx(db);
    REQUIRE(gd::RowStore(db).update(gd::tables::streets(), id, {{QStringLiteral("name"), name}}).ok());
    REQUIRE(tx.commit().ok());
}

using Office = gduitest::OtherOffice;

QString exportWith(gd::Database &db, const QString &path, const QString &peer, bool onlyChanges)
{
    ExportWizard wizard(db);
    wizard.setScope(gd::exchange::ExportScope::All);
    wizard.setPeer(peer, onlyChanges);
    wizard.setPath(path);
    REQUIRE(wizard.scope().sinceLastTo == (onlyChanges ? peer : QString()));
    INFO(wizard.resultText().toStdString());
    REQUIRE(wizard.runExport());
    return path;
}

} // namespace

TEST_CASE("two offices exchange packages through the window and settle a conflict", "[exchange][ui]")
{
    const bool chinese = !qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR");
    if (chinese)
        gd::language::install(QStringLiteral("zh_CN"));
    MessageBox::setTestMode(true);
    gduitest::DemoDb district;
    nameOffice(*district, QStringLiteral("市南区网格化服务管理中心"));
    Office street;
    nameOffice(*street.db, QStringLiteral("八大关街道办事处"));
    const QString dir = street.dir.path();

    // 1. The district's export wizard: everything, for the street office, only changes next time.
    {
        ExportWizard wizard(*district);
        wizard.setPeer(QStringLiteral("八大关街道办事处"), true);
        CHECK(wizard.path().endsWith(QStringLiteral(".gdpkg")));
        CHECK(wizard.path().contains(QStringLiteral("八大关街道办事处")));
        wizard.setScope(gd::exchange::ExportScope::Community);
        CHECK(wizard.areaCombo()->count() == 50); // the demo's communities to choose from
        CHECK(wizard.areaCombo()->isEnabled());
        wizard.setScope(gd::exchange::ExportScope::All);
        CHECK_FALSE(wizard.areaCombo()->isEnabled());
        wizard.next();
        shoot(&wizard, "exchange-1-export-wizard.png", {720, 440});
    }
    const QString first =
        exportWith(*district, dir + QStringLiteral("/first.gdpkg"), QStringLiteral("八大关街道办事处"), true);

    // 2. The street has not trusted the district yet: refused, with a button to trust it. A
    // fingerprint misheard over the phone is refused at its field; the right one trusts it.
    const QByteArray empty = digestOf(*street.db);
    {
        ImportDialog dialog(*street.db);
        CHECK_FALSE(dialog.preview(first));
        const auto sender = gd::exchange::untrustedSender(*street.db, first);
        REQUIRE(sender.has_value());
        CHECK(dialog.statusText().contains(sender->fingerprint));
        CHECK_FALSE(dialog.mergeButton()->isEnabled());
        CHECK_FALSE(dialog.trustButton()->isHidden());
        TrustOfficeDialog trust(*street.db, *sender);
        CHECK(trust.findChild<QLabel *>(QStringLiteral("carriedFingerprintLabel"))->text() == sender->fingerprint);
        trust.fingerprintEdit()->setText(QString(sender->fingerprint).replace(0, 4, QStringLiteral("0000")));
        CHECK_FALSE(trust.trust());
        CHECK(MessageBox::lastText().contains(sender->fingerprint));
        trust.fingerprintEdit()->setText(sender->fingerprint.toLower());
        shoot(&trust, "exchange-2a-trust-office.png", {560, 340});
        REQUIRE(trust.trust());
        CHECK(digestOf(*street.db) == empty);
    }
    // The street previews it (nothing written), then merges it.
    {
        ImportDialog dialog(*street.db);
        QAbstractItemModelTester tester(dialog.countsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(dialog.preview(first));
        CHECK(digestOf(*street.db) == empty);
        CHECK(dialog.mergeButton()->isEnabled());
        CHECK(dialog.countsModel()->totals().added > 10000);
        // Every kind of data (the exchanged tables and the cases' timelines) and the total.
        CHECK(dialog.countsModel()->rowCount() == int(gd::tables::all().size()) + 2);
        shoot(&dialog, "exchange-2-import-preview.png", {760, 620});
        REQUIRE(dialog.merge());
        CHECK_FALSE(dialog.mergeButton()->isEnabled());
        CHECK(dialog.statusText().contains(QStringLiteral(".before-merge-")));
        CHECK(dialog.statusText().contains(QStringLiteral(".undo")));
        shoot(&dialog, "exchange-3-import-report.png", {760, 620});
    }
    CHECK(digestOf(*street.db) == digestOf(*district));
    {
        // Again: merged before, nothing to merge.
        ImportDialog dialog(*street.db);
        CHECK_FALSE(dialog.preview(first));
        CHECK_FALSE(dialog.mergeButton()->isEnabled());
        CHECK_FALSE(dialog.statusText().isEmpty());
    }

    // 3. Both rename the same street unaware of each other, and send each other their packages.
    const gd::Street s = gd::HierarchyService(*district).streets().first();
    renameStreet(*district, s.id, s.name + QStringLiteral("（区定）"));
    street.db->setClock(std::make_shared<gd::ManualClock>(QDateTime::currentMSecsSinceEpoch() + 60000));
    renameStreet(*street.db, s.id, s.name + QStringLiteral("（街道定）"));
    const QString toStreet =
        exportWith(*district, dir + QStringLiteral("/second.gdpkg"), QStringLiteral("八大关街道办事处"), true);
    const QString toDistrict =
        exportWith(*street.db, dir + QStringLiteral("/back.gdpkg"), QStringLiteral("市南区网格化服务管理中心"), false);
    // The district trusts the street office's key file, from its exchange page.
    {
        const QString keyFile = dir + QStringLiteral("/street.gdkey");
        QUndoStack undo;
        ExchangePage streetPage({street.db.get(), &undo});
        CHECK(streetPage.trustTab()->model()->rowCount() == 1);
        REQUIRE(streetPage.trustTab()->saveOwnKey(keyFile));
        const QString streetFingerprint = streetPage.trustTab()->ownFingerprintLabel()->text();
        ExchangePage districtPage({district.db.get(), &undo});
        QAbstractItemModelTester trusted(districtPage.trustTab()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(districtPage.trustTab()->model()->rowCount() == 0);
        gd::exchange::TrustedOffice office;
        auto key = gd::exchange::readKeyFile(keyFile);
        REQUIRE(key.ok());
        office.publicKey = key->publicKey;
        office.office = key->office;
        office.site = key->site;
        TrustOfficeDialog trust(*district, office);
        trust.fingerprintEdit()->setText(streetFingerprint);
        trust.levelCombo()->setCurrentIndex(1); // one street
        trust.codeEdit()->setText(gd::HierarchyService(*district).streets().first().code);
        REQUIRE(trust.trust());
        districtPage.refresh();
        REQUIRE(districtPage.trustTab()->model()->rowCount() == 1);
        CHECK(districtPage.trustTab()
                  ->model()
                  ->data(districtPage.trustTab()->model()->index(0, TrustedOfficeModel::FingerprintColumn))
                  .toString() == streetFingerprint);
        districtPage.tabs()->setCurrentWidget(districtPage.trustTab());
        shoot(&districtPage, "exchange-6-trusted-offices.png");
    }
    for (auto [db, path] : {std::pair{street.db.get(), toStreet}, std::pair{district.db.get(), toDistrict}}) {
        ImportDialog dialog(*db);
        REQUIRE(dialog.preview(path));
        CHECK(dialog.countsModel()->totals().conflicts == 1);
        REQUIRE(dialog.merge());
    }
    CHECK(digestOf(*street.db) == digestOf(*district));

    // 4. The district's exchange page: the conflict side by side, settled by taking the other value.
    QUndoStack undo;
    ExchangePage page({district.db.get(), &undo});
    QAbstractItemModelTester conflicts(page.conflictModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester ledger(page.ledgerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    // The street's package, written before it merged the district's second one, confirms the
    // first only: the second's changes still count as lacking there until the street confirms it.
    PeerStatusModel *peers = page.peerTab()->model();
    QAbstractItemModelTester peerTester(peers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->data(peers->index(0, PeerStatusModel::PeerColumn)).toString() == QStringLiteral("八大关街道办事处"));
    CHECK(peers->data(peers->index(0, PeerStatusModel::UnconfirmedColumn)).toString() == QStringLiteral("1"));
    CHECK(peers->data(peers->index(0, PeerStatusModel::AckedColumn)).toString() != PeerStatusModel::tr("not yet"));
    page.tabs()->setCurrentWidget(page.peerTab());
    page.show(); // showing the page reads the file again: count after it
    QApplication::processEvents();
    REQUIRE(peers->countWaiting());
    CHECK(peers->data(peers->index(0, PeerStatusModel::WaitingColumn)).toString() != QStringLiteral("0"));
    shoot(&page, "exchange-7-offices-sent-to.png");
    page.tabs()->setCurrentIndex(0);
    REQUIRE(page.conflictModel()->rowCount() == 1);
    CHECK(page.ledgerModel()->rowCount() == 1);
    CHECK(page.keptLabel()->text() == s.name + QStringLiteral("（街道定）")); // the later edit
    CHECK(page.lostLabel()->text() == s.name + QStringLiteral("（区定）"));
    CHECK(page.keepButton()->isEnabled());
    shoot(&page, "exchange-4-conflict.png");
    page.tabs()->setCurrentIndex(1);
    shoot(&page, "exchange-5-ledger.png");
    page.tabs()->setCurrentIndex(0);
    REQUIRE(page.resolveSelected(int(gd::exchange::Resolution::TakeOther)));
    CHECK(page.conflictModel()->rowCount() == 0);

    CHECK(gd::HierarchyService(*district).streets().first().name == s.name + QStringLiteral("（区定）"));
    CHECK_FALSE(page.keepButton()->isEnabled());

    // The decision travels: the street takes it with the next package.
    const QString decision =
        exportWith(*district, dir + QStringLiteral("/decision.gdpkg"), QStringLiteral("八大关街道办事处"), true);
    ImportDialog dialog(*street.db);
    REQUIRE(dialog.preview(decision));
    CHECK(dialog.countsModel()->totals().conflicts == 0);
    REQUIRE(dialog.merge());
    CHECK(gd::HierarchyService(*street.db).streets().first().name == s.name + QStringLiteral("（区定）"));
    CHECK(digestOf(*street.db) == digestOf(*district));
    {
        // The street's next package confirms it all: the district's page says the street lacks nothing.
        const QString confirm = exportWith(*street.db, dir + QStringLiteral("/confirm.gdpkg"),
                                           QStringLiteral("市南区网格化服务管理中心"), false);
        ImportDialog back(*district);
        REQUIRE(back.preview(confirm));
        REQUIRE(back.merge());
        page.refresh();
        REQUIRE(peers->rowCount() == 1);
        CHECK(peers->data(peers->index(0, PeerStatusModel::UnconfirmedColumn)).toString() == QStringLiteral("0"));
        REQUIRE(peers->countWaiting());
        CHECK(peers->data(peers->index(0, PeerStatusModel::WaitingColumn)).toString() == QStringLiteral("0"));
    }

    // 5. The street takes that last merge back from its undo file: declined first, then done.
    QStringList undoFiles = QDir(dir).entryList({QStringLiteral("*.undo")}, QDir::Files, QDir::Time);
    REQUIRE(undoFiles.size() == 3); // one per merge into the street's file
    const QString lastUndo = QDir(dir).filePath(undoFiles.first());
    ExchangePage streetPage({street.db.get(), &undo});
    QAbstractItemModelTester streetLedger(streetPage.ledgerModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    streetPage.refresh();
    CHECK(streetPage.findChild<QPushButton *>(QStringLiteral("undoButton"))->isEnabled());
    REQUIRE(streetPage.ledgerModel()->rowCount() == 3);
    const QByteArray merged = digestOf(*street.db);
    MessageBox::setTestMode(true, false);
    CHECK_FALSE(streetPage.undoMerge(lastUndo));
    CHECK(digestOf(*street.db) == merged);
    MessageBox::setTestMode(true, true);
    REQUIRE(streetPage.undoMerge(lastUndo));
    CHECK(MessageBox::lastText().contains(QStringLiteral("decision.gdpkg")));
    CHECK(streetPage.ledgerModel()->rowCount() == 2);
    CHECK(gd::HierarchyService(*street.db).streets().first().name == s.name + QStringLiteral("（街道定）"));
    // Twice: refused with the reason, nothing changed.
    const QByteArray undone = digestOf(*street.db);
    CHECK_FALSE(streetPage.undoMerge(lastUndo));
    CHECK(MessageBox::lastText().contains(QStringLiteral("decision.gdpkg")));
    CHECK(digestOf(*street.db) == undone);

    MessageBox::setTestMode(false);
    if (chinese)
        gd::language::uninstall();
}

TEST_CASE("staff see the exchange page but neither merge nor settle", "[exchange][ui]")
{
    gduitest::DemoDb t(gd::Role::Staff);
    QUndoStack undo;
    ExchangePage page({t.db.get(), &undo});
    page.refresh();
    CHECK(page.conflictModel()->rowCount() == 0);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    CHECK_FALSE(page.keepButton()->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("undoButton"))->isEnabled());
}

TEST_CASE("the export wizard refuses a missing area or file name, and a refused package says why", "[exchange][ui]")
{
    MessageBox::setTestMode(true);
    gduitest::DemoDb t;
    ExportWizard wizard(*t);
    wizard.setScope(gd::exchange::ExportScope::Grid);
    wizard.areaCombo()->setCurrentIndex(-1);
    CHECK_FALSE(wizard.runExport());
    CHECK_FALSE(wizard.resultText().isEmpty());
    wizard.setScope(gd::exchange::ExportScope::All);
    wizard.setPath(QString());
    CHECK_FALSE(wizard.runExport());

    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.gdpkg"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a package at all");
    f.close();
    ImportDialog dialog(*t);
    CHECK_FALSE(dialog.preview(junk));
    CHECK(dialog.statusText().contains(QStringLiteral("junk.gdpkg")));
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
    MessageBox::setTestMode(false);
}

TEST_CASE("every kind of data exchanged has a title in the window, never its table's name", "[exchange][ui]")
{
    for (const gd::TableDef *t : gd::tables::all()) {
        INFO(t->name.toStdString());
        CHECK(gdui::exchangeTableTitle(t->name) != t->name);
    }
    CHECK(gdui::exchangeTableTitle(QStringLiteral("case_events")) != QStringLiteral("case_events"));
}
