#include "CalendarDayModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace gdui {

namespace {
int yearOf(const QString &date)
{
    return date.left(4).toInt();
}

bool sameDay(const gd::CalendarDay &a, const gd::CalendarDay &b)
{
    return a.date == b.date && a.kind == b.kind && a.name == b.name;
}

// The form the file keeps (CalendarService trims on save): compared and shown the same way.
gd::CalendarDay tidy(const gd::CalendarDay &d)
{
    return {{}, d.date.trimmed(), d.kind.trimmed(), d.name.trimmed()};
}

// The service's own words, so the message reads the same as a refusal from the file would.
QString kindInSentence(const QString &kind)
{
    return kind == QLatin1String("workday") ? QCoreApplication::translate("gd::CalendarService", "make-up working day")
                                            : QCoreApplication::translate("gd::CalendarService", "holiday");
}
} // namespace

CalendarDayModel::CalendarDayModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_fileYears(gd::CalendarService(db).years())
{}

void CalendarDayModel::load(int year)
{
    if (m_loaded.contains(year))
        return;
    m_loaded.insert(year);
    for (const gd::CalendarDay &d : gd::CalendarService(m_db).days(year)) {
        const gd::CalendarDay t = tidy(d);
        m_original.insert(t.date, t);
        m_days.insert(t.date, t);
    }
}

void CalendarDayModel::setYear(int year)
{
    beginResetModel();
    load(year);
    m_year = year;
    m_rows.clear();
    const QString from = QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0'));
    for (auto it = m_days.lowerBound(from); it != m_days.end() && it.key().startsWith(from); ++it)
        m_rows << it.key();
    endResetModel();
}

gd::CalendarDay CalendarDayModel::day(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_days.value(m_rows.at(row)) : gd::CalendarDay();
}

int CalendarDayModel::rowOf(const QString &date) const
{
    return int(m_rows.indexOf(date));
}

QList<int> CalendarDayModel::years() const
{
    QSet<int> years;
    for (int y : m_fileYears)
        if (!m_loaded.contains(y))
            years.insert(y);
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        years.insert(yearOf(it.key()));
    QList<int> out(years.begin(), years.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool CalendarDayModel::yearHasDays(int year) const
{
    return years().contains(year);
}

bool CalendarDayModel::isPending(const QString &date) const
{
    const auto there = m_original.constFind(date);
    return there == m_original.constEnd() || !sameDay(*there, m_days.value(date));
}

void CalendarDayModel::stage(const gd::CalendarDay &day)
{
    const bool shown = yearOf(day.date) == m_year;
    if (m_days.contains(day.date) || !shown) {
        m_days.insert(day.date, day);
        if (const int row = rowOf(day.date); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = int(std::lower_bound(m_rows.begin(), m_rows.end(), day.date) - m_rows.begin());
    beginInsertRows({}, row, row);
    m_days.insert(day.date, day);
    m_rows.insert(row, day.date);
    endInsertRows();
}

void CalendarDayModel::unstage(const QString &date)
{
    const int row = rowOf(date);
    if (row < 0) {
        m_days.remove(date);
        return;
    }
    beginRemoveRows({}, row, row);
    m_days.remove(date);
    m_rows.removeAt(row);
    endRemoveRows();
}

gd::Error CalendarDayModel::put(const gd::CalendarDay &input, const QString &replacing)
{
    const gd::CalendarDay day = tidy(input);
    if (gd::Error e = gd::CalendarService::checkDay(day); e.isError())
        return e;
    load(yearOf(day.date)); // a date is a duplicate against the whole year, shown or not
    if (day.date != replacing && m_days.contains(day.date)) {
        const gd::CalendarDay there = m_days.value(day.date);
        return gd::Error::invalid(
            QStringLiteral("date"),
            QCoreApplication::translate("gd::CalendarService", "Date: %1 is already in the calendar as a %2 (%3).")
                .arg(day.date, kindInSentence(there.kind), there.name));
    }
    if (!replacing.isEmpty() && replacing != day.date)
        unstage(replacing);
    stage(day);
    Q_EMIT draftChanged();
    return {};
}

void CalendarDayModel::removeDay(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    unstage(m_rows.at(row));
    Q_EMIT draftChanged();
}

CalendarDayModel::Merge CalendarDayModel::merge(const QList<gd::CalendarDay> &days)
{
    Merge m;
    QSet<int> years;
    for (const gd::CalendarDay &input : days) {
        const gd::CalendarDay day = tidy(input);
        const int year = yearOf(day.date);
        load(year);
        years.insert(year);
        const auto there = m_days.constFind(day.date);
        if (there == m_days.constEnd())
            ++m.added;
        else if (sameDay(*there, day))
            ++m.unchanged;
        else
            ++m.changed;
        stage(day);
    }
    m.years = QList<int>(years.begin(), years.end());
    std::sort(m.years.begin(), m.years.end());
    if (!days.isEmpty())
        Q_EMIT draftChanged();
    return m;
}

gd::CalendarChanges CalendarDayModel::changes() const
{
    gd::CalendarChanges c;
    for (auto it = m_original.begin(); it != m_original.end(); ++it)
        if (!m_days.contains(it.key()))
            c.removed << it.key();
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        if (isPending(it.key()))
            c.put << it.value();
    return c;
}

int CalendarDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::CalendarDay d = m_days.value(m_rows.at(index.row()));
    const bool workday = d.kind == QLatin1String("workday");
    switch (role) {
    case DateRole: return d.date;
    case KindRole: return d.kind;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return d.date;
        case WeekdayColumn: return QLocale().dayName(QDate::fromString(d.date, Qt::ISODate).dayOfWeek());
        case KindColumn: return workday ? tr("Make-up working day") : tr("Day off");
        case NameColumn: return d.name;
        }
        return {};
    case Qt::ForegroundRole:
        // The colours of a printed Chinese calendar: days off in red, make-up working days in blue.
        if (index.column() == KindColumn)
            return workday ? QColor(0x1f, 0x4e, 0x9a) : QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::FontRole:
        if (isPending(d.date)) {
            QFont f;
            f.setItalic(true); // written only on OK: the difference shows until then
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (isPending(d.date))
            return tr("Not saved yet: written when you press OK.");
        return {};
    }
    return {};
}

QVariant CalendarDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case WeekdayColumn: return tr("Weekday");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    }
    return {};
}

} // namespace gdui
