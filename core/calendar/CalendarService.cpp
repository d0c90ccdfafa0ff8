#include "CalendarService.h"

#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QStringDecoder>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CalendarService)
};

// A long list of errors would bury the first ones; the administrator fixes these and retries.
constexpr int kMaxReportedLines = 20;

// The checks a day passes on its own, without the database: shared by save and import.
Error checkDay(const CalendarDay &d)
{
    if (Error e = check::isoDate(QStringLiteral("date"), Text::tr("Date"), d.date, true); e.isError())
        return e;
    const QString kind = d.kind.trimmed();
    if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
        return Error::invalid(QStringLiteral("kind"),
                              Text::tr("Kind: \"%1\" is neither holiday nor workday.").arg(d.kind.trimmed()));
    if (Error e = check::optionalText(QStringLiteral("name"), Text::tr("Name"), d.name, CalendarService::kMaxName);
        e.isError())
        return e;
    const QDate date = QDate::fromString(d.date.trimmed(), Qt::ISODate);
    // A make-up working day (调休上班) only ever moves work onto a weekend; a weekday listed as
    // a workday is a typing error that would otherwise pass silently (it is one anyway).
    if (kind == QLatin1String("workday") && date.dayOfWeek() <= 5)
        return Error::invalid(QStringLiteral("kind"),
                              Text::tr("Kind: %1 is a %2; only a Saturday or a Sunday can be a make-up working day.")
                                  .arg(d.date.trimmed(), QLocale().dayName(date.dayOfWeek())));
    return {};
}

CalendarDay dayFrom(const Row &r)
{
    return {r.first, r.second.value(QStringLiteral("date")).toString(),
            r.second.value(QStringLiteral("kind")).toString(), r.second.value(QStringLiteral("name")).toString()};
}

QString kindName(const QString &kind)
{
    return kind == QLatin1String("workday") ? Text::tr("make-up working day") : Text::tr("holiday");
}

// One line of CSV: commas separate, double quotes protect commas and double themselves.
QStringList splitCsvLine(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                cur += c;
            else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                cur += line.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

// Excel on a Chinese Windows saves CSV as GB18030, not UTF-8: accept both rather than turn
// the administrator's file into mojibake in the calendar.
Result<QString> decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError())
            return text;
    }
    return Error::invalid(QStringLiteral("file"), Text::tr("The file is neither UTF-8 nor GB18030 text."));
}
} // namespace

QString CalendarService::idFor(const QString &date)
{
    return uuid::v5(QStringLiteral("calendar_days/") + date.trimmed());
}

QList<int> CalendarService::years() const
{
    QList<int> out;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT DISTINCT substr(date, 1, 4) FROM calendar_days WHERE deleted = 0 ORDER BY 1"));
    if (!exec(q))
        return out;
    while (q.next())
        out << q.value(0).toInt();
    q.finish();
    return out;
}

QList<CalendarDay> CalendarService::days(int year) const
{
    QList<CalendarDay> out;
    const QString from = QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'));
    for (const Row &r : selectRows(m_db, tables::calendarDays(), QStringLiteral("date >= ? AND date < ?"), {from, to},
                                   QStringLiteral("date")))
        out << dayFrom(r);
    return out;
}

Result<CalendarDay> CalendarService::day(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::calendarDays(), id);
    if (!v)
        return v.error();
    return dayFrom({id, *v});
}

Error CalendarService::checkDay(const CalendarDay &d)
{
    return gd::checkDay(d);
}

Error CalendarService::validate(const CalendarDay &d) const
{
    if (Error e = checkDay(d); e.isError())
        return e;
    const QString date = d.date.trimmed();
    const QList<Row> same = selectRows(m_db, tables::calendarDays(), QStringLiteral("date = ? AND id <> ?"),
                                       {date, d.id.isNull() ? QStringLiteral("") : d.id});
    if (!same.isEmpty()) {
        const CalendarDay there = dayFrom(same.first());
        return Error::invalid(
            QStringLiteral("date"),
            Text::tr("Date: %1 is already in the calendar as a %2 (%3).").arg(date, kindName(there.kind), there.name));
    }
    return {};
}

Result<QString> CalendarService::put(const CalendarDay &d, bool *added, bool *changed)
{
    *added = *changed = false;
    RowStore rows(m_db);
    const QString id = idFor(d.date);
    const QVariantMap values{{QStringLiteral("date"), d.date.trimmed()},
                             {QStringLiteral("kind"), d.kind.trimmed()},
                             {QStringLiteral("name"), d.name.trimmed()}};
    if (rows.exists(tables::calendarDays(), id)) {
        if (Status s = rows.update(tables::calendarDays(), id, values, changed); !s)
            return s.error();
        return id;
    }
    *added = true;
    if (rows.known(tables::calendarDays(), id)) {
        // Removed once and entered again: the same row comes back, so the removal and the
        // new entry merge as one history instead of two rows for one date.
        if (Status s = rows.restore(tables::calendarDays(), id); !s)
            return s.error();
        if (Status s = rows.update(tables::calendarDays(), id, values); !s)
            return s.error();
        return id;
    }
    return rows.insert(tables::calendarDays(), values, id);
}

Result<QString> CalendarService::save(const CalendarDay &d)
{
    return writeTransaction<QString>(m_db, Permission::EditSettings, [&]() -> Result<QString> {
        if (!d.id.isEmpty() && !RowStore(m_db).exists(tables::calendarDays(), d.id))
            return Error::make(ErrorKind::NotFound, Text::tr("The day is no longer in the calendar."));
        if (Error e = validate(d); e.isError())
            return e;
        if (!d.id.isEmpty() && d.id != idFor(d.date))
            if (Status s = RowStore(m_db).tombstone(tables::calendarDays(), d.id); !s)
                return s.error();
        bool added = false, changed = false;
        return put(d, &added, &changed);
    });
}

Status CalendarService::remove(const QString &id)
{
    return writeTransaction<bool>(m_db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Status s = RowStore(m_db).tombstone(tables::calendarDays(), id); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

Result<QList<CalendarDay>> CalendarService::parseCsv(const QByteArray &csv)
{
    Result<QString> text = decode(csv);
    if (!text)
        return text.error();
    QStringList lines = text->split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF))) // Excel's byte-order mark
        lines.first().remove(0, 1);

    QList<CalendarDay> days;
    QStringList errors;
    QHash<QString, int> lineOfDate;
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed(); // also drops the \r of Windows line ends
        const int number = i + 1;
        if (line.isEmpty())
            continue;
        QStringList cells = splitCsvLine(line);
        for (QString &c : cells)
            c = c.trimmed();
        if (!header) {
            if (cells.join(QLatin1Char(',')).toLower() != QLatin1String("date,kind,name"))
                return Error::invalid(
                    QStringLiteral("file"),
                    Text::tr("Line %1: the first line must be the header \"date,kind,name\".").arg(number));
            header = true;
            continue;
        }
        if (cells.size() != 3) {
            errors
                << Text::tr("Line %1: expected 3 values (date, kind, name), found %2.").arg(number).arg(cells.size());
            continue;
        }
        const CalendarDay d{{}, cells.at(0), cells.at(1), cells.at(2)};
        if (Error e = checkDay(d); e.isError()) {
            errors << Text::tr("Line %1: %2").arg(number).arg(e.message);
            continue;
        }
        if (lineOfDate.contains(d.date)) {
            errors << Text::tr("Line %1: %2 is already listed on line %3.")
                          .arg(number)
                          .arg(d.date)
                          .arg(lineOfDate[d.date]);
            continue;
        }
        lineOfDate.insert(d.date, number);
        days << d;
    }
    if (!header)
        return Error::invalid(QStringLiteral("file"), Text::tr("The file is empty."));
    if (!errors.isEmpty()) {
        const qsizetype total = errors.size();
        if (total > kMaxReportedLines) {
            errors = errors.mid(0, kMaxReportedLines);
            errors << Text::tr("… and %1 more lines with errors.").arg(total - kMaxReportedLines);
        }
        return Error::invalid(QStringLiteral("file"), errors.join(QLatin1Char('\n')));
    }
    if (days.isEmpty())
        return Error::invalid(QStringLiteral("file"), Text::tr("The file lists no days."));
    return days;
}

Result<CalendarImport> CalendarService::importCsv(const QByteArray &csv)
{
    return writeTransaction<CalendarImport>(m_db, Permission::EditSettings, [&]() -> Result<CalendarImport> {
        auto days = parseCsv(csv);
        if (!days)
            return days.error();
        CalendarImport report;
        for (const CalendarDay &d : *days) {
            bool added = false, changed = false;
            if (auto id = put(d, &added, &changed); !id)
                return id.error(); // the guard rolls back every line written so far
            if (added)
                ++report.added;
            else if (changed)
                ++report.changed;
            else
                ++report.unchanged;
        }
        return report;
    });
}

} // namespace gd
