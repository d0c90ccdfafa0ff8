#include "DueBoardPage.h"

#include "DueBoardModel.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "disputes/DisputeList.h"
#include "joint/JointTasks.h"
#include "storage/Database.h"
#include "visits/CareRegister.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

DueBoardPage::DueBoardPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("dueBoardPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Due and overdue cases"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("dueRefreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DueBoardPage::refresh);
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    m_callbacks = new QPushButton(this);
    m_callbacks->setObjectName(QStringLiteral("dueCallbacksButton"));
    m_callbacks->setToolTip(tr("Completed cases waiting for their callback (回访); red when some are past the callback "
                               "limit. Click for the list."));
    connect(m_callbacks, &QPushButton::clicked, this, [this] {
        gd::CaseFilter f;
        f.states = {QStringLiteral("completed")};
        f.due = QStringLiteral("callback");
        f.sort = gd::CaseSort::CallbackDueAsc;
        Q_EMIT openCases(f);
    });
    top->addWidget(m_callbacks);
    m_care = new QPushButton(this);
    m_care->setObjectName(QStringLiteral("dueCareButton"));
    m_care->setToolTip(tr("Households on the care register (关爱台账) whose visit interval has passed without a visit, "
                          "per grid worker. Click for the register's late households."));
    connect(m_care, &QPushButton::clicked, this, &DueBoardPage::openLateCare);
    top->addWidget(m_care);
    m_disputes = new QPushButton(this);
    m_disputes->setObjectName(QStringLiteral("dueDisputesButton"));
    connect(m_disputes, &QPushButton::clicked, this, &DueBoardPage::openAwaitingDisputes);
    top->addWidget(m_disputes);
    m_jointTasks = new QPushButton(this);
    m_jointTasks->setObjectName(QStringLiteral("dueJointTasksButton"));
    connect(m_jointTasks, &QPushButton::clicked, this, &DueBoardPage::openJointTasks);
    top->addWidget(m_jointTasks);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("dueLegendLabel"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);

    // Side by side rather than in tabs: a supervisor compares a late worker with their grid.
    m_split = new QSplitter(Qt::Horizontal, this);
    m_handlerModel = new DueBoardModel(DueBoardModel::Kind::Handlers, this);
    m_gridModel = new DueBoardModel(DueBoardModel::Kind::Grids, this);
    m_handlerTable = addTable(m_split, m_handlerModel, QStringLiteral("dueHandlersTableView"), tr("By handler"));
    m_gridTable = addTable(m_split, m_gridModel, QStringLiteral("dueGridsTableView"), tr("By grid"));
    layout->addWidget(m_split, 1);

    // Cases change through the database (any page, an import, a merge); a hidden board reads
    // again when it is shown (about 30 ms at a million cases), so it costs nothing meanwhile.
    // Time alone also moves cases from due soon to overdue at midnight, so a board left open on
    // the wall re-reads every minute.
    connect(m_ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (isVisible() &&
            (tables.contains(QStringLiteral("cases")) || tables.contains(QStringLiteral("visits")) ||
             tables.contains(QStringLiteral("care_households")) || tables.contains(QStringLiteral("disputes")) ||
             tables.contains(QStringLiteral("joint_tasks"))))
            refresh();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_tick->start();
    refresh();
}

QTableView *DueBoardPage::addTable(QWidget *parent, DueBoardModel *model, const QString &objectName,
                                   const QString &name)
{
    auto *box = new QGroupBox(name, parent);
    auto *boxLayout = new QVBoxLayout(box);
    auto *table = new QTableView(box);
    setupRecordTable(table, objectName, name);
    // Row selection would paint over the colours; a cell is also what says which list opens.
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setModel(model);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(false);
    boxLayout->addWidget(table);
    // activated: a double-click, or Enter on the current cell.
    connect(table, &QTableView::activated, this, &DueBoardPage::open);
    return table;
}

void DueBoardPage::setNow(qint64 nowMs)
{
    m_now = nowMs;
    refresh();
}

void DueBoardPage::refresh()
{
    auto board = gd::CaseWorkload(*m_ctx.db).load(m_now);
    if (!board) {
        m_handlerModel->setRows({});
        m_gridModel->setRows({});
        m_summary->setText(board.message());
        m_legend->clear();
        return;
    }
    // The reset loses the current cell; it is found again by the row's id, so the board can
    // refresh under a supervisor's cursor.
    for (QTableView *table : {m_handlerTable, m_gridTable}) {
        auto *model = static_cast<DueBoardModel *>(table->model());
        const QModelIndex current = table->currentIndex();
        const bool had = current.isValid();
        const QString id = had ? current.data(DueBoardModel::IdRole).toString() : QString();
        const int column = had ? current.column() : 0;
        model->setRows(model == m_handlerModel ? board->handlers : board->grids);
        const int row = had ? model->rowOf(id) : -1;
        if (row >= 0)
            table->setCurrentIndex(model->index(row, column));
        table->resizeColumnsToContents();
        // Room for four digits in the counts, whose headers are only two or four characters.
        const int countWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("8888")) + 16;
        const int lastCount = model == m_handlerModel ? DueBoardModel::kLateSignColumn : DueBoardModel::kOverdueColumn;
        for (int c = DueBoardModel::kOpenColumn; c <= lastCount; ++c)
            table->setColumnWidth(c, qMax(table->columnWidth(c), countWidth));
    }
    if (!m_sized && !board->handlers.isEmpty()) {
        // Proportional to what each table needs: a grid line is wider than a handler's.
        auto needed = [](QTableView *table) {
            return table->horizontalHeader()->length() + 2 * table->frameWidth() + 24;
        };
        m_split->setSizes({needed(m_handlerTable), needed(m_gridTable)});
        m_sized = true;
    }
    const gd::WorkloadRow &t = board->total;
    m_summary->setText(tr("At %1: %2 open, %3 due within a working day, %4 overdue, %5 not signed for in time")
                           .arg(gd::cases::timeText(board->nowMs))
                           .arg(t.open)
                           .arg(t.dueSoon)
                           .arg(t.overdue)
                           .arg(t.lateToSign));
    m_callbacks->setText(
        tr("Callbacks waiting: %1 (%2 overdue)").arg(board->callbacksWaiting).arg(board->callbacksOverdue));
    // Red as an overdue handling, amber while they are only waiting.
    m_callbacks->setStyleSheet(board->callbacksOverdue > 0   ? QStringLiteral("color: #a8071a; font-weight: bold;")
                               : board->callbacksWaiting > 0 ? QStringLiteral("color: #7c5800;")
                                                             : QString());
    refreshCare();
    refreshDisputes();
    refreshJointTasks();
    m_legend->setText(tr("Yellow: due by the end of the next working day (%1). Red: past the deadline, or "
                         "dispatched and not signed for in time. Double-click a row, or press Enter, for its cases.")
                          .arg(gd::cases::timeText(board->dueSoonEndMs)));
}

void DueBoardPage::refreshCare()
{
    auto late = gd::CareRegister(*m_ctx.db).lateByWorker(m_now);
    if (!late) {
        m_care->setText(late.message());
        return;
    }
    int total = 0;
    QStringList workers;
    for (const gd::LateCare &w : *late) {
        total += w.late;
        if (w.late > 0)
            workers << tr("%1 %2").arg(w.workerName).arg(w.late);
    }
    // The first few by name on the button, all of them in its tooltip.
    const QString shown = workers.mid(0, 4).join(tr(", ")) + (workers.size() > 4 ? tr(" …") : QString());
    m_care->setText(total == 0 ? tr("Care visits: none late") : tr("Care visits late: %1 (%2)").arg(total).arg(shown));
    m_care->setToolTip(total == 0 ? tr("Every household on the care register was visited within its interval.")
                                  : tr("Late care visits per grid worker: %1").arg(workers.join(tr(", "))));
    m_care->setStyleSheet(total > 0 ? QStringLiteral("color: #a8071a; font-weight: bold;") : QString());
}

void DueBoardPage::refreshDisputes()
{
    auto waiting = gd::DisputeList(*m_ctx.db).awaitingReview();
    if (!waiting) {
        m_disputes->setText(waiting.message());
        return;
    }
    QStringList policeGrids;
    for (const gd::DisputeRow &r : *waiting)
        if (!policeGrids.contains(r.policeGridName))
            policeGrids << (r.policeGridName.isEmpty() ? tr("no police grid") : r.policeGridName);
    m_disputes->setText(waiting->isEmpty() ? tr("High-risk disputes: none to review")
                                           : tr("High-risk disputes to review: %1").arg(waiting->size()));
    m_disputes->setToolTip(
        waiting->isEmpty() ? tr("Every high-risk dispute was reviewed by a supervisor or its police grid's officer.")
                           : tr("Waiting for the review of a supervisor or the paired police officer, by police "
                                "grid: %1. Click for the list.")
                                 .arg(policeGrids.join(tr(", "))));
    m_disputes->setStyleSheet(waiting->isEmpty() ? QString() : QStringLiteral("color: #a8071a; font-weight: bold;"));
}

void DueBoardPage::refreshJointTasks()
{
    gd::JointTaskFilter open;
    open.openOnly = true;
    auto tasks = gd::JointTaskService(*m_ctx.db).list(open);
    if (!tasks) {
        m_jointTasks->setText(tasks.message());
        return;
    }
    const qint64 now = m_now ? m_now : m_ctx.db->nowMs();
    QStringList owners;
    int late = 0;
    for (const gd::JointTask &t : *tasks)
        if (t.dueMs < now) {
            ++late;
            if (!owners.contains(t.ownerName))
                owners << t.ownerName;
        }
    m_jointTasks->setText(late == 0 ? tr("Meeting tasks: %n open, none late", nullptr, int(tasks->size()))
                                    : tr("Meeting tasks late: %1 of %2 open").arg(late).arg(tasks->size()));
    m_jointTasks->setToolTip(
        late == 0 ? tr("Every open task of the joint meetings is within its due day.")
                  : tr("Past their due day, by owner: %1. Click for the open tasks.").arg(owners.join(tr(", "))));
    m_jointTasks->setStyleSheet(late == 0 ? QString() : QStringLiteral("color: #a8071a; font-weight: bold;"));
}

void DueBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DueBoardPage::open(const QModelIndex &index)
{
    const auto *model = static_cast<const DueBoardModel *>(index.model());
    if (!index.isValid() || index.row() >= model->rowCount())
        return;
    bool ok = false;
    const gd::CaseFilter filter =
        gd::CaseWorkload::filterFor(model->rows().at(index.row()), index.data(DueBoardModel::DueRole).toString(), &ok);
    if (ok)
        Q_EMIT openCases(filter);
}

} // namespace gdui
