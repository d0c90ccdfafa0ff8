#pragma once
// Turns a service call into an undoable edit on the window's stack. The first run happens
// here, so a refusal is shown at the form's field and nothing reaches the stack.
#include "AppContext.h"
#include "FieldErrors.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <functional>

class QWidget;

namespace gdui {

struct EditSpec {
    QString text;                                          // "Edit grid 红岛路社区第3网格"
    std::function<gd::Result<QString>()> apply;            // saves the new state; returns the id
    std::function<gd::Status()> revert;                    // edit: saves the old state
    std::function<gd::Status(const QString &)> undoCreate; // create: removes the new row
    std::function<gd::Status(const QString &)> redoCreate; // create: brings it back
};

// Returns the record's id, or an empty string when the service refused.
QString pushEdit(const AppContext &ctx, QWidget *parent, const FieldErrors &errors, const EditSpec &spec);

struct RemoveSpec {
    QString text;
    std::function<gd::Result<gd::RemoveOutcome>()> apply;
    std::function<gd::Status(gd::RemoveOutcome)> revert;
};

// Asks nothing; the caller confirms first. Tells the user whether the record was deleted or,
// being still in use, deactivated.
bool pushRemove(const AppContext &ctx, QWidget *parent, const RemoveSpec &spec);

} // namespace gdui
