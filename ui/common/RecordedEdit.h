#pragma once
// One user edit on the window's undo stack, holding the record of exactly what it wrote
// (storage/EditRecord.h). Undo and redo go through core's revertEdit, which refuses when a field
// was changed since; the command then reports why and leaves the stack instead of pretending.
#include "storage/EditRecord.h"

#include <QUndoCommand>

#include <functional>

namespace gd {
class Database;
}

namespace gdui {

class RecordedEdit : public QUndoCommand
{
public:
    using Reporter = std::function<void(const QString &)>;

    // The edit was already made (its first redo is a no-op) and `record` is what it wrote.
    RecordedEdit(const QString &text, gd::Database &db, gd::EditRecord record, Reporter reporter);

    void redo() override;
    void undo() override;

    // Why the edit can no longer be taken back or made again (changed since), or empty.
    QString staleReason() const { return m_stale; }
    void setStaleReason(const QString &why) { m_stale = why; }
    const gd::EditRecord &record() const { return m_record; }

private:
    void revert();
    gd::Database &m_db;
    gd::EditRecord m_record;
    Reporter m_reporter;
    bool m_skipRedo = true;
    QString m_stale;
};

} // namespace gdui
