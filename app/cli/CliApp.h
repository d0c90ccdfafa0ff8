#pragma once
#include <QStringList>

namespace gdcli {

// Exit codes: 0 success, 1 a user error (one line on stderr), 2 a data problem.
enum Exit { Ok = 0, UserError = 1, DataError = 2 };

int run(const QStringList &arguments);

} // namespace gdcli
