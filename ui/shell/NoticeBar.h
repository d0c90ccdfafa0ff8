#pragma once
// A bar across the top of the main window: a line of text and one button, in its own colour. The
// clock and read-only hold (HoldBanner) and the calendar reminder (CalendarReminder) are such
// bars; each says when it shows and what its button does.
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace gdui {

class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    // name: the object name (also what the colour applies to); background: #rrggbb.
    NoticeBar(const QString &name, const QString &background, const QString &buttonText, const QString &buttonName,
              QWidget *parent = nullptr);
    QLabel *textLabel() const { return m_text; }

protected:
    QPushButton *button() const { return m_button; }
    // Calls refresh every `ms` (the date may change while the window stays open).
    void refreshEvery(int ms, const std::function<void()> &refresh);

private:
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace gdui
