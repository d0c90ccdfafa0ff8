// griddesk: the window. Opens the data file (a demo district on first start), signs the
// operator in, and shows the main window.
#include "access/OperatorService.h"
#include "cases/CasesPage.h"
#include "hub/HubCasesPage.h"
#include "hub/HubWindow.h"
#include "org/OrgPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"
#include "shell/Startup.h"
#include "util/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// QApplication aborts without a display; say how to run instead.
bool haveDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (!haveDisplay()) {
        std::fprintf(stderr, "griddesk: no display found; run it under Xvfb, e.g. xvfb-run -a ./griddesk.sh run\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GridDesk"));
    QApplication::setOrganizationName(QStringLiteral("GridDesk"));
    QApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/griddesk.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GridDesk — grid-based community service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QStringLiteral("Data file to open (created with a demo district if new)."),
                                QStringLiteral("FILE"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QStringLiteral("Sign in as LOGIN with the password in GRIDDESK_PASSWORD (automation)."),
        QStringLiteral("LOGIN"));
    QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Page to show first (1, 2…)."),
                                  QStringLiteral("N"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption gridOption(QStringLiteral("grid"), QStringLiteral("Show the grid with this code."),
                                  QStringLiteral("CODE"));
    QCommandLineOption searchOption(QStringLiteral("search"),
                                    QStringLiteral("Show the cases page searching for TEXT (automation)."),
                                    QStringLiteral("TEXT"));
    QCommandLineOption caseOption(QStringLiteral("case"),
                                  QStringLiteral("On a hub, open the case with this number (automation)."),
                                  QStringLiteral("NUMBER"));
    QCommandLineOption hubOption(QStringLiteral("hub"),
                                 QStringLiteral("Read the hub at CONNINFO (a libpq connection string, no password) "
                                                "instead of an office file."),
                                 QStringLiteral("CONNINFO"));
    parser.addOptions(
        {dbOption, langOption, signInOption, pageOption, gridOption, searchOption, shotOption, hubOption, caseOption});
    parser.process(app);

    gdui::AppSettings settings;
    const QString lang =
        gd::language::choose(parser.isSet(langOption) ? parser.value(langOption) : settings.language());
    gd::language::install(lang);

    if (parser.isSet(hubOption)) {
        auto window = gdui::HubWindow::open(parser.value(hubOption));
        if (!window) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "GridDesk"), window.message());
            return 2;
        }
        if (parser.isSet(pageOption))
            (*window)->showPage(parser.value(pageOption).toInt() - 1);
        if (parser.isSet(searchOption)) {
            (*window)->cases()->searchBox()->setText(parser.value(searchOption));
            (*window)->cases()->applySearch();
            (*window)->showPage(1);
        }
        (*window)->show();
        QWidget *shown = *window;
        if (parser.isSet(caseOption)) {
            (*window)->showPage(1);
            shown = (*window)->cases()->openCaseNumber(parser.value(caseOption));
            if (!shown)
                return 1;
        }
        if (parser.isSet(shotOption))
            QTimer::singleShot(1500, *window, [w = *window, shown, shot = parser.value(shotOption)] {
                shown->grab().save(shot);
                w->close();
            });
        return app.exec();
    }

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : settings.dataFile();
    for (;;) {
        gdui::Opened opened = gdui::openDataFile(path);
        if (!opened.db) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "GridDesk"), opened.error);
            return 2;
        }
        gd::Database &db = *opened.db;
        if (parser.isSet(signInOption)) {
            auto actor = gd::OperatorService(db).authenticate(parser.value(signInOption),
                                                              qEnvironmentVariable("GRIDDESK_PASSWORD"));
            if (!actor) {
                std::fprintf(stderr, "griddesk: %s\n", qPrintable(actor.message()));
                return 1;
            }
            db.setActor(actor.value());
        } else {
            gdui::SignInDialog dialog(db, settings.lastLogin());
            if (opened.firstStart)
                dialog.showDemoLogins();
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            settings.setLastLogin(dialog.actor().login);
            db.setActor(dialog.actor());
        }
        settings.setDataFile(path);

        gdui::MainWindow window(db, settings);
        if (parser.isSet(pageOption))
            window.showPage(parser.value(pageOption).toInt() - 1);
        if (parser.isSet(gridOption)) {
            window.orgPage()->showGrid(parser.value(gridOption));
            window.showPage(window.orgPage());
        }
        if (parser.isSet(searchOption)) {
            window.casesPage()->searchBox()->setText(parser.value(searchOption));
            window.casesPage()->applySearch();
            window.showPage(window.casesPage());
        }
        window.show();
        if (parser.isSet(shotOption)) {
            const QString shot = parser.value(shotOption);
            QTimer::singleShot(800, &window, [&window, shot] {
                window.grab().save(shot);
                window.close();
            });
        }
        const int rc = app.exec();
        if (window.reopenPath().isEmpty())
            return rc;
        path = window.reopenPath();
    }
}
