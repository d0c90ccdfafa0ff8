#include "CaseFilterChoices.h"

#include "cases/CaseTypes.h"
#include "cases/Workflow.h"

#include <QComboBox>
#include <QCoreApplication>

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

QStringList statesOfChoice(const QString &choice)
{
    if (choice == QLatin1String(kOpen))
        return openStates();
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

void addSortChoices(QComboBox *combo)
{
    combo->addItem(Text::tr("Newest first"), QStringLiteral("received"));
    combo->addItem(Text::tr("Oldest first"), QStringLiteral("received_asc"));
    combo->addItem(Text::tr("Earliest deadline first"), QStringLiteral("due"));
    combo->addItem(Text::tr("Recently changed first"), QStringLiteral("updated"));
    combo->addItem(Text::tr("Earliest callback deadline first"), QStringLiteral("callback_due"));
}

} // namespace gdui
