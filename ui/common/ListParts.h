#pragma once
// The pieces every list page shares: a search box that waits for typing to pause and answers
// Ctrl+F, and a read-only, row-selecting table sized to the font.
#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTableWidget;
class QToolBar;
class QWidget;

namespace gd {
class Database;
}

namespace gdui {

// Adds the search box to the bar; onPause runs 250 ms after the last keystroke. Ctrl+F
// anywhere in page focuses it.
QLineEdit *addSearchBox(QWidget *page, QToolBar *bar, const QString &objectName, const QString &accessibleName,
                        const QString &hint, std::function<void()> onPause);
void setupRecordTable(QTableView *table, const QString &objectName, const QString &accessibleName);
// A small list read whole (a year's sessions, the ideas): such a table with these column headers,
// a row added with the record's id kept on its first cell, and the id of the row chosen (empty
// when none is).
QTableWidget *newRecordTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                             const QStringList &headers);
int addRecordRow(QTableWidget *table, const QStringList &cells, const QString &id = {});
QString currentRecordId(const QTableWidget *table);

// A list's period: two day edits (yyyy-MM-dd, with a calendar) from `monthsBack` months before the
// Beijing day of nowMs to that day.
void addPeriodEdits(QWidget *parent, qint64 nowMs, int monthsBack, QDateEdit **from, QDateEdit **to);
// The period the edits show as [*fromMs, *toMs) in Beijing time, both days included (a "to" before
// "from" is read as "from").
void periodOf(const QDateEdit *from, const QDateEdit *to, qint64 *fromMs, qint64 *toMs);
// A filter's combo of stored keys by their names, "every …" (allText, no key) first.
QComboBox *keyFilterCombo(QWidget *parent, const QString &allText, const QStringList &keys,
                          QString (*name)(const QString &));
// A page that shows tables of the file: a write to a table starting with one of `prefixes` marks
// it stale (*stale), and refreshes it at once (after the write's events) when it is visible; a
// hidden page refreshes when shown (its showEvent reads *stale).
void refreshOnWrites(QWidget *page, gd::Database *db, const QStringList &prefixes, bool *stale,
                     const std::function<void()> &refresh);
// Text put into a detail view's HTML: escaped, its line breaks kept.
QString htmlText(const QString &text);

} // namespace gdui
