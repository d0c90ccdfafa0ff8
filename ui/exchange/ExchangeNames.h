#pragma once
// How the exchange pages name what a package carries: the tables and fields as the office knows
// them ("社区", "电话"), not as the file stores them.
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace gdui {

QString exchangeTableTitle(const QString &table);
QString exchangeFieldTitle(const QString &field);
// A time of a stamp or a merge, as the desk reads it (Beijing time, to the minute).
QString exchangeTime(qint64 ms);

// A read-only table of one of the exchange page's lists: whole rows selected one at a time, no
// row numbers, the last column stretched.
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &objectName, const QString &name);

} // namespace gdui
