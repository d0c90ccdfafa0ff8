#pragma once
// The main window over a test database, message boxes answered by the test, and screenshots
// saved when GRIDDESK_SHOT_DIR names a folder (run under xvfb-run for real fonts).
#include "common/MessageBox.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace gduitest {

struct TestWindow {
    QTemporaryDir settingsDir;
    gdui::AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<gdui::MainWindow> window;
    explicit TestWindow(gd::Database &db)
    {
        gdui::MessageBox::setTestMode(true);
        window = std::make_unique<gdui::MainWindow>(db, settings);
        window->show();
        QApplication::processEvents();
    }
    ~TestWindow() { gdui::MessageBox::setTestMode(false); }
};

inline void shoot(QWidget *w, const char *name, QSize size)
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w->resize(size);
    w->show();
    QApplication::processEvents();
    CHECK(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace gduitest
