#pragma once
// A hub read in the window (File → Open hub…, or `griddesk --hub CONNINFO`): the figures of every
// office that sends the hub its packages, for the whole hub or any street, community or grid, on
// the same dashboard an office has, and the case list behind them. Read only: the connection's transactions cannot
// write (hub::readOnlyHub), and offices keep writing in their own files.
#include "hub/HubSchema.h"
#include "storage/Result.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace gd {
class Clock;
namespace hub {
class HubConnection;
}
} // namespace gd

namespace gdui {

class AppSettings;
class DashboardPage;
class HubCasesPage;

class HubWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `clock`: "now" for the figures and deadlines (a test's); the PC's time when none.
    HubWindow(std::shared_ptr<gd::hub::HubConnection> hub, const gd::hub::HubIdentity &identity,
              std::shared_ptr<const gd::Clock> clock = {}, QWidget *parent = nullptr);
    DashboardPage *dashboard() const { return m_dashboard; }
    HubCasesPage *cases() const { return m_cases; }
    void showPage(int index); // 0: the dashboard, 1: the cases

    // Connects to the hub and checks it is one this GridDesk reads (hubIdentity's refusals).
    static gd::Result<HubWindow *> open(const QString &conninfo, QWidget *parent = nullptr);
    // Asks for the hub's connection (the last one offered), opens its window and shows it; a hub
    // that cannot be opened is told in a message box. Null when nothing was opened.
    static HubWindow *ask(QWidget *parent, AppSettings &settings);

private:
    std::shared_ptr<gd::hub::HubConnection> m_hub;
    DashboardPage *m_dashboard;
    HubCasesPage *m_cases;
    QTabWidget *m_tabs;
};

} // namespace gdui
