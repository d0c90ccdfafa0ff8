#pragma once
// Turns a service call into an undoable edit on the window's stack. The first run happens
// here, under a capture of every row it writes, so a refusal is shown at the form's field and
// nothing reaches the stack; the undo takes back exactly those writes (schema/EditUndo.h).
#include "AppContext.h"
#include "FieldErrors.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <functional>

class QWidget;

namespace gdui {

struct EditSpec {
    QString text;                               // "Edit grid 红岛路社区第3网格"
    std::function<gd::Result<QString>()> apply; // saves (creates, edits, activates); returns the id
};

// Returns the record's id, or an empty string when the service refused.
QString pushEdit(const AppContext &ctx, QWidget *parent, const FieldErrors &errors, const EditSpec &spec);

struct RemoveSpec {
    QString text;
    std::function<gd::Result<gd::RemoveOutcome>()> apply;
};

// Asks nothing; the caller confirms first. Tells the user whether the record was deleted or,
// being still in use, deactivated.
bool pushRemove(const AppContext &ctx, QWidget *parent, const RemoveSpec &spec);

} // namespace gdui
