#include "RecordedEdit.h"

#include "schema/EditUndo.h"

namespace gdui {

RecordedEdit::RecordedEdit(const QString &text, gd::Database &db, gd::EditRecord record, Reporter reporter)
    : QUndoCommand(text)
    , m_db(db)
    , m_record(std::move(record))
    , m_reporter(std::move(reporter))
{}

void RecordedEdit::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    revert();
}

void RecordedEdit::undo()
{
    revert();
}

// Undo reverts the edit's record; the record of that revert is what the redo reverts, and so on.
void RecordedEdit::revert()
{
    gd::Result<gd::EditRecord> inverse = gd::revertEdit(m_db, m_record);
    if (!inverse) {
        setObsolete(true); // QUndoStack drops it: it can never be taken back any more
        if (m_reporter)
            m_reporter(inverse.message());
        return;
    }
    m_record = std::move(inverse.value());
    m_stale.clear();
}

} // namespace gdui
