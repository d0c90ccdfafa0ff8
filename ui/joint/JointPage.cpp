#include "JointPage.h"

#include "JointActivitiesTab.h"
#include "JointMeetingsTab.h"
#include "JointTasksTab.h"
#include "JointTeamTab.h"
#include "storage/Database.h"

#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

JointPage::JointPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jointTabs"));
    m_activities = new JointActivitiesTab(ctx, m_tabs);
    m_meetings = new JointMeetingsTab(ctx, m_tabs);
    m_tasks = new JointTasksTab(ctx, m_tabs);
    m_teams = new JointTeamTab(ctx, m_tabs);
    m_tabs->addTab(m_activities, tr("Joint &activities"));
    m_tabs->addTab(m_meetings, tr("Joint &meetings"));
    m_tabs->addTab(m_tasks, tr("Meeting &tasks"));
    m_tabs->addTab(m_teams, tr("1+1+N &teams"));
    layout->addWidget(m_tabs);
    connect(m_meetings, &JointMeetingsTab::openCase, this, &JointPage::openCase);
    connect(m_tasks, &JointTasksTab::openCase, this, &JointPage::openCase);
    // Every change of the file (a merge included) is read again when the page is next shown.
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QLatin1String("joint_")) || t == QLatin1String("grids") ||
                t == QLatin1String("police_grids") || t == QLatin1String("workers")) {
                markStale();
                return;
            }
    });
}

void JointPage::markStale()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            m_stale = false;
            m_activities->refresh();
            m_meetings->refresh();
            m_tasks->refresh();
            m_teams->refresh();
        });
}

void JointPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        markStale();
}

void JointPage::showActivities(const gd::JointActivityFilter &filter, const QString &title)
{
    m_stale = false; // shown as asked, not read again from the filters when the page appears
    m_tabs->setCurrentWidget(m_activities);
    m_activities->showRecords(filter, title);
}

void JointPage::showMeetings(const gd::JointMeetingFilter &filter, const QString &title)
{
    m_stale = false;
    m_tabs->setCurrentWidget(m_meetings);
    m_meetings->showRecords(filter, title);
}

void JointPage::showTasks(const gd::JointTaskFilter &filter, const QString &title)
{
    m_stale = false;
    m_tabs->setCurrentWidget(m_tasks);
    m_tasks->showRecords(filter, title);
}

void JointPage::showOpenTasks()
{
    m_stale = false;
    m_tabs->setCurrentWidget(m_tasks);
    m_tasks->showOpen();
}

} // namespace gdui
