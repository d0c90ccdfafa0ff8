#pragma once
// The buttons of a dialog that makes a printed document (the monthly report, the dispute ledger):
// preview and print (the default), save as PDF, save as Excel, and close.
class QBoxLayout;
class QDialog;
class QPushButton;

namespace gdui {

struct OutputButtons {
    QPushButton *preview, *pdf, *excel;
};
OutputButtons addOutputButtons(QDialog *dialog, QBoxLayout *layout);

} // namespace gdui
