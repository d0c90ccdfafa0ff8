// The trusted offices tab's office list, headless: the district saves its signed list and a new
// office takes it, trusting every office on it; staff get neither button.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "exchange/OfficeKey.h"
#include "exchange/Trust.h"
#include "exchange/TrustTab.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace gdui;

namespace {

void trust(gd::Database &into, gd::Database &office, const QString &name)
{
    gd::exchange::TrustedOffice o;
    o.publicKey = gd::exchange::officeKey(office)->publicKey;
    o.office = name;
    o.site = office.siteId();
    REQUIRE(gd::exchange::trustOffice(into, o, gd::exchange::fingerprint(o.publicKey)).ok());
}

} // namespace

TEST_CASE("the district saves its office list and a new office takes it from the trusted offices tab",
          "[exchange][ui][office-list]")
{
    MessageBox::setTestMode(true);
    gduitest::DemoDb district;
    gduitest::OtherOffice street, newcomer;
    trust(*district, *street.db, QStringLiteral("八大关街道办事处"));
    trust(*newcomer.db, *district, QStringLiteral("市南区网格化服务管理中心"));
    const QString list = newcomer.dir.filePath(QStringLiteral("offices.gdlist"));
    QUndoStack undo;
    TrustTab districtTab({district.db.get(), &undo});
    REQUIRE(districtTab.findChild<QPushButton *>(QStringLiteral("saveOfficeListButton"))->isEnabled());
    REQUIRE(districtTab.saveOfficeList(list));

    TrustTab tab({newcomer.db.get(), &undo});
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab.model()->rowCount() == 1);
    CHECK_FALSE(tab.takeOfficeList(newcomer.dir.filePath(QStringLiteral("missing.gdlist"))));
    CHECK(MessageBox::lastText().contains(QStringLiteral("missing.gdlist")));
    REQUIRE(tab.takeOfficeList(list));
    CHECK(tab.model()->rowCount() == 2);

    gduitest::DemoDb staff(gd::Role::Staff);
    TrustTab staffTab({staff.db.get(), &undo});
    CHECK_FALSE(staffTab.findChild<QPushButton *>(QStringLiteral("saveOfficeListButton"))->isEnabled());
    CHECK_FALSE(staffTab.findChild<QPushButton *>(QStringLiteral("takeOfficeListButton"))->isEnabled());
    MessageBox::setTestMode(false);
}
