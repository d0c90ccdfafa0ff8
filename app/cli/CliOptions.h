#pragma once
// The options of griddesk-cli, with their help texts.
#include <QCommandLineOption>
#include <QList>

namespace gdcli {

// Every option of every command: one parser takes them all, so options may stand before or
// after the command; run() then refuses those that do not apply to the command given.
QList<QCommandLineOption> commandLineOptions();

} // namespace gdcli
