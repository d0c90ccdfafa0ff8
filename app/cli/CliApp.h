#pragma once
// griddesk-cli's command line: global options, the command table, and dispatch.
#include <QStringList>

namespace gdcli {

// Parses the arguments (argv[0] first), runs the command and returns the exit code (CliOutput.h).
int run(const QStringList &arguments);

} // namespace gdcli
