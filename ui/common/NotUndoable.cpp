#include "NotUndoable.h"

#include <QCoreApplication>
#include <QLabel>

namespace gdui {

QWidget *notUndoableNote(const QString &howBack, QWidget *parent)
{
    auto *label = new QLabel(
        QCoreApplication::translate("gdui::NotUndoable", "Ctrl+Z does not take this back. %1").arg(howBack), parent);
    label->setObjectName(QStringLiteral("notUndoableLabel"));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString settingsTakenBackBy()
{
    return QCoreApplication::translate("gdui::NotUndoable",
                                       "To go back, change the setting again here; the audit log keeps every change.");
}

} // namespace gdui
