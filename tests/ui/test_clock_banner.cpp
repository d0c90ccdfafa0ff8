// The bar across the window while this PC's clock disagrees with the file's, headless: shown
// with the reason, the confirmation offered to administrators only, and gone once confirmed.
#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "shell/ClockBanner.h"
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
    ClockBanner agreed(*office);
    CHECK(agreed.isHidden());

    // The PC's date set back a month before the file's newest change.
    office.db->setClock(std::make_shared<gd::ManualClock>(
        QDateTime(QDate(2025, 12, 1), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()));
    ClockBanner banner(*office);
    banner.resize(900, 60);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.textLabel()->text().contains(QStringLiteral("2025-12-01")));
    CHECK_FALSE(banner.confirmButton()->isHidden());
    gduitest::shoot(&banner, "clock-banner.png", {900, 70});

    gduitest::DemoDb staffOffice(gd::Role::Staff);
    staffOffice.db->setClock(std::make_shared<gd::ManualClock>(
        QDateTime(QDate(2025, 12, 1), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()));
    ClockBanner staffBanner(*staffOffice);
    CHECK_FALSE(staffBanner.isHidden());
    CHECK(staffBanner.confirmButton()->isHidden());

    REQUIRE(banner.confirm());
    CHECK(banner.isHidden());
    MessageBox::setTestMode(false);
}
