#pragma once
// One user edit as an undoable command: redo and undo call core services. A service can refuse
// (the record changed meanwhile, the operator lost a permission); the command then reports
// the refusal through the callback and marks itself obsolete instead of pretending it worked.
#include "storage/Result.h"

#include <QUndoCommand>

#include <functional>

namespace gdui {

class ServiceCommand : public QUndoCommand
{
public:
    using Action = std::function<gd::Status()>;
    using Reporter = std::function<void(const QString &)>;

    // doneAlready: the first redo was already run by the caller (to show a validation error
    // before anything reaches the stack), so the push must not run it again.
    ServiceCommand(const QString &text, Action redoAction, Action undoAction, Reporter reporter, bool doneAlready);

    void redo() override;
    void undo() override;

private:
    Action m_redo;
    Action m_undo;
    Reporter m_reporter;
    bool m_skipRedo;
};

} // namespace gdui
