// The forms behind the contact card's newer lines (issue 17 §4): a community's QR link and image, a
// grid without a property company and its promise, a worker's party membership. Each field shows
// what the record holds and gives back what was entered; the card itself is tested in core.
#include "UiFixture.h"
#include "org/BuildingDialog.h"
#include "org/GridForm.h"
#include "org/HierarchyForms.h"
#include "people/WorkerForm.h"
#include "util/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace gdui;

namespace {
gd::Building buildingOfCompound()
{
    gd::Building b;
    b.gridId = QStringLiteral("grid-1");
    b.name = QStringLiteral("书香家园49号楼");
    b.address = QStringLiteral("三明南路2号");
    b.compound = QStringLiteral("书香家园");
    b.propertyUnitId = QStringLiteral("unit-b");
    return b;
}
const QList<Choice> kCompanies{{QStringLiteral("unit-a"), QStringLiteral("青岛海韵物业  0532-86196548")},
                               {QStringLiteral("unit-b"), QStringLiteral("鲁信物业  0532-83876666")}};
} // namespace

TEST_CASE("the card's fields are entered in the community, grid and worker forms", "[cards][ui]")
{
    gduitest::DemoDb t;
    {
        CommunityForm form;
        gd::Community c;
        c.name = QStringLiteral("红岛路社区");
        c.qrUrl = QStringLiteral("https://weixin.qq.com/r/hongdaolu");
        c.qrImage = QByteArray("\x89PNG\r\n\x1A\n-image-bytes");
        form.setCommunity(c, QStringLiteral("八大关街道"));
        auto *link = form.findChild<QLineEdit *>(QStringLiteral("communityQrUrlLineEdit"));
        REQUIRE(link);
        CHECK(link->text() == c.qrUrl);
        CHECK(form.community().qrImage == c.qrImage);
        form.setQrImage({}); // "No image": the link is printed as a QR code
        link->setText(QStringLiteral("https://weixin.qq.com/r/other"));
        CHECK(form.community().qrImage.isEmpty());
        CHECK(form.community().qrUrl == QStringLiteral("https://weixin.qq.com/r/other"));
    }
    {
        GridForm form(*t);
        gd::Grid g;
        g.name = QStringLiteral("红岛路社区第1网格");
        g.promise = QStringLiteral("小事不出网格");
        form.setGrid(g, QStringLiteral("红岛路社区"), QString());
        auto *none = form.findChild<QCheckBox *>(QStringLiteral("noProperty"));
        auto *promise = form.findChild<QLineEdit *>(QStringLiteral("gridPromise"));
        REQUIRE(none);
        REQUIRE(promise);
        CHECK(promise->text() == QStringLiteral("小事不出网格"));
        CHECK_FALSE(none->isChecked());
        none->setChecked(true); // an open courtyard: no company to choose
        CHECK(form.grid().noProperty);
        CHECK(form.grid().propertyUnitId.isEmpty());
        CHECK(form.grid().promise == QStringLiteral("小事不出网格"));
    }
    {
        WorkerForm form(*t);
        gd::Worker w;
        w.name = QStringLiteral("王芳");
        w.partyMember = true;
        form.setWorker(w);
        auto *party = form.findChild<QCheckBox *>(QStringLiteral("workerPartyMember"));
        REQUIRE(party);
        CHECK(party->isChecked());
        party->setChecked(false);
        CHECK_FALSE(form.worker().partyMember);
    }
}

TEST_CASE("a building names its compound and the compound's property company", "[cards][ui]")
{
    BuildingDialog dialog(buildingOfCompound(), {}, kCompanies);
    auto *compound = dialog.findChild<QLineEdit *>(QStringLiteral("buildingCompoundLineEdit"));
    auto *property = dialog.findChild<QComboBox *>(QStringLiteral("buildingPropertyComboBox"));
    REQUIRE(compound);
    REQUIRE(property);
    CHECK(compound->text() == QStringLiteral("书香家园"));
    CHECK(dialog.building().propertyUnitId == QStringLiteral("unit-b"));
    property->setCurrentIndex(0); // "(the grid's)"
    compound->setText(QStringLiteral("  海韵花园 "));
    CHECK(dialog.building().propertyUnitId.isEmpty());
    CHECK(dialog.building().compound == QStringLiteral("海韵花园"));
}

// Hidden from the suite: with GRIDDESK_SHOT_DIR set, saves the community form's QR fields and the
// building dialog in Chinese, to look at (run under xvfb-run with "[.screenshot]").
TEST_CASE("the card's fields in Chinese, to look at", "[cards][ui][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    {
        CommunityForm form;
        gd::Community c;
        c.code = QStringLiteral("370202002001");
        c.name = QStringLiteral("红岛路社区");
        c.address = QStringLiteral("红岛路12号");
        c.wechat = QStringLiteral("市南区红岛路社区");
        c.qrUrl = QStringLiteral("https://weixin.qq.com/r/hongdaolu");
        form.setCommunity(c, QStringLiteral("八大关街道"));
        form.resize(720, 560);
        form.show();
        CHECK(form.grab().save(dir + QStringLiteral("/community-form.png")));
    }
    {
        BuildingDialog dialog(buildingOfCompound(), {QStringLiteral("三明南路2号院")}, kCompanies);
        dialog.show();
        CHECK(dialog.grab().save(dir + QStringLiteral("/building-dialog.png")));
    }
    gd::language::uninstall();
}
