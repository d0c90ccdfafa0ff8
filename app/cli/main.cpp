// griddesk-cli: the same core services as the window, from a terminal.
#include "CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    // The core's diagnostic log would interleave with the one-line messages scripts read from
    // stderr; QT_LOGGING_RULES (applied after these rules) turns it back on when needed.
    QLoggingCategory::setFilterRules(QStringLiteral("griddesk.*=false"));
    return gdcli::run(QCoreApplication::arguments());
}
