#pragma once
// The pieces every list page shares: a search box that waits for typing to pause and answers
// Ctrl+F, and a read-only, row-selecting table sized to the font.
#include <QString>

#include <functional>

class QLineEdit;
class QTableView;
class QToolBar;
class QWidget;

namespace gdui {

// Adds the search box to the bar; onPause runs 250 ms after the last keystroke. Ctrl+F
// anywhere in page focuses it.
QLineEdit *addSearchBox(QWidget *page, QToolBar *bar, const QString &objectName, const QString &accessibleName,
                        const QString &hint, std::function<void()> onPause);
void setupRecordTable(QTableView *table, const QString &objectName, const QString &accessibleName);

} // namespace gdui
