// The window's binary on a machine with no display: one line saying how to run it, no crash.
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

TEST_CASE("griddesk without a display says how to run it and exits 1")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(var));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRIDDESK_APP_PATH), {});
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    CHECK(err.count(QLatin1Char('\n')) == 0);
    CHECK(err.contains(QStringLiteral("xvfb-run")));
    CHECK(p.readAllStandardOutput().isEmpty());
}
