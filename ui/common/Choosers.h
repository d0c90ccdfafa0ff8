#pragma once
// Combo boxes for choosing a record by typing part of its name: id in the item data, a
// "none" entry first when the choice is optional.
#include <QComboBox>
#include <QList>
#include <QPair>

namespace gdui {

using Choice = QPair<QString, QString>; // id, text shown

// Makes the combo editable with a contains-filter completer (Chinese names are found by any character).
void makeSearchable(QComboBox *combo);
void fillChoices(QComboBox *combo, const QList<Choice> &choices, const QString &noneText = {});
void selectChoice(QComboBox *combo, const QString &id);
QString chosenId(const QComboBox *combo);

} // namespace gdui
