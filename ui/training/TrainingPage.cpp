#include "TrainingPage.h"

#include "TrainingNeedsTab.h"
#include "TrainingSessionsTab.h"
#include "common/ListParts.h"
#include "storage/Database.h"

#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

TrainingPage::TrainingPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_sessions = new TrainingSessionsTab(ctx, m_tabs);
    m_needs = new TrainingNeedsTab(ctx, m_tabs);
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_needs, tr("&Needs and orders"));
    layout->addWidget(m_tabs);
    refreshOnWrites(this, ctx.db, {QStringLiteral("training"), QStringLiteral("workers")}, &m_stale,
                    [this] { refresh(); });
}

void TrainingPage::refresh()
{
    m_stale = false;
    m_sessions->refresh();
    m_needs->refresh();
}

void TrainingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &TrainingPage::refresh);
}

} // namespace gdui
