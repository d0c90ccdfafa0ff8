#include "IdleUpkeep.h"

#include "cases/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace gdui {

namespace {

// With nothing left to merge, the next look is this much later (a merge may have come since).
constexpr qint64 kRestMs = 5 * 60 * 1000;

} // namespace

IdleUpkeep::IdleUpkeep(gd::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_sinceInput.start();
    m_sinceDone.start();
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &IdleUpkeep::tick);
    m_timer->start();
    qApp->installEventFilter(this);
}

void IdleUpkeep::setTiming(int idleMs, int tickMs)
{
    m_idleMs = idleMs;
    m_timer->setInterval(tickMs);
}

bool IdleUpkeep::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::InputMethod: // Chinese typed through an input method comes as this, not as keys
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: m_sinceInput.restart(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleUpkeep::tick()
{
    // A read-only file is read as it is: its search index is not tidied either.
    if (m_sinceInput.elapsed() < m_idleMs || QApplication::activeModalWidget() || QApplication::activePopupWidget() ||
        m_db.inTransaction() || m_db.isReadOnly())
        return;
    if (m_done && m_sinceDone.elapsed() < kRestMs)
        return;
    m_done = !step();
    if (m_done)
        m_sinceDone.restart();
}

bool IdleUpkeep::step()
{
    auto more = gd::tidySearchIndex(m_db, gd::kTidyStepPages);
    if (!more) {
        // Upkeep never interrupts the user: a busy file is tried again later.
        qCWarning(lcCases) << "search index upkeep:" << more.message();
        return false;
    }
    return *more;
}

} // namespace gdui
