#pragma once
// What every page needs: the open file and the window's undo stack.
class QUndoStack;

namespace gd {
class Database;
}

namespace gdui {

struct AppContext {
    gd::Database *db = nullptr;
    QUndoStack *undo = nullptr;
};

} // namespace gdui
