#pragma once
// Where an action cannot be undone with Ctrl+Z (a case's workflow action, an import, a merge, an
// approval, a setting), the window says so at the action, and what takes it back instead.
#include <QString>

class QWidget;

namespace gdui {

// A small note: "Ctrl+Z does not take this back. <howBack>" (object name notUndoableLabel).
QWidget *notUndoableNote(const QString &howBack, QWidget *parent);
// What takes back a saved setting, the same sentence for every settings dialog.
QString settingsTakenBackBy();

} // namespace gdui
