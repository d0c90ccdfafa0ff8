// The bar across the window while nothing can be saved, headless: for a PC clock the file
// disagrees with, shown with the reason, the confirmation offered to administrators only, and gone
// once confirmed; for a file opened read-only, the reason and nothing to confirm.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "shell/HoldBanner.h"
#include "util/Language.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

using namespace gdui;

TEST_CASE("the clock banner shows while the PC is behind the file and goes once an administrator confirms",
          "[clock][ui]")
{
    if (!qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR"))
        gd::language::install(QStringLiteral("zh_CN"));
    MessageBox::setTestMode(true);
    gduitest::DemoDb office;
    HoldBanner agreed(*office);
    CHECK(agreed.isHidden());

    // The PC's date set back a month before the file's newest change.
    office.db->setClock(std::make_shared<gd::ManualClock>(
        QDateTime(QDate(2025, 12, 1), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()));
    HoldBanner banner(*office);
    banner.resize(900, 60);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.textLabel()->text().contains(QStringLiteral("2025-12-01")));
    CHECK_FALSE(banner.confirmButton()->isHidden());
    gduitest::shoot(&banner, "clock-banner.png", {900, 70});

    gduitest::DemoDb staffOffice(gd::Role::Staff);
    staffOffice.db->setClock(std::make_shared<gd::ManualClock>(
        QDateTime(QDate(2025, 12, 1), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()));
    HoldBanner staffBanner(*staffOffice);
    CHECK_FALSE(staffBanner.isHidden());
    CHECK(staffBanner.confirmButton()->isHidden());

    REQUIRE(banner.confirm());
    CHECK(banner.isHidden());
    MessageBox::setTestMode(false);
}

TEST_CASE("the bar says a file opened read-only cannot be changed, with nothing to confirm", "[clock][ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.griddesk"));
    REQUIRE(QFile::copy(gduitest::demoTemplate(), path));
    gd::Database::Options options;
    options.readOnly = true;
    auto opened = gd::Database::open(path, options);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    (*opened)->setActor(gd::Actor::system());
    HoldBanner banner(**opened);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.textLabel()->text().contains(QStringLiteral("read-only")));
    CHECK(banner.confirmButton()->isHidden());
}
