#pragma once
// How the exchange pages name what a package carries: the tables and fields as the office knows
// them ("社区", "电话"), not as the file stores them.
#include <QString>

namespace gdui {

QString exchangeTableTitle(const QString &table);
QString exchangeFieldTitle(const QString &field);
// A time of a stamp or a merge, as the desk reads it (Beijing time, to the minute).
QString exchangeTime(qint64 ms);

} // namespace gdui
