#include "Choosers.h"

#include <QCompleter>
#include <QLineEdit>

namespace gdui {

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void fillChoices(QComboBox *combo, const QList<Choice> &choices, const QString &noneText)
{
    const QString keep = chosenId(combo);
    combo->blockSignals(true);
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    for (const Choice &c : choices)
        combo->addItem(c.second, c.first);
    combo->blockSignals(false);
    selectChoice(combo, keep);
}

void selectChoice(QComboBox *combo, const QString &id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QString chosenId(const QComboBox *combo)
{
    // An editable combo whose text no longer matches the current item means nothing chosen.
    if (combo->isEditable() && combo->currentIndex() >= 0 &&
        combo->currentText() != combo->itemText(combo->currentIndex()))
        return {};
    return combo->currentData().toString();
}

} // namespace gdui
