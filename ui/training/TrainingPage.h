#pragma once
// 点单式培训: training by order in two tabs — the sessions (with their attendance, evaluations and
// materials, and a worker's history) and the needs (demand, orders per community, the orders).
#include "common/AppContext.h"

#include <QWidget>

class QTabWidget;

namespace gdui {

class TrainingNeedsTab;
class TrainingSessionsTab;

class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(const AppContext &ctx, QWidget *parent = nullptr);
    TrainingSessionsTab *sessions() const { return m_sessions; }
    TrainingNeedsTab *needs() const { return m_needs; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    TrainingSessionsTab *m_sessions;
    TrainingNeedsTab *m_needs;
    bool m_stale = true;
};

} // namespace gdui
