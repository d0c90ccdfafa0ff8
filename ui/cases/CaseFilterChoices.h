#pragma once
// The case list's pickers, the same on an office's list (CasesPage) and a hub's (HubCasesPage):
// the states (all open cases, all cases, each state), the deadlines, the channels and the orders.
class QComboBox;

namespace gd {
struct ReadSource;
}

#include <QPair>
#include <QStringList>

namespace gdui {

void addStateChoices(QComboBox *combo);
// The states a state choice stands for: every open state, none (all cases), or the one chosen.
// With the callbacks waiting or overdue, "all open cases" stands for every state: the deadline
// filter itself keeps the completed cases waiting for their callback.
QStringList statesOfChoice(const QString &choice, const QString &due = {});
// The choice that shows these states ("" when no single choice does); a deadline filter lists open
// cases only, so no state with one reads as "all open cases".
QString choiceOfStates(const QStringList &states, const QString &due);
// Any deadline, due within a working day, overdue; `withFollowUp`: also late to sign for and the
// callbacks waiting or overdue.
void addDueChoices(QComboBox *combo, bool withFollowUp);
void addChannelChoices(QComboBox *combo);
// All categories, then each top-level category of the store (an office's file or a hub).
void addCategoryChoices(QComboBox *combo, const gd::ReadSource &source);
void addSortChoices(QComboBox *combo);
// Received: any time, today, the last 7 or 30 days, this month, last month.
void addPeriodChoices(QComboBox *combo);
// A period choice as [from, to) in milliseconds (0: no bound), Beijing days, at `nowMs`.
QPair<qint64, qint64> periodOfChoice(const QString &choice, qint64 nowMs);

} // namespace gdui
