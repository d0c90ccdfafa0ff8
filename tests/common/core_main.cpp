// Test main for tests that need no widgets: a QCoreApplication so Qt's plugins (the SQLite
// driver) load as they do in the program; a QGuiApplication for the core tests (GD_TEST_GUI),
// which paint contact cards and need fonts.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#ifdef GD_TEST_GUI
#include <QGuiApplication>
#endif

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
#ifdef GD_TEST_GUI
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
