#include "CliApp.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace gdcli {

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}
} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GridDesk command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("GridDesk database file."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | check"));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << "griddesk-cli: no command given (try --help)\n";
        return UserError;
    }
    if (!parser.isSet(dbOption)) {
        err() << "griddesk-cli: --db FILE is required\n";
        return UserError;
    }
    gd::Database::Options o;
    o.create = args.first() == QLatin1String("init");
    auto db = gd::Database::open(parser.value(dbOption), o);
    if (!db) {
        err() << "griddesk-cli: " << db.message() << "\n";
        return db.error().kind == gd::ErrorKind::Data ? DataError : UserError;
    }
    out() << "schema " << db.value()->schemaVersion() << " of " << gd::schema::latestVersion() << "\n";
    return Ok;
}

} // namespace gdcli
