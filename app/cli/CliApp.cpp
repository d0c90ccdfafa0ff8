#include "CliApp.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "CommandTable.h"
#include "Commands.h"
#include "util/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace gdcli {

namespace {

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = officeCommands() + caseCommands() + gridWorkCommands() + growthCommands();
    return list;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : commands())
        names << c.words.join(QLatin1Char(' '));
    return names;
}

QString usageOf(const CommandSpec &c)
{
    return (c.words + c.arguments).join(QLatin1Char(' '));
}

QString description()
{
    QString text = QCoreApplication::translate(
                       "gdcli", "GridDesk from a terminal: the same core as the window, for scripts and IT helpers.") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("gdcli", "Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const CommandSpec &c : commands())
        width = qMax(width, usageOf(c).size());
    for (const CommandSpec &c : commands())
        text +=
            QStringLiteral("  %1  %2\n").arg(usageOf(c), -width).arg(QCoreApplication::translate("gdcli", c.summary));
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "gdcli", "Exit codes: 0 success, 1 a mistake on the command line, 2 a problem with the file.");
    return text;
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
        // Every word the command is named by (two, or three: "volunteers teams add").
        const bool named = words.size() >= c.words.size() && words.mid(0, c.words.size()) == c.words;
        if (c.words.size() == 1 || named) {
            const int expected = int(c.words.size() + c.arguments.size());
            if (words.size() > expected) {
                *problem = QCoreApplication::translate("gdcli", "unexpected argument '%1' after '%2'.")
                               .arg(words.at(expected), words.mid(0, expected).join(QLatin1Char(' ')));
                return nullptr;
            }
            if (words.size() < expected) {
                *problem = QCoreApplication::translate("gdcli", "'%1' needs %2 after it.")
                               .arg(c.words.join(QLatin1Char(' ')), c.arguments.join(QLatin1Char(' ')));
                return nullptr;
            }
            return &c;
        }
        const QString sub = c.words.mid(1).join(QLatin1Char(' '));
        if (!subcommands.contains(sub))
            subcommands << sub;
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
    call.arguments = parser.positionalArguments().mid(command->words.size());
    for (const QString &option : command->options)
        if (parser.isSet(option)) {
            call.options.insert(option, parser.value(option));
            call.repeats.insert(option, parser.values(option));
        }
    return command->run(call);
}

} // namespace gdcli
