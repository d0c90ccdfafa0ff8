#include "FigureOrigin.h"

#include "common/ScopeChoices.h"
#include "hub/HubConnection.h"
#include "hub/HubFigures.h"
#include "org/Places.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gdui {

FigureOrigin FigureOrigin::office(gd::Database *db)
{
    FigureOrigin o;
    o.m_db = db;
    return o;
}

FigureOrigin FigureOrigin::hub(std::shared_ptr<gd::hub::HubConnection> hub, const QString &name,
                               std::shared_ptr<const gd::Clock> clock)
{
    FigureOrigin o;
    o.m_hub = std::move(hub);
    o.m_clock = std::move(clock);
    o.m_name = name;
    return o;
}

gd::stats::FigureSource FigureOrigin::source() const
{
    if (m_db)
        return gd::stats::FigureSource::of(*m_db);
    gd::stats::FigureSource hub = gd::hub::hubFigureSource(*m_hub);
    hub.nowMs = nowMs();
    return hub;
}

gd::stats::FigureSettings FigureOrigin::settings() const
{
    return m_db ? gd::stats::FigureSettings::of(*m_db) : gd::stats::FigureSettings();
}

QList<Choice> FigureOrigin::scopes(bool withGrids) const
{
    if (m_db)
        return scopeChoices(*m_db, withGrids);
    auto places = gd::placeTree(m_hub->sql(), withGrids);
    QList<Choice> choices = scopeChoices(places ? *places : QList<gd::Place>());
    choices.first().second = QCoreApplication::translate("gdui::FigureOrigin", "The whole hub");
    return choices;
}

qint64 FigureOrigin::nowMs() const
{
    return m_db ? m_db->nowMs() : m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

} // namespace gdui
