#pragma once
// Keeps the window's undo stack honest when the file changes under it: after a merge, an undo
// of a merge, a settled conflict (any commit in this window) or a commit by another program
// (seen through SQLite's data_version), every edit on the stack is checked in core, and those
// whose fields were changed since are listed in the Edit menu under "Can no longer be undone"
// with the reason. Undoing one of them is refused with that reason and drops it from the stack.
#include <QObject>
#include <QPointer>

class QMenu;
class QTimer;
class QUndoStack;

namespace gd {
class Database;
}

namespace gdui {

class UndoGuard : public QObject
{
    Q_OBJECT
public:
    // staleMenu: the Edit menu's submenu the stale edits are listed in (hidden while empty).
    UndoGuard(gd::Database &db, QUndoStack *stack, QMenu *staleMenu, QObject *parent = nullptr);

    // Checks every edit on the stack now; returns how many can no longer be taken back.
    int review();
    void setPollInterval(int ms);

private:
    void scheduleReview();
    void pollOtherPrograms();
    gd::Database &m_db;
    QPointer<QUndoStack> m_stack;
    QPointer<QMenu> m_menu;
    QTimer *m_review;
    QTimer *m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace gdui
