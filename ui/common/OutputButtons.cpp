#include "OutputButtons.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace gdui {

OutputButtons addOutputButtons(QDialog *dialog, QBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    OutputButtons out{buttons->addButton(QCoreApplication::translate("gdui::OutputButtons", "Pre&view and print…"),
                                         QDialogButtonBox::ActionRole),
                      buttons->addButton(QCoreApplication::translate("gdui::OutputButtons", "Save as &PDF…"),
                                         QDialogButtonBox::ActionRole),
                      buttons->addButton(QCoreApplication::translate("gdui::OutputButtons", "Save as &Excel…"),
                                         QDialogButtonBox::ActionRole)};
    out.preview->setDefault(true);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return out;
}

} // namespace gdui
