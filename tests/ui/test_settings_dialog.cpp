// The settings dialog: the office's key fingerprint, to read to other offices, and the clock
// tolerance for packages, saved by an administrator and refused to anyone else.
#include "UiFixture.h"
#include "access/ClockAgreement.h"
#include "exchange/OfficeKey.h"
#include "org/OfficeSettings.h"
#include "shell/AppSettings.h"
#include "shell/SettingsDialog.h"

#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace gdui;

TEST_CASE("the settings show this office's key fingerprint and save the packages' clock tolerance", "[settings]")
{
    gduitest::DemoDb t;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    auto key = gd::exchange::officeKey(*t);
    REQUIRE(key.ok());
    {
        SettingsDialog dialog(*t, settings);
        auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
        REQUIRE(fingerprint);
        CHECK(fingerprint->text() == gd::exchange::fingerprint(key->publicKey));
        auto *tolerance = dialog.findChild<QSpinBox *>(QStringLiteral("clockToleranceSpinBox"));
        REQUIRE(tolerance);
        CHECK(tolerance->value() == gd::kDefaultClockToleranceHours);
        CHECK(tolerance->maximum() == gd::kMaxClockToleranceHours);
        tolerance->setValue(72);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(gd::clockToleranceHours(*t) == 72);

    // A staff operator sees it, but the office part is not theirs to change.
    gduitest::DemoDb staff(gd::Role::Staff);
    SettingsDialog readOnly(*staff, settings);
    auto *tolerance = readOnly.findChild<QSpinBox *>(QStringLiteral("clockToleranceSpinBox"));
    REQUIRE(tolerance);
    CHECK_FALSE(tolerance->isEnabled());
    CHECK(gd::setClockToleranceHours(*staff, 48).error().kind == gd::ErrorKind::Permission);
}

TEST_CASE("the settings save the figures' minimum sample, 1 to 100 cases", "[settings]")
{
    gduitest::DemoDb t;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    {
        SettingsDialog dialog(*t, settings);
        auto *sample = dialog.findChild<QSpinBox *>(QStringLiteral("minimumSampleSpinBox"));
        REQUIRE(sample);
        CHECK(sample->value() == 5);
        CHECK(sample->minimum() == 1);
        CHECK(sample->maximum() == 100);
        sample->setValue(20);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(gd::OfficeSettings(*t).load().minimumSample == 20);
    gd::OfficeIdentity id = gd::OfficeSettings(*t).load();
    id.minimumSample = 0;
    CHECK(gd::OfficeSettings(*t).save(id).error().field == QStringLiteral("minimum_sample"));
}
