#include "CaseFilterChoices.h"

#include "calendar/WorkCalendar.h"
#include "cases/CaseTypes.h"
#include "cases/CategoryService.h"
#include "cases/Workflow.h"
#include "common/Choosers.h"
#include "storage/ReadSource.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace gdui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::CaseFilterChoices)
};

const char kOpen[] = "open";

QStringList openStates()
{
    QStringList open;
    for (const QString &s : gd::cases::states())
        if (gd::workflow::isOpen(s))
            open << s;
    return open;
}

} // namespace

void addStateChoices(QComboBox *combo)
{
    combo->addItem(Text::tr("All open cases"), QString::fromLatin1(kOpen));
    combo->addItem(Text::tr("All cases"), QString());
    for (const QString &s : gd::cases::states())
        combo->addItem(gd::cases::stateName(s), s);
}

QStringList statesOfChoice(const QString &choice, const QString &due)
{
    if (choice == QLatin1String(kOpen))
        return due.startsWith(QLatin1String("callback")) ? QStringList() : openStates();
    return choice.isEmpty() ? QStringList() : QStringList{choice};
}

QString choiceOfStates(const QStringList &states, const QString &due)
{
    QStringList sorted = states, open = openStates();
    sorted.sort();
    open.sort();
    if (sorted == open || (sorted.isEmpty() && !due.isEmpty()))
        return QString::fromLatin1(kOpen);
    return sorted.size() == 1 ? sorted.first() : QString();
}

void addDueChoices(QComboBox *combo, bool withFollowUp)
{
    combo->addItem(Text::tr("Any deadline"), QString());
    combo->addItem(Text::tr("Due within a working day"), QStringLiteral("due_soon"));
    combo->addItem(Text::tr("Overdue"), QStringLiteral("overdue"));
    if (!withFollowUp)
        return;
    combo->addItem(Text::tr("Late to sign for"), QStringLiteral("late_sign"));
    combo->addItem(Text::tr("Callbacks waiting"), QStringLiteral("callback"));
    combo->addItem(Text::tr("Callbacks overdue"), QStringLiteral("callback_overdue"));
}

void addChannelChoices(QComboBox *combo)
{
    combo->addItem(Text::tr("All channels"), QString());
    for (const QString &c : gd::cases::channels())
        combo->addItem(gd::cases::channelName(c), c);
}

void addCategoryChoices(QComboBox *combo, const gd::ReadSource &source)
{
    QList<Choice> groups;
    auto read = gd::categoryGroups(source);
    for (const gd::Category &c : read ? *read : QList<gd::Category>())
        groups << Choice{c.id, c.name};
    fillChoices(combo, groups, Text::tr("All categories"));
}

void addSortChoices(QComboBox *combo)
{
    combo->addItem(Text::tr("Newest first"), QStringLiteral("received"));
    combo->addItem(Text::tr("Oldest first"), QStringLiteral("received_asc"));
    combo->addItem(Text::tr("Earliest deadline first"), QStringLiteral("due"));
    combo->addItem(Text::tr("Recently changed first"), QStringLiteral("updated"));
    combo->addItem(Text::tr("Earliest callback deadline first"), QStringLiteral("callback_due"));
}

void addPeriodChoices(QComboBox *combo)
{
    combo->addItem(Text::tr("Any time"), QString());
    combo->addItem(Text::tr("Today"), QStringLiteral("today"));
    combo->addItem(Text::tr("Last 7 days"), QStringLiteral("7"));
    combo->addItem(Text::tr("Last 30 days"), QStringLiteral("30"));
    combo->addItem(Text::tr("This month"), QStringLiteral("month"));
    combo->addItem(Text::tr("Last month"), QStringLiteral("last_month"));
}

QPair<qint64, qint64> periodOfChoice(const QString &key, qint64 nowMs)
{
    if (key.isEmpty())
        return {0, 0};
    const QTimeZone zone = gd::WorkCalendar::zone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    auto start = [&](const QDate &d) { return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    if (key == QLatin1String("today"))
        return {start(today), 0};
    if (key == QLatin1String("month"))
        return {start(QDate(today.year(), today.month(), 1)), 0};
    if (key == QLatin1String("last_month")) {
        const QDate first = QDate(today.year(), today.month(), 1);
        return {start(first.addMonths(-1)), start(first)};
    }
    return {start(today.addDays(1 - key.toInt())), 0};
}

} // namespace gdui
