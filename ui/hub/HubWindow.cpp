#include "HubWindow.h"

#include "HubCasesPage.h"
#include "common/MessageBox.h"
#include "hub/HubConnection.h"
#include "shell/AppSettings.h"
#include "stats/DashboardPage.h"

#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace gdui {

HubWindow::HubWindow(std::shared_ptr<gd::hub::HubConnection> hub, const gd::hub::HubIdentity &identity,
                     std::shared_ptr<const gd::Clock> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_hub(std::move(hub))
{
    setWindowTitle(tr("GridDesk — hub %1 (read only)").arg(identity.name));
    auto *tabs = m_tabs = new QTabWidget(this);
    const FigureOrigin origin = FigureOrigin::hub(m_hub, identity.name, std::move(clock));
    m_dashboard = new DashboardPage(origin, tabs);
    m_cases = new HubCasesPage(origin, tabs);
    tabs->addTab(m_dashboard, tr("&Dashboard"));
    tabs->addTab(m_cases, tr("C&ases"));
    connect(m_dashboard, &DashboardPage::openCases, this,
            [this, tabs](const gd::CaseFilter &filter, const QString &title) {
                m_cases->showCases(filter, title);
                tabs->setCurrentWidget(m_cases);
            });
    setCentralWidget(tabs);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    auto *where = new QLabel(tr("Hub: %1 · read only: offices write in their own files and send the hub their "
                                "packages (griddesk-hub ingest)")
                                 .arg(m_hub->conninfo()),
                             this);
    where->setObjectName(QStringLiteral("hubWindowStatusLabel"));
    statusBar()->addWidget(where, 1);
    resize(1600, 900);
}

void HubWindow::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

gd::Result<HubWindow *> HubWindow::open(const QString &conninfo, QWidget *parent)
{
    auto hub = gd::hub::HubConnection::open(conninfo.trimmed());
    if (!hub)
        return hub.error();
    std::shared_ptr<gd::hub::HubConnection> shared(std::move(hub.value()));
    auto identity = gd::hub::readOnlyHub(*shared);
    if (!identity)
        return identity.error();
    auto *window = new HubWindow(shared, *identity, {}, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

HubWindow *HubWindow::ask(QWidget *parent, AppSettings &settings)
{
    bool ok = false;
    const QString conninfo = QInputDialog::getText(
        parent, tr("Open hub"),
        tr("The hub's PostgreSQL connection, e.g. \"service=griddesk\" (a pg service file) or \"host=hub.example "
           "dbname=griddesk user=reader\".\nThe password comes from ~/.pgpass or PGPASSWORD, never from here."),
        QLineEdit::Normal, settings.lastHub(), &ok);
    if (!ok || conninfo.trimmed().isEmpty())
        return nullptr;
    auto window = open(conninfo, nullptr);
    if (!window) {
        MessageBox::warning(parent, tr("Open hub"), window.message());
        return nullptr;
    }
    settings.setLastHub(conninfo.trimmed());
    (*window)->show();
    return *window;
}

} // namespace gdui
