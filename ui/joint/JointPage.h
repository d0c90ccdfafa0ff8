#pragma once
// 警网融合: police–grid joint work in four tabs — the joint activities of the five kinds, the
// three-level joint meetings with their tasks, every follow-up task of a place, and each grid's
// 1+1+N team. The dashboard's joint counts and the due board's open tasks open here on their
// records.
#include "common/AppContext.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"

#include <QWidget>

class QTabWidget;

namespace gdui {

class JointActivitiesTab;
class JointMeetingsTab;
class JointTasksTab;
class JointTeamTab;

class JointPage : public QWidget
{
    Q_OBJECT
public:
    explicit JointPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    JointActivitiesTab *activities() const { return m_activities; }
    JointMeetingsTab *meetings() const { return m_meetings; }
    JointTasksTab *tasks() const { return m_tasks; }
    JointTeamTab *teams() const { return m_teams; }

public Q_SLOTS:
    void showActivities(const gd::JointActivityFilter &filter, const QString &title);
    void showMeetings(const gd::JointMeetingFilter &filter, const QString &title);
    void showTasks(const gd::JointTaskFilter &filter, const QString &title);
    void showOpenTasks();

Q_SIGNALS:
    void openCase(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    AppContext m_ctx;
    QTabWidget *m_tabs;
    JointActivitiesTab *m_activities;
    JointMeetingsTab *m_meetings;
    JointTasksTab *m_tasks;
    JointTeamTab *m_teams;
    bool m_stale = true;
};

} // namespace gdui
