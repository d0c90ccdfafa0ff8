// griddesk-cli: the same core services as the window, from a terminal.
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

namespace {
// `cards`, `report`, `disputes ledger` and `volunteers hours` draw text, which needs a QGuiApplication (fonts); every
// other command stays a QCoreApplication.
bool draws(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "cards") == 0 || std::strcmp(argv[i], "report") == 0)
            return true;
        if (std::strcmp(argv[i], "ledger") == 0 && i > 1 && std::strcmp(argv[i - 1], "disputes") == 0)
            return true;
        if (std::strcmp(argv[i], "hours") == 0 && i > 1 && std::strcmp(argv[i - 1], "volunteers") == 0)
            return true;
        if (std::strcmp(argv[i], "history") == 0 && i > 1 && std::strcmp(argv[i - 1], "training") == 0)
            return true;
        if (std::strcmp(argv[i], "booklet") == 0 && i > 1 && std::strcmp(argv[i - 1], "exemplary") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    const bool drawing = draws(argc, argv);
    // With no platform chosen, cards and reports are drawn offscreen: a terminal may have no display.
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The core's diagnostic log would interleave with the one-line messages scripts read from
    // stderr; QT_LOGGING_RULES (applied after these rules) turns it back on when needed. Qt's
    // own start-up notices (no XDG_RUNTIME_DIR on a server) would break `cards`' rule of one
    // stderr line per incomplete card.
    QLoggingCategory::setFilterRules(drawing ? QStringLiteral("griddesk.*=false\ndefault.warning=false")
                                             : QStringLiteral("griddesk.*=false"));
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    return gdcli::run(QCoreApplication::arguments());
}
