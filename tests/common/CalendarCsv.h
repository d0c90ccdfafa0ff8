#pragma once
// A calendar file (date,kind,name) with every day of a range off: the CLI and window tests build
// a calendar around today with it, so they hold whatever day they run on.
#include <QByteArray>
#include <QDate>

namespace gdtest {

inline QByteArray holidayCsv(const QDate &from, const QDate &to)
{
    QByteArray csv = "date,kind,name\n";
    for (QDate d = from; d <= to; d = d.addDays(1))
        csv += d.toString(Qt::ISODate).toLatin1() + ",holiday,测试休假\n";
    return csv;
}

} // namespace gdtest
