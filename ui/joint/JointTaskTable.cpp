#include "JointTaskTable.h"

#include "cases/CaseTypes.h"
#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "storage/Database.h"
#include "visits/FindingDialog.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

JointTaskTable::JointTaskTable(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = newRowTable(this, QStringLiteral("jointTasksTable"),
                          {tr("Due"), tr("Owner"), tr("Task"), tr("Done"), tr("Request")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("&Done…"), this);
    m_done->setObjectName(QStringLiteral("jointTaskDoneButton"));
    m_case = new QPushButton(tr("Make a re&quest…"), this);
    m_case->setObjectName(QStringLiteral("jointTaskCaseButton"));
    m_case->setToolTip(tr("Register the task as a request found proactively, credited to its owner"));
    buttons->addWidget(m_done);
    buttons->addWidget(m_case);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, &JointTaskTable::completeSelected);
    connect(m_case, &QPushButton::clicked, this, &JointTaskTable::makeCaseOfSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, &JointTaskTable::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_tasks.size() && !m_tasks.at(row).caseId.isEmpty())
            Q_EMIT openCase(m_tasks.at(row).caseId);
    });
    updateButtons();
}

QString JointTaskTable::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString();
}

void JointTaskTable::setFilter(const gd::JointTaskFilter &filter)
{
    m_filter = filter;
    reload();
}

void JointTaskTable::reload()
{
    const QString keep = currentId();
    auto tasks = gd::JointTaskService(*m_ctx.db).list(m_filter);
    m_tasks = tasks ? *tasks : QList<gd::JointTask>();
    m_table->setRowCount(0);
    const qint64 now = m_ctx.db->nowMs();
    for (const gd::JointTask &t : std::as_const(m_tasks)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{gd::cases::dayText(t.dueMs), t.ownerName, t.text,
                                t.doneMs ? gd::cases::timeText(t.doneMs) : QString(), t.caseNumber};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (t.doneMs == 0 && t.dueMs < now)
                item->setForeground(QColor(0xa8, 0x07, 0x1a));
            m_table->setItem(row, c, item);
        }
        if (t.id == keep)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void JointTaskTable::updateButtons()
{
    const int row = m_table->currentRow();
    const gd::JointTask *t = row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
    m_done->setEnabled(t && t->doneMs == 0);
    m_case->setEnabled(t && t->caseId.isEmpty());
}

gd::Status JointTaskTable::completeCurrent(qint64 atMs, const QString &note)
{
    gd::Status s = gd::JointTaskService(*m_ctx.db).complete(currentId(), atMs, note);
    if (s) {
        reload();
        Q_EMIT changed();
    }
    return s;
}

void JointTaskTable::completeSelected()
{
    if (currentId().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("The task is done"));
    auto *form = new QFormLayout(&dialog);
    auto *at = newBeijingTimeEdit(&dialog, QStringLiteral("jointTaskDoneAtEdit"));
    setBeijingTime(at, m_ctx.db->nowMs());
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("what was done"));
    form->addRow(tr("&When:"), at);
    form->addRow(tr("&Note:"), note);
    addOkCancel(&dialog, form);
    while (dialog.exec() == QDialog::Accepted) {
        gd::Status s = completeCurrent(beijingTimeOf(at), note->text());
        if (s)
            return;
        MessageBox::warning(this, tr("The task is done"), s.message());
    }
}

void JointTaskTable::makeCaseOfSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tasks.size())
        return;
    const gd::JointTask task = m_tasks.at(row);
    auto meeting = gd::JointMeetingService(*m_ctx.db).open(task.meetingId);
    const bool gridMeeting = meeting && meeting->level == QLatin1String("grid"); // its grid is the request's
    FindingDialog dialog(
        m_ctx, task.text,
        [db = m_ctx.db, id = task.id](const gd::Case &draft) { return gd::JointTaskService(*db).toCase(id, draft); },
        !gridMeeting, this);
    dialog.setWindowTitle(tr("Make the task a request"));
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace gdui
