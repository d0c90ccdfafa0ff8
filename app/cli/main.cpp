// griddesk-cli: the same core services as the window, from a terminal.
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    return gdcli::run(QCoreApplication::arguments());
}
