#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace gdui {

NoticeBar::NoticeBar(const QString &name, const QString &background, const QString &buttonText,
                     const QString &buttonName, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#%1 { background: %2; }").arg(name, background));
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_button = new QPushButton(buttonText, this);
    m_button->setObjectName(buttonName);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
}

void NoticeBar::refreshEvery(int ms, const std::function<void()> &refresh)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, refresh);
    timer->start(ms);
}

} // namespace gdui
