#include "CliApp.h"

#include "CliOutput.h"
#include "Commands.h"
#include "util/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace gdcli {

namespace {

struct CommandSpec {
    QStringList words;   // {"grids", "list"}
    QStringList options; // the options this command takes, besides the global ones
    int (*run)(const Invocation &);
    const char *summary; // English source text in context "gdcli"
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {{QStringLiteral("init")},
         {QStringLiteral("admin"), QStringLiteral("name")},
         initFile,
         QT_TRANSLATE_NOOP("gdcli", "create a new, empty GridDesk file (--admin LOGIN [--name NAME] adds its first "
                                    "administrator, password from GRIDDESK_PASSWORD)")},
        {{QStringLiteral("demo")},
         {QStringLiteral("seed")},
         buildDemo,
         QT_TRANSLATE_NOOP("gdcli", "build the demo district into a new or empty file [--seed N]")},
        {{QStringLiteral("check")},
         {QStringLiteral("json")},
         checkFile,
         QT_TRANSLATE_NOOP("gdcli", "integrity and schema report; exit 2 when problems are found [--json]")},
        {{QStringLiteral("grids"), QStringLiteral("list")},
         {QStringLiteral("street"), QStringLiteral("community"), QStringLiteral("json")},
         listGrids,
         QT_TRANSLATE_NOOP("gdcli", "list the grids [--street CODE] [--community CODE] [--json]")},
        {{QStringLiteral("workers"), QStringLiteral("list")},
         {QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("json")},
         listWorkers,
         QT_TRANSLATE_NOOP("gdcli", "list the workers [--kind KIND] [--status STATUS] [--search TEXT] [--json]")},
    };
    return list;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : commands())
        names << c.words.join(QLatin1Char(' '));
    return names;
}

QString description()
{
    QString text = QCoreApplication::translate(
                       "gdcli", "GridDesk from a terminal: the same core as the window, for scripts and IT helpers.") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("gdcli", "Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const QString &name : commandNames())
        width = qMax(width, name.size());
    for (const CommandSpec &c : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(c.words.join(QLatin1Char(' ')), -width)
                    .arg(QCoreApplication::translate("gdcli", c.summary));
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "gdcli", "Exit codes: 0 success, 1 a mistake on the command line, 2 a problem with the file.");
    return text;
}

// Every option of every command: one parser takes them all, so options may stand before or
// after the command; run() then refuses those that do not apply to the command given.
QList<QCommandLineOption> commandLineOptions()
{
    return {
        {QStringLiteral("db"), QCoreApplication::translate("gdcli", "The GridDesk file to work on (all commands)."),
         QCoreApplication::translate("gdcli", "FILE")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("gdcli", "Language of messages: zh_CN or en (default: from LANG)."),
         QCoreApplication::translate("gdcli", "LANG")},
        {QStringLiteral("json"),
         QCoreApplication::translate("gdcli",
                                     "check, grids list, workers list: print JSON and nothing else on stdout.")},
        {QStringLiteral("admin"), QCoreApplication::translate("gdcli", "init: create this administrator login."),
         QCoreApplication::translate("gdcli", "LOGIN")},
        {QStringLiteral("name"),
         QCoreApplication::translate("gdcli", "init: the administrator's name (default: the login)."),
         QCoreApplication::translate("gdcli", "NAME")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("gdcli", "demo: the same seed builds the same district (default 1)."),
         QCoreApplication::translate("gdcli", "N")},
        {QStringLiteral("street"),
         QCoreApplication::translate("gdcli", "grids list: only the grids of the street with this 9-digit code."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("community"),
         QCoreApplication::translate("gdcli", "grids list: only the grids of the community with this 12-digit code."),
         QCoreApplication::translate("gdcli", "CODE")},
        {QStringLiteral("kind"),
         QCoreApplication::translate(
             "gdcli", "workers list: full_time, part_time, grid_head, police, volunteer or building_leader."),
         QCoreApplication::translate("gdcli", "KIND")},
        {QStringLiteral("status"), QCoreApplication::translate("gdcli", "workers list: active, left or transferred."),
         QCoreApplication::translate("gdcli", "STATUS")},
        {QStringLiteral("search"),
         QCoreApplication::translate("gdcli", "workers list: a part of a name or phone, or a grid code."),
         QCoreApplication::translate("gdcli", "TEXT")},
    };
}

// The translators must be in place before the parser exists, since its help text and error
// messages are translated as they are made; so --lang is picked out of the arguments first.
bool requestedLanguage(const QStringList &arguments, QString *language)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang")) {
            *language = arguments.value(i + 1);
            return true;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            *language = a.mid(7);
            return true;
        }
    }
    return false;
}

// Finds the command the positional arguments name, or explains what was wrong with them.
const CommandSpec *findCommand(const QStringList &words, QString *problem)
{
    const QString valid = commandNames().join(QStringLiteral(", "));
    if (words.isEmpty()) {
        *problem =
            QCoreApplication::translate("gdcli", "no command given; the commands are %1 (see --help).").arg(valid);
        return nullptr;
    }
    QStringList subcommands;
    for (const CommandSpec &c : commands()) {
        if (c.words.first() != words.first())
            continue;
        if (c.words.size() == 1 || (words.size() > 1 && c.words.at(1) == words.at(1))) {
            if (words.size() > c.words.size()) {
                *problem = QCoreApplication::translate("gdcli", "unexpected argument '%1' after '%2'.")
                               .arg(words.at(c.words.size()), c.words.join(QLatin1Char(' ')));
                return nullptr;
            }
            return &c;
        }
        subcommands << c.words.at(1);
    }
    if (subcommands.isEmpty())
        *problem = QCoreApplication::translate("gdcli", "unknown command '%1'; the commands are %2.")
                       .arg(words.first(), valid);
    else if (words.size() == 1)
        *problem = QCoreApplication::translate("gdcli", "'%1' needs one of: %2.")
                       .arg(words.first(), subcommands.join(QStringLiteral(", ")));
    else
        *problem = QCoreApplication::translate("gdcli", "unknown command '%1 %2'; '%1' takes %3.")
                       .arg(words.at(0), words.at(1), subcommands.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace

int run(const QStringList &arguments)
{
    QString language;
    const bool languageGiven = requestedLanguage(arguments, &language);
    // An empty value is left to the parser, which names the missing value itself.
    const bool languageKnown = !languageGiven || language.isEmpty() || language.startsWith(QLatin1String("zh")) ||
                               language.startsWith(QLatin1String("en"));
    gd::language::install(gd::language::choose(languageKnown ? language : QString()));
    if (!languageKnown)
        return fail(UserError, QCoreApplication::translate(
                                   "gdcli", "--lang: '%1' is not a language GridDesk speaks; use zh_CN or en.")
                                   .arg(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("gdcli", "One of the commands above."),
                                 QCoreApplication::translate("gdcli", "command [subcommand]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(commandLineOptions());
    if (!parser.parse(arguments))
        return fail(UserError, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(Ok);
    if (parser.isSet(version))
        parser.showVersion();

    QString problem;
    const CommandSpec *command = findCommand(parser.positionalArguments(), &problem);
    if (!command)
        return fail(UserError, problem);
    const QString name = command->words.join(QLatin1Char(' '));
    static const QSet<QString> global = {QStringLiteral("db"), QStringLiteral("lang")};
    for (const QString &option : parser.optionNames()) {
        if (!global.contains(option) && !command->options.contains(option))
            return fail(UserError,
                        QCoreApplication::translate("gdcli", "--%1 does not apply to '%2'.").arg(option, name));
    }

    Invocation call;
    call.command = name;
    call.db = parser.value(QStringLiteral("db"));
    if (!parser.isSet(QStringLiteral("db")))
        return fail(
            UserError,
            QCoreApplication::translate("gdcli", "--db FILE is missing: name the GridDesk file for '%1'.").arg(name));
    if (call.db.trimmed().isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--db: the file name is empty."));
    call.json = parser.isSet(QStringLiteral("json"));
    for (const QString &option : command->options)
        if (parser.isSet(option))
            call.options.insert(option, parser.value(option));
    return command->run(call);
}

} // namespace gdcli
