#pragma once
// The commands griddesk-cli knows, a table per concept (CliApp.cpp parses and dispatches): the
// words that name each, the options it takes, the function that runs it and its help line.
#include "Commands.h"

#include <QList>
#include <QStringList>

namespace gdcli {

struct CommandSpec {
    QStringList words;   // {"grids", "list"}
    QStringList options; // the options this command takes, besides the global ones
    int (*run)(const Invocation &);
    const char *summary;        // English source text in context "gdcli"
    QStringList arguments = {}; // what must follow the words, as help shows it: {"ID|NUMBER", "ACTION"}
};

// "a b c" → {"a", "b", "c"}: an option list written as one string.
inline QStringList optionNames(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '));
}

QList<CommandSpec> officeCommands();   // the file, exchange, office, trust, review, people: OfficeCommandTable.cpp
QList<CommandSpec> caseCommands();     // cases, stats, calendar, the monthly report: CaseCommandTable.cpp
QList<CommandSpec> gridWorkCommands(); // visits and the grid's other work: GridWorkCommandTable.cpp
QList<CommandSpec> growthCommands();   // training, exemplary cases, good ideas: GrowthCommandTable.cpp

} // namespace gdcli
