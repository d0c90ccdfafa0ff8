#include "MissedTexts.h"
#include "UiFixture.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "util/Language.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTranslator>

TEST_CASE("with --lang zh_CN the window speaks Chinese, core messages included")
{
    CHECK(gd::language::choose(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(gd::language::choose(QStringLiteral("en")) == QStringLiteral("en"));
    REQUIRE(gd::language::install(QStringLiteral("zh_CN")));
    gduitest::DemoDb t;
    QTemporaryDir dir;
    gdui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    gdui::MainWindow window(*t, settings);
    QStringList pages;
    for (int i = 0; i < window.navigation()->count(); ++i)
        pages << window.navigation()->item(i)->text();
    CHECK(pages.contains(QStringLiteral("组织架构")));
    CHECK(pages.contains(QStringLiteral("警格")));
    CHECK(pages.contains(QStringLiteral("数据交换")));
    CHECK(pages.contains(QStringLiteral("便民联系卡")));
    // A refusal from a core service (context gd::validate in a free function) is translated too.
    auto r = gd::Database::open(dir.filePath(QStringLiteral("missing.sqlite")), {false, {}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("找不到")));
    gd::language::uninstall();
    CHECK(QCoreApplication::translate("gdui::MainWindow", "Organisation") == QStringLiteral("Organisation"));
}

TEST_CASE("every page of the window in Chinese finds each of its texts in the translation's context")
{
    gdtest::MissedTexts missed;
    QCoreApplication::installTranslator(&missed);
    REQUIRE(gd::language::install(QStringLiteral("zh_CN")));
    {
        gduitest::DemoDb t;
        QTemporaryDir dir;
        gdui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        gdui::MainWindow window(*t, settings);
        window.show();
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
        }
        // Core messages from free functions and services: a refused open, a refused value.
        auto r = gd::Database::open(dir.filePath(QStringLiteral("missing.sqlite")), {false, {}});
        REQUIRE_FALSE(r.ok());
        // The recorder hears a text the translation lacks (so this test can fail).
        CHECK(QCoreApplication::translate("gd::nowhere", "A text nobody translated") ==
              QStringLiteral("A text nobody translated"));
        REQUIRE(missed.missed.removeAll(QStringLiteral("gd::nowhere: A text nobody translated")) == 1);
    }
    gd::language::uninstall();
    QCoreApplication::removeTranslator(&missed);
    INFO(missed.missed.join(QLatin1Char('\n')).toStdString());
    CHECK(missed.missed.isEmpty());
}
