#include "ServiceCommand.h"

namespace gdui {

ServiceCommand::ServiceCommand(const QString &text, Action redoAction, Action undoAction, Reporter reporter,
                               bool doneAlready)
    : QUndoCommand(text)
    , m_redo(std::move(redoAction))
    , m_undo(std::move(undoAction))
    , m_reporter(std::move(reporter))
    , m_skipRedo(doneAlready)
{}

void ServiceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const gd::Status s = m_redo();
    if (!s.ok()) {
        setObsolete(true);
        if (m_reporter)
            m_reporter(s.message());
    }
}

void ServiceCommand::undo()
{
    const gd::Status s = m_undo();
    if (!s.ok()) {
        setObsolete(true);
        if (m_reporter)
            m_reporter(s.message());
    }
}

} // namespace gdui
