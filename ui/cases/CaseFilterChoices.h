#pragma once
// The case list's pickers, the same on an office's list (CasesPage) and a hub's (HubCasesPage):
// the states (all open cases, all cases, each state), the deadlines, the channels and the orders.
class QComboBox;

#include <QStringList>

namespace gdui {

void addStateChoices(QComboBox *combo);
// The states a state choice stands for: every open state, none (all cases), or the one chosen.
QStringList statesOfChoice(const QString &choice);
// The choice that shows these states ("" when no single choice does); a deadline filter lists open
// cases only, so no state with one reads as "all open cases".
QString choiceOfStates(const QStringList &states, const QString &due);
// Any deadline, due within a working day, overdue; `withFollowUp`: also late to sign for and the
// callbacks waiting or overdue.
void addDueChoices(QComboBox *combo, bool withFollowUp);
void addChannelChoices(QComboBox *combo);
void addSortChoices(QComboBox *combo);

} // namespace gdui
