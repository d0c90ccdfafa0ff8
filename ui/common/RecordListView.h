#pragma once
// The list-beside-detail of the grid-work pages (joint work, councils, volunteer service …): a
// paged table with "Record…" and a status line under it, the selected record in full on the right
// with "Change…" (and "Remove") under it, the two side by side in a splitter. The page keeps the
// filters above and the behaviour; this builds the parts and wires the usual keys: Ctrl+N records,
// Enter or a double-click changes, a new current row or a reset model shows the record.
#include <QString>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QVBoxLayout;
class QWidget;

namespace gdui {

struct RecordListNames {
    QString table, tableTitle; // object name, accessible name
    QString recordText, recordName;
    QString statusName, detailName;
    bool remove = true; // a "Remove" button beside "Change…"
};

struct RecordListView {
    QSplitter *split = nullptr;
    QTableView *table = nullptr;
    QPushButton *record = nullptr;
    QLabel *status = nullptr;
    QTextBrowser *detail = nullptr;
    QPushButton *edit = nullptr, *remove = nullptr;
    QHBoxLayout *steps = nullptr;       // the buttons under the detail: room for more
    QVBoxLayout *rightLayout = nullptr; // the detail's column: room for more below
};

struct RecordListActions {
    std::function<void()> record, edit, remove, select;
};

RecordListView buildRecordListView(QWidget *parent, QAbstractItemModel *model, const RecordListNames &names);
// `owner` holds the Ctrl+N shortcut (the page or its tab).
void wireRecordListView(QWidget *owner, const RecordListView &view, const RecordListActions &actions);

// Makes the row of `id` current when the paged model holds it.
template <typename Model> void selectRecord(QTableView *table, const Model *model, const QString &id);

} // namespace gdui

#include <QTableView>

namespace gdui {
template <typename Model> void selectRecord(QTableView *table, const Model *model, const QString &id)
{
    const int row = id.isEmpty() ? -1 : model->rowOf(id);
    if (row >= 0)
        table->setCurrentIndex(model->index(row, 0));
}
} // namespace gdui
