#pragma once
// `cases list --mine`: the cases the signed-in operator's own grid worker handles. Kept with
// the operator commands, since the link it follows is made by `operators link`.
#include "Commands.h"
#include "cases/CaseQueries.h"

namespace gd {
class Database;
}

namespace gdcli {

// Before the file is opened: --mine needs --user (and its password), and --user needs --mine.
bool checkMine(const Invocation &call, int *code);
// With --mine, signs --user in and sets the handler to the worker they are linked to.
bool applyMine(gd::Database &db, const Invocation &call, gd::CaseFilter *filter, int *code);

} // namespace gdcli
