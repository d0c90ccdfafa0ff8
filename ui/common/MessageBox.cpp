#include "MessageBox.h"

namespace gdui::MessageBox {

namespace {
bool g_testMode = false;
bool g_answer = true;
QString g_last;
} // namespace

void setTestMode(bool on, bool nextAnswer)
{
    g_testMode = on;
    g_answer = nextAnswer;
}

QString lastText()
{
    return g_last;
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (!g_testMode)
        QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (!g_testMode)
        QMessageBox::information(parent, title, text);
}

bool question(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (g_testMode)
        return g_answer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace gdui::MessageBox
