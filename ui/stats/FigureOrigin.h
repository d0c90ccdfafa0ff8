#pragma once
// Where the dashboard reads its figures: the office's file, or a hub opened for reading (File →
// Open hub…, docs/HUB.md) holding a district's or a city's offices. The page asks it for the
// figures' source, their weights, the places to choose from and the time; what only an office's
// file holds (the grid's other work, the monthly report, its undo) is offered by a file alone.
#include "common/Choosers.h"
#include "stats/Overview.h"

#include <memory>

namespace gd {
class Clock;
class Database;
namespace hub {
class HubConnection;
}
} // namespace gd

namespace gdui {

class FigureOrigin
{
public:
    static FigureOrigin office(gd::Database *db);
    // The hub read through `hub` (opened with gd::hub::readOnlyHub); `name` is the hub's. "Now"
    // is the PC's time, or `clock`'s (a test's).
    static FigureOrigin hub(std::shared_ptr<gd::hub::HubConnection> hub, const QString &name,
                            std::shared_ptr<const gd::Clock> clock = {});

    gd::stats::FigureSource source() const;
    // The office's weights and minimum sample; a hub counts with the defaults every office starts with.
    gd::stats::FigureSettings settings() const;
    // The scope choices: the whole office (or hub), its streets, communities and grids.
    QList<Choice> scopes(bool withGrids) const;
    qint64 nowMs() const;
    gd::Database *office() const { return m_db; } // null on a hub
    gd::hub::HubConnection *hubConnection() const { return m_hub.get(); }
    QString hubName() const { return m_name; }

private:
    gd::Database *m_db = nullptr;
    std::shared_ptr<gd::hub::HubConnection> m_hub;
    std::shared_ptr<const gd::Clock> m_clock;
    QString m_name;
};

} // namespace gdui
