#pragma once
// The special days of one year of the working-day calendar, as a draft: additions, edits,
// removals and imports are collected here and written only when the case-rules dialog is
// accepted (CaseSettings::save), so Cancel leaves the file as it was. Years are read from the
// file the first time they are shown or touched.
#include "calendar/CalendarService.h"
#include "cases/CaseSettings.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QSet>

namespace gd {
class Database;
}

namespace gdui {

class CalendarDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { DateColumn, WeekdayColumn, KindColumn, NameColumn, ColumnCount };
    enum Roles { DateRole = Qt::UserRole + 1, KindRole };

    explicit CalendarDayModel(gd::Database &db, QObject *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    gd::CalendarDay day(int row) const;
    int rowOf(const QString &date) const;

    // Years with at least one special day, in the file or in the draft, ascending.
    QList<int> years() const;
    bool yearHasDays(int year) const;

    // Adds a day to the draft, or replaces the one dated `replacing` (the day being edited; empty
    // for a new day). Refused with the field named: a bad day, or a date listed already.
    gd::Error put(const gd::CalendarDay &day, const QString &replacing = {});
    void removeDay(int row);

    // What an import changed in the draft.
    struct Merge {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        QList<int> years; // the years the file lists, ascending
    };
    // Days already checked (CalendarService::parseCsv): a date in the draft takes the file's value.
    Merge merge(const QList<gd::CalendarDay> &days);

    // The draft against the file: what CaseSettings::save must write.
    gd::CalendarChanges changes() const;
    bool isModified() const { return !changes().isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After any change to the draft (a day staged or removed, an import merged).
    void draftChanged();

private:
    void load(int year);
    void stage(const gd::CalendarDay &day);
    void unstage(const QString &date);
    bool isPending(const QString &date) const;

    gd::Database &m_db;
    QMap<QString, gd::CalendarDay> m_days;     // the draft of the loaded years, by date
    QMap<QString, gd::CalendarDay> m_original; // the file's days of the same years
    QSet<int> m_loaded;
    QList<int> m_fileYears;
    int m_year = 0;
    QStringList m_rows; // the dates of m_year, in order
};

} // namespace gdui
