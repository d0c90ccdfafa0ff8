// The forms behind the contact card's newer lines (issue 17 §4): a community's QR link and image, a
// grid without a property company and its promise, a worker's party membership. Each field shows
// what the record holds and gives back what was entered; the card itself is tested in core.
#include "UiFixture.h"
#include "org/GridForm.h"
#include "org/HierarchyForms.h"
#include "people/WorkerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace gdui;

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
