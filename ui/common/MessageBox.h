#pragma once
// All message boxes go through here so tests can answer them without a human (the KeePassXC
// MessageBox::setNextAnswer seam): in test mode nothing modal opens and the text is recorded.
#include <QMessageBox>
#include <QString>

namespace gdui::MessageBox {

void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
bool question(QWidget *parent, const QString &title, const QString &text);

// Test seam: while set, boxes do not open; question() returns the given answer.
void setTestMode(bool on, bool nextAnswer = true);
QString lastText();

} // namespace gdui::MessageBox
