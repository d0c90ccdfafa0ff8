// griddesk-hub: a district's or a city's hub on PostgreSQL (docs/HUB.md), headless. It takes the
// packages offices exchange, merges them by the offices' own rules and answers for what it holds.
#include "../cli/CliOutput.h"
#include "HubCommands.h"
#include "hub/HubConnection.h"
#include "util/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

using namespace gdcli;

namespace {

struct Command {
    QStringList words;
    int (*run)(gd::hub::HubConnection &, const gdhub::Invocation &);
};

const QList<Command> &commands()
{
    static const QList<Command> all{
        {{QStringLiteral("init")}, gdhub::initCommand},
        {{QStringLiteral("upgrade")}, gdhub::initCommand},
        {{QStringLiteral("show")}, gdhub::showCommand},
        {{QStringLiteral("key")}, gdhub::keyCommand},
        {{QStringLiteral("ingest")}, gdhub::ingestCommand},
        {{QStringLiteral("package")}, gdhub::packageCommand},
        {{QStringLiteral("digest")}, gdhub::digestCommand},
        {{QStringLiteral("conflicts"), QStringLiteral("list")}, gdhub::conflictsListCommand},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")}, gdhub::conflictsResolveCommand},
        {{QStringLiteral("trust"), QStringLiteral("add")}, gdhub::trustAddCommand},
        {{QStringLiteral("trust"), QStringLiteral("list")}, gdhub::trustListCommand},
        {{QStringLiteral("trust"), QStringLiteral("remove")}, gdhub::trustRemoveCommand},
        {{QStringLiteral("stats")}, gdhub::statsCommand},
        {{QStringLiteral("report")}, gdhub::reportCommand},
    };
    return all;
}

QString description()
{
    return QCoreApplication::translate(
        "gdhub", "GridDesk hub: the packages of many offices merged in one PostgreSQL database.\n\n"
                 "Commands:\n"
                 "  init [--name NAME]         make the hub's tables in an empty database\n"
                 "  upgrade                    bring the hub to this GridDesk's version\n"
                 "  show [--json]              the hub's name, site and key fingerprint\n"
                 "  key --out FILE             the hub's public key file, for offices to trust\n"
                 "  ingest PACKAGE...          check and merge offices' packages\n"
                 "  package --for OFFICE --out FILE [--scope street:CODE|community:CODE|grid:CODE]\n"
                 "                             what the hub holds (of the area) that the office has not confirmed\n"
                 "  digest [--json]            the hash of everything the hub holds\n"
                 "  conflicts list [--json]    concurrent edits the merges set aside\n"
                 "  conflicts resolve ID (--keep | --other | --value TEXT)\n"
                 "                             settle one; the offices take the decision with their next package\n"
                 "  trust add (--key FILE | --package PKG) --fingerprint FP [--scope SCOPE]\n"
                 "  trust list [--json]        the offices whose packages the hub takes\n"
                 "  trust remove --fingerprint FP\n"
                 "  stats --from DAY --to DAY [--street|--community|--grid CODE] [--by KEY]\n"
                 "        [--view received|completed] [--json]   the figures of the cases the hub holds\n"
                 "  report --month YYYY-MM --pdf FILE [--xlsx FILE] [--street|--community CODE]\n"
                 "                             the monthly report of the hub's requests\n\n"
                 "The connection: --pg CONNINFO, else the GRIDDESK_HUB environment variable, else libpq's\n"
                 "defaults (PGHOST, PGDATABASE, PGSERVICE...). Passwords come from PGPASSWORD or ~/.pgpass,\n"
                 "never from the command line.");
}

} // namespace

int main(int argc, char **argv)
{
    // `report` draws text, which needs a QGuiApplication (fonts), offscreen when no platform is
    // chosen: a server has no display. Every other command stays a QCoreApplication.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || std::strcmp(argv[i], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(drawing ? QStringLiteral("griddesk.*=false\ndefault.warning=false")
                                             : QStringLiteral("griddesk.*=false"));
    const std::unique_ptr<QCoreApplication> owner =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    QString language;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 0; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("--lang"))
            language = args.at(i + 1);
    gd::language::install(gd::language::choose(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("gdhub", "One of the commands above."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("pg"), QCoreApplication::translate("gdhub", "The hub's PostgreSQL connection string."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("lang"), QCoreApplication::translate("gdhub", "Messages in zh_CN or en."),
         QStringLiteral("LANG")},
        {QStringLiteral("json"), QCoreApplication::translate("gdhub", "Print JSON.")},
        {QStringLiteral("name"), QCoreApplication::translate("gdhub", "The hub's name (init)."),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QCoreApplication::translate("gdhub", "The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("for"), QCoreApplication::translate("gdhub", "The office a package is for."),
         QStringLiteral("OFFICE")},
        {QStringLiteral("key"), QCoreApplication::translate("gdhub", "An office's public key file."),
         QStringLiteral("FILE")},
        {QStringLiteral("package"), QCoreApplication::translate("gdhub", "A package carrying the office's key."),
         QStringLiteral("PKG")},
        {QStringLiteral("fingerprint"), QCoreApplication::translate("gdhub", "The key's fingerprint, as read out."),
         QStringLiteral("FP")},
        {QStringLiteral("scope"),
         QCoreApplication::translate("gdhub", "district, street:CODE, community:CODE or grid:CODE."),
         QStringLiteral("SCOPE")},
        {QStringLiteral("from"), QCoreApplication::translate("gdhub", "The period's first day (stats)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QCoreApplication::translate("gdhub", "The period's last day (stats)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("street"), QCoreApplication::translate("gdhub", "A street's code (stats)."),
         QStringLiteral("CODE")},
        {QStringLiteral("community"), QCoreApplication::translate("gdhub", "A community's code (stats)."),
         QStringLiteral("CODE")},
        {QStringLiteral("grid"), QCoreApplication::translate("gdhub", "A grid's code (stats)."),
         QStringLiteral("CODE")},
        {QStringLiteral("by"), QCoreApplication::translate("gdhub", "The breakdown (stats): street, community, grid…"),
         QStringLiteral("KEY")},
        {QStringLiteral("view"), QCoreApplication::translate("gdhub", "received or completed (stats)."),
         QStringLiteral("VIEW")},
        {QStringLiteral("keep"),
         QCoreApplication::translate("gdhub", "Keep the value the merge kept (conflicts resolve).")},
        {QStringLiteral("other"),
         QCoreApplication::translate("gdhub", "Take the value the merge set aside (conflicts resolve).")},
        {QStringLiteral("value"), QCoreApplication::translate("gdhub", "Write this value instead (conflicts resolve)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("month"), QCoreApplication::translate("gdhub", "The report's month (report)."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("pdf"), QCoreApplication::translate("gdhub", "The PDF file to write (report)."),
         QStringLiteral("FILE")},
        {QStringLiteral("xlsx"), QCoreApplication::translate("gdhub", "The workbook to write (report)."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdhub", "Name a command; --help lists them."));
    const Command *command = nullptr;
    for (const Command &c : commands())
        if (words.mid(0, c.words.size()) == c.words && (!command || c.words.size() > command->words.size()))
            command = &c;
    if (!command)
        return fail(
            UserError,
            QCoreApplication::translate("gdhub", "'%1' is not a command; --help lists them.").arg(words.join(u' ')));
    QString conninfo = parser.value(QStringLiteral("pg"));
    if (conninfo.isEmpty())
        conninfo = qEnvironmentVariable("GRIDDESK_HUB");
    auto hub = gd::hub::HubConnection::open(conninfo);
    if (!hub)
        return gdhub::failWith(hub.error());
    const gdhub::Invocation in{parser, words.mid(command->words.size()), parser.isSet(QStringLiteral("json"))};
    return command->run(**hub, in);
}
