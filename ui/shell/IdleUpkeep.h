#pragma once
// Upkeep done while nobody uses the window: merging the search index's segments, which a package
// merge leaves for later so that the import does not wait for it (CaseSearchIndex::holdMerging).
// A step runs only after a while without a key or mouse press and with no dialog open, and
// stays short (a few hundred pages, tens of milliseconds); when there is nothing left to merge it
// waits a few minutes before looking again.
#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace gd {
class Database;
}

namespace gdui {

class IdleUpkeep : public QObject
{
    Q_OBJECT
public:
    IdleUpkeep(gd::Database &db, QObject *parent = nullptr);

    // How long without input counts as idle, and how often to look (tests shorten both).
    void setTiming(int idleMs, int tickMs);
    // One step now, whatever the idle time; false when the index had nothing left to merge.
    bool step();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    gd::Database &m_db;
    QTimer *m_timer;
    QElapsedTimer m_sinceInput, m_sinceDone;
    int m_idleMs = 20000;
    bool m_done = false;
};

} // namespace gdui
