#include "JointTasksTab.h"

#include "JointTaskTable.h"
#include "common/ScopeChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gdui {

JointTasksTab::JointTasksTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("tasksScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_openOnly = new QCheckBox(tr("Only tasks not done"), this);
    m_openOnly->setObjectName(QStringLiteral("tasksOpenOnlyCheckBox"));
    m_openOnly->setChecked(true);
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addWidget(m_openOnly);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_tasks = new JointTaskTable(ctx, this);
    layout->addWidget(m_tasks, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tasksStatusLabel"));
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("A task shown in red is past its due day and not done."), this));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &JointTasksTab::refresh);
    connect(m_openOnly, &QCheckBox::toggled, this, &JointTasksTab::refresh);
    connect(m_tasks, &JointTaskTable::changed, this, [this] { count(QString()); });
    connect(m_tasks, &JointTaskTable::openCase, this, &JointTasksTab::openCase);
}

void JointTasksTab::refresh()
{
    gd::JointTaskFilter f;
    gd::stats::setPlace(&f.meetings, scopeOf(m_scope->currentData().toString()));
    f.openOnly = m_openOnly->isChecked();
    m_tasks->setFilter(f);
    count(QString());
}

void JointTasksTab::showOpen()
{
    m_scope->setCurrentIndex(0);
    m_openOnly->setChecked(true);
    refresh();
}

void JointTasksTab::showRecords(const gd::JointTaskFilter &filter, const QString &title)
{
    m_tasks->setFilter(filter);
    count(title);
}

void JointTasksTab::count(const QString &title)
{
    const int n = int(m_tasks->tasks().size());
    m_status->setText(title.isEmpty() ? tr("%n task(s)", nullptr, n) : tr("%1: %n task(s)", nullptr, n).arg(title));
}

} // namespace gdui
