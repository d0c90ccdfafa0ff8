#include "CaseSettings.h"

#include "RepeatFinder.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseSettings)
};

QString windowKey()
{
    return QLatin1String(CaseSettings::kRepeatWindowField);
}

// A calendar refusal names the day it is about: the dialog saves many days at once, and "Name:
// is too long" alone would not say which.
Error aboutDay(const QString &date, const Error &e)
{
    Error out = e;
    out.field = QStringLiteral("calendar");
    out.message = Text::tr("Calendar, %1: %2").arg(date.trimmed(), e.message);
    return out;
}

constexpr bool sameText(const char *a, const char *b)
{
    return *a == *b && (*a == '\0' || sameText(a + 1, b + 1));
}
// The reader (RepeatFinder) and this writer must agree on the key, and the default must be a
// value the writer would accept.
static_assert(sameText(CaseSettings::kRepeatWindowField, RepeatFinder::kWindowMetaKey), "one meta key");
static_assert(RepeatFinder::kDefaultWindowDays >= CaseSettings::kMinRepeatWindowDays &&
                  RepeatFinder::kDefaultWindowDays <= CaseSettings::kMaxRepeatWindowDays,
              "the default window is a valid window");
} // namespace

int CaseSettings::repeatWindowDays() const
{
    return RepeatFinder::windowDaysSetting(m_db);
}

Error CaseSettings::validateRepeatWindow(int days)
{
    return check::range(windowKey(), Text::tr("Repeat window (days)"), days, kMinRepeatWindowDays,
                        kMaxRepeatWindowDays);
}

Result<bool> CaseSettings::writeRepeatWindow(int days)
{
    if (Status s = saveSetting(m_db, windowKey(), QString::number(days)); !s)
        return s.error();
    return true;
}

Status CaseSettings::setRepeatWindowDays(int days)
{
    return writeTransaction<bool>(m_db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Error e = validateRepeatWindow(days); e.isError())
                                          return e;
                                      return writeRepeatWindow(days);
                                  })
        .status();
}

Result<bool> CaseSettings::writeCalendar(const CalendarChanges &calendar)
{
    CalendarService service(m_db);
    RowStore rows(m_db);
    // Removals first: a day moved to another date, or taken out and entered again, then lands
    // on a free date.
    for (const QString &date : calendar.removed) {
        const QString id = CalendarService::idFor(date);
        if (!rows.exists(tables::calendarDays(), id))
            continue; // already gone (removed here earlier, or by a merge): nothing to undo
        if (Status s = service.remove(id); !s)
            return aboutDay(date, s.error());
    }
    for (const CalendarDay &day : calendar.put) {
        if (Error e = CalendarService::checkDay(day); e.isError())
            return aboutDay(day.date, e);
        CalendarDay d = day;
        // The id follows the date: edit the live row of that date, or add (or bring back) one.
        const QString id = CalendarService::idFor(day.date);
        d.id = rows.exists(tables::calendarDays(), id) ? id : QString();
        if (auto saved = service.save(d); !saved)
            return aboutDay(day.date, saved.error());
    }
    return true;
}

Status CaseSettings::save(const DeadlineRules &rules, int repeatWindowDays, const CalendarChanges &calendar,
                          RecomputeReport *moved)
{
    return save(rules, repeatWindowDays, RepeatFinder::scoresSetting(m_db), calendar, moved);
}

Error CaseSettings::validateScores(const RepeatScores &scores)
{
    if (Error e = check::range(QLatin1String(RepeatFinder::kAttachScoreKey), Text::tr("Attach from score"),
                               scores.attach, 1, RepeatFinder::kMaxScore);
        e.isError())
        return e;
    if (Error e = check::range(QLatin1String(RepeatFinder::kReviewScoreKey), Text::tr("Review from score"),
                               scores.review, 1, RepeatFinder::kMaxScore);
        e.isError())
        return e;
    if (scores.review > scores.attach)
        return Error::invalid(QLatin1String(RepeatFinder::kReviewScoreKey),
                              Text::tr("Review from score: give at most the attach score (%1); a pair scored above "
                                       "it is attached, not reviewed.")
                                  .arg(scores.attach));
    return {};
}

Result<bool> CaseSettings::writeScores(const RepeatScores &scores)
{
    if (Status s = saveSetting(m_db, QLatin1String(RepeatFinder::kAttachScoreKey), QString::number(scores.attach)); !s)
        return s.error();
    if (Status s = saveSetting(m_db, QLatin1String(RepeatFinder::kReviewScoreKey), QString::number(scores.review)); !s)
        return s.error();
    return true;
}

Status CaseSettings::save(const DeadlineRules &rules, int repeatWindowDays, const RepeatScores &scores,
                          const CalendarChanges &calendar, RecomputeReport *moved)
{
    return writeTransaction<bool>(m_db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      auto before = WorkCalendar::read(m_db);
                                      if (!before)
                                          return before.error();
                                      if (Error e = rules.validate(); e.isError())
                                          return e;
                                      if (Error e = validateRepeatWindow(repeatWindowDays); e.isError())
                                          return e;
                                      if (!(rules == DeadlineRules::load(m_db)))
                                          if (Status s = rules.save(m_db); !s)
                                              return s.error();
                                      if (Error e = validateScores(scores); e.isError())
                                          return e;
                                      if (repeatWindowDays != this->repeatWindowDays())
                                          if (auto r = writeRepeatWindow(repeatWindowDays); !r)
                                              return r;
                                      if (!(scores == RepeatFinder::scoresSetting(m_db)))
                                          if (auto r = writeScores(scores); !r)
                                              return r;
                                      if (auto written = writeCalendar(calendar); !written)
                                          return written;
                                      auto report = calendarrecompute::run(m_db, before.value());
                                      if (!report)
                                          return report.error();
                                      if (moved)
                                          *moved = report.value();
                                      return true;
                                  })
        .status();
}

Result<CaseSettings::CalendarImportReport>
CaseSettings::importCalendar(const QByteArray &csv, const std::function<bool(qint64, qint64)> &progress)
{
    return writeTransaction<CalendarImportReport>(
        m_db, Permission::EditSettings, [&]() -> Result<CalendarImportReport> {
            auto before = WorkCalendar::read(m_db);
            if (!before)
                return before.error();
            CalendarImportReport out;
            auto days = CalendarService(m_db).importCsv(csv);
            if (!days)
                return days.error();
            out.days = days.value();
            auto report = calendarrecompute::run(m_db, before.value(), progress);
            if (!report)
                return report.error();
            out.moved = report.value();
            return out;
        });
}

} // namespace gd
