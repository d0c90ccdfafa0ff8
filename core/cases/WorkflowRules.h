#pragma once
// The workflow's table, shared by the fold (Workflow.cpp) and the guard (WorkflowGuard.cpp): for
// each action, the permission it needs, whether it needs a note, and the states it may follow.
// Internal to core/cases.
#include "WorkflowAction.h"
#include "access/Permissions.h"

#include <initializer_list>

namespace gd::workflow {

struct ActionRule {
    Action action;
    Permission permission;
    bool noteRequired;
    std::initializer_list<const char *> from; // states it may follow; empty = any open state
};

// The action's line of the table; null for an action it does not hold (Unknown).
const ActionRule *findRule(Action action);

} // namespace gd::workflow
