#include "ReviewPage.h"

#include "AppealsDialog.h"
#include "ReviewSheetModel.h"
#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "rating/Appeals.h"
#include "rating/ReviewScope.h"
#include "rating/ReviewSettings.h"
#include "storage/Database.h"
#include "training/TrainingDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gdui {

ReviewPage::ReviewPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("reviewMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setAccessibleName(tr("Month"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.db->nowMs(), QTimeZone(8 * 3600)).date();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_submit = new QPushButton(tr("&Submit"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    // Approving is not on the undo stack: the month is locked and the stars move for every office.
    m_approve->setToolTip(tr("Approve the month (Ctrl+Shift+A): it is locked and the stars move. Ctrl+Z does not take "
                             "this back; a supervisor reopens the newest approved month, with a reason."));
    m_reopen = new QPushButton(tr("&Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_appeals = new QPushButton(tr("Notice and app&eals…"), this);
    m_appeals->setObjectName(QStringLiteral("appealsButton"));
    m_appeals->setToolTip(tr("The month's public notice: record a worker's appeal, answer it."));
    m_training = new QPushButton(tr("Record &training…"), this);
    m_training->setObjectName(QStringLiteral("trainingButton"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("reviewOrder"));
    m_order->addItem(tr("By community and grid"), gd::rating::sheetOrderKey(gd::rating::SheetOrder::Place));
    m_order->addItem(tr("By name (pinyin)"), gd::rating::sheetOrderKey(gd::rating::SheetOrder::Name));
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_order);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addSpacing(12);
    top->addWidget(orderLabel);
    top->addWidget(m_order);
    top->addSpacing(12);
    top->addWidget(m_state, 1);
    top->addWidget(m_training);
    top->addWidget(m_submit);
    top->addWidget(m_appeals);
    top->addWidget(m_approve);
    top->addWidget(m_reopen);
    layout->addLayout(top);
    auto *tools = new QHBoxLayout;
    m_settings = new QPushButton(tr("Review se&ttings…"), this);
    m_items = new QPushButton(tr("Review &items…"), this);
    m_charts = new QPushButton(tr("C&harts…"), this);
    m_year = new QPushButton(tr("The &year…"), this);
    m_output = new QPushButton(tr("&Print and export"), this);
    m_output->setObjectName(QStringLiteral("outputButton"));
    auto *menu = new QMenu(m_output);
    menu->addAction(tr("Print the result sheet…"), QKeySequence::Print, this, &ReviewPage::previewResultSheet);
    menu->addAction(tr("Print the statements (the selected worker's, or everyone's)…"), this,
                    &ReviewPage::previewStatements);
    menu->addSeparator();
    menu->addAction(tr("Save the result sheet as PDF…"), this, [this] {
        if (const QString f =
                askSaveName(tr("Save the result sheet"), tr("star-review-%1.pdf"), tr("PDF (*.pdf)"), m_model->month());
            !f.isEmpty())
            writeResultSheetPdf(f);
    });
    menu->addAction(tr("Save the statements as PDF…"), this, [this] {
        if (const QString f = askSaveName(tr("Save the statements"), tr("star-statements-%1.pdf"), tr("PDF (*.pdf)"),
                                          m_model->month());
            !f.isEmpty())
            writeStatementsPdf(f);
    });
    menu->addAction(tr("Export the sheet and payouts to Excel…"), this, [this] {
        if (const QString f = askSaveName(tr("Export the review"), tr("star-review-%1.xlsx"),
                                          tr("Excel workbook (*.xlsx)"), m_model->month());
            !f.isEmpty())
            exportXlsx(f);
    });
    m_output->setMenu(menu);
    // The menu's shortcut works without opening it.
    addActions(menu->actions());
    tools->addWidget(m_settings);
    tools->addWidget(m_items);
    tools->addWidget(m_charts);
    tools->addWidget(m_year);
    tools->addStretch(1);
    tools->addWidget(m_output);
    layout->addLayout(tools);
    connect(m_settings, &QPushButton::clicked, this, &ReviewPage::openSettings);
    connect(m_items, &QPushButton::clicked, this, &ReviewPage::openItems);
    connect(m_charts, &QPushButton::clicked, this, &ReviewPage::openCharts);
    connect(m_year, &QPushButton::clicked, this, &ReviewPage::openYear);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new ReviewSheetModel(*ctx.db, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("The month's review sheet"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(72);
    m_explanation = new QTextBrowser(split);
    m_explanation->setObjectName(QStringLiteral("reviewExplanation"));
    m_explanation->setAccessibleName(tr("Why"));
    split->addWidget(m_table);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &ReviewPage::refresh);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOrder(
            gd::rating::sheetOrderFromKey(m_order->currentData().toString()).value_or(gd::rating::SheetOrder::Place));
        refresh();
    });
    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::submit);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approve);
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopen(); });
    connect(m_appeals, &QPushButton::clicked, this, [this] {
        AppealsDialog dialog(*m_ctx.db, m_model->month(), selectedWorkerId(), selectedWorkerName(), this);
        dialog.exec();
        refresh(); // the approve button waits for the answers
    });
    connect(m_training, &QPushButton::clicked, this, [this] {
        TrainingDialog dialog(*m_ctx.db, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh(); // the month's training item counts it
    });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, this, &ReviewPage::submit,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, this, &ReviewPage::approve,
                  Qt::WidgetWithChildrenShortcut);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ReviewPage::showCasesBehind);
    connect(m_table, &QTableView::activated, this, &ReviewPage::showCasesBehind);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPage::showSelected);
    connect(m_model, &ReviewSheetModel::refused, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Monthly review"), message); });
    connect(ctx.db, &gd::Database::actorChanged, this, &ReviewPage::updateActions);
    refresh();
}

void ReviewPage::showMonth(const QString &month)
{
    m_month->setDate(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
    refresh();
}

void ReviewPage::refresh()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    if (!m_model->load(month))
        m_state->setText(m_model->error());
    const gd::rating::MonthStatus &st = m_model->status();
    QString state;
    switch (st.state) {
    case gd::rating::MonthState::Draft: state = tr("Draft"); break;
    case gd::rating::MonthState::Submitted: state = tr("Submitted by %1").arg(st.submittedBy); break;
    case gd::rating::MonthState::Approved:
        state = tr("Approved by %1 on %2, locked")
                    .arg(st.approvedBy, QDateTime::fromMSecsSinceEpoch(st.approvedMs, QTimeZone(8 * 3600))
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    }
    if (st.reopenCount > 0)
        state += QStringLiteral(" · ") + tr("reopened %n time(s): %1", nullptr, st.reopenCount).arg(st.note);
    int moving = 0;
    for (const gd::rating::SheetRow &r : m_model->sheet().rows)
        moving += r.decision.to != r.star ? 1 : 0;
    state = tr("%1 · %2 workers, %3 change star").arg(state).arg(m_model->rowCount()).arg(moving);
    // Which promotion period the month belongs to, so nobody waits for stars that move later.
    const gd::rating::ReviewPeriod period =
        gd::rating::periodOf(m_model->sheet().month, gd::rating::ReviewRules::load(*m_ctx.db).stars.cadence);
    state += QStringLiteral(" · ") + (period.closes
                                          ? tr("closes %1: stars move").arg(period.name)
                                          : tr("counts toward %1; stars move in %2").arg(period.name, period.last));
    if (m_model->status().state == gd::rating::MonthState::Submitted)
        if (auto ends = gd::rating::noticeEnds(*m_ctx.db, m_model->status()); ends && m_ctx.db->nowMs() < *ends)
            state +=
                QStringLiteral(" · ") +
                tr("on public notice until %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(*ends, QTimeZone(8 * 3600)).toString(QStringLiteral("MM-dd")));
    if (!m_model->sheet().scopeName.isEmpty())
        state += QStringLiteral(" · ") + m_model->sheet().scopeName;
    // Another office approved the same workers' month: say so where the supervisor looks.
    if (auto overlaps = gd::rating::overlappingApprovals(*m_ctx.db))
        for (const gd::rating::ApprovalOverlap &o : std::as_const(*overlaps))
            if (o.month == m_model->sheet().month)
                state += QStringLiteral(" · ") +
                         tr("approved by %n office(s) for the same workers: the one that should not review them "
                            "reopens its month",
                            nullptr, int(o.approvals.size()));
    if (const int unsettled = unsettledCases())
        state += QStringLiteral(" · ") + tr("%n counted case(s) with unsettled concurrent actions", nullptr, unsettled);
    m_state->setText(state);
    m_table->resizeColumnToContents(0);
    updateActions();
    showSelected();
}

void ReviewPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_explanation->setPlainText(tr("Choose a worker to see how the month was scored and why the star moves "
                                       "or stays."));
        return;
    }
    const gd::rating::SheetRow r = m_model->row(current.row());
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                       .arg(r.name.toHtmlEscaped(), r.decision.explanation.toHtmlEscaped());
    for (const gd::rating::RatingItem &item : m_model->sheet().items) {
        const gd::rating::SheetValue v = r.values.value(item.code);
        const QString of = gd::rating::maximumText(item);
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                    .arg(item.name.toHtmlEscaped(), gd::rating::valueText(item, v),
                         of.isEmpty() ? QString() : QStringLiteral("/ ") + of);
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td><td></td></tr></table>")
                .arg(tr("Total").toHtmlEscaped(), QString::number(r.total, 'f', 1));
    if (auto history = gd::rating::starHistory(*m_ctx.db, r.workerId); history && !history->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Star history").toHtmlEscaped());
        for (const gd::rating::StarChange &c : *history)
            html += QStringLiteral("<li>%1: %2 → %3</li>")
                        .arg(c.month, gd::rating::starName(c.from).toHtmlEscaped(),
                             gd::rating::starName(c.to).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_explanation->setHtml(html);
}

QString ReviewPage::selectedWorkerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->sheet().rows.size()
               ? m_model->sheet().rows.at(current.row()).workerId
               : QString();
}

QString ReviewPage::selectedWorkerName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->sheet().rows.size()
               ? m_model->sheet().rows.at(current.row()).name
               : QString();
}

void ReviewPage::updateActions()
{
    const gd::Actor &a = m_ctx.db->actor();
    const gd::rating::MonthState state = m_model->status().state;
    const bool scorer = a.signedIn && gd::roleAllows(a.role, gd::Permission::ScoreReviews);
    const bool supervisor = a.signedIn && gd::roleAllows(a.role, gd::Permission::ApproveReviews);
    m_submit->setEnabled(scorer && state == gd::rating::MonthState::Draft);
    m_training->setEnabled(scorer);
    m_appeals->setEnabled(state != gd::rating::MonthState::Draft); // posted once submitted
    // Why not now, on the button itself: a draft, a month not over, or the supervisor who submitted it.
    const gd::Error refused = supervisor && state != gd::rating::MonthState::Approved
                                  ? gd::rating::approvalRefused(*m_ctx.db, m_model->month(), m_model->status())
                                  : gd::Error();
    m_approve->setEnabled(supervisor && state != gd::rating::MonthState::Approved && !refused.isError());
    m_reopen->setEnabled(supervisor && state == gd::rating::MonthState::Approved);
    m_approve->setToolTip(!supervisor         ? tr("Only a supervisor approves the review.")
                          : refused.isError() ? refused.message
                                              : tr("Ctrl+Shift+A"));
}

QStandardItemModel *ReviewPage::casesBehind(const QModelIndex &index, QObject *parent) const
{
    const gd::rating::RatingItem *item = m_model->itemAt(index.column());
    if (!index.isValid() || !item || item->kind != QLatin1String("cases"))
        return nullptr;
    const gd::rating::SheetRow row = m_model->row(index.row());
    auto cases = gd::rating::casesBehind(*m_ctx.db, m_model->month(), row.workerId, *item);
    if (!cases)
        return nullptr;
    auto *model = new QStandardItemModel(0, 8, parent);
    model->setHorizontalHeaderLabels({tr("Case"), tr("Received"), tr("Completed"), tr("Due"), tr("On time"),
                                      tr("Satisfaction"), tr("Concurrent actions"), tr("What happened")});
    auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      : QString();
    };
    for (const gd::rating::CountedCase &c : *cases) {
        const QString satisfaction = c.satisfaction == QLatin1String("satisfied") ? tr("Satisfied")
                                     : c.satisfaction == QLatin1String("basic")   ? tr("Basically satisfied")
                                     : c.satisfaction.isEmpty()                   ? QString()
                                                                                  : tr("Dissatisfied");
        QList<QStandardItem *> items;
        for (const QString &text : {c.number, time(c.receivedMs), time(c.completedMs), time(c.dueMs),
                                    c.completedMs > 0 ? (c.onTime ? tr("Yes") : tr("No")) : QString(), satisfaction,
                                    c.unsettled ? tr("Not settled") : QString(), c.description.left(60)}) {
            auto *cell = new QStandardItem(text);
            cell->setEditable(false);
            items << cell;
        }
        model->appendRow(items);
    }
    return model;
}

void ReviewPage::showCasesBehind(const QModelIndex &index)
{
    QDialog dialog(this);
    QStandardItemModel *model = casesBehind(index, &dialog);
    if (!model)
        return;
    const gd::rating::RatingItem *item = m_model->itemAt(index.column());
    dialog.setWindowTitle(tr("%1 — %2, %3: %n case(s)", nullptr, model->rowCount())
                              .arg(item->name, m_model->row(index.row()).name, m_model->month()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QTableView(&dialog);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->resizeColumnsToContents();
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 420);
    dialog.exec();
}

bool ReviewPage::submit()
{
    if (const gd::Status s = gd::rating::submitMonth(*m_ctx.db, m_model->month()); !s) {
        MessageBox::warning(this, tr("Monthly review"), s.message());
        return false;
    }
    refresh();
    return true;
}

int ReviewPage::unsettledCases() const
{
    int n = 0;
    for (const gd::rating::SheetRow &r : m_model->sheet().rows)
        n += r.unsettled;
    return n;
}

bool ReviewPage::approve()
{
    // Approving freezes the numbers: a settlement after it no longer changes them.
    if (const int unsettled = unsettledCases();
        unsettled &&
        !MessageBox::question(this, tr("Monthly review"),
                              tr("%n case(s) counted this month have concurrent actions from two offices "
                                 "that no supervisor has settled (Exchange → Concurrent actions and keys). Settling "
                                 "one may change what it counts for, and an approved month keeps its "
                                 "numbers. Approve %1 anyway?",
                                 nullptr, unsettled)
                                  .arg(m_model->month())))
        return false;
    // A typed-in column nobody filled is most often forgotten, not zero for everyone.
    if (!m_model->sheet().emptyTyped.isEmpty() &&
        !MessageBox::question(this, tr("Monthly review"),
                              tr("Nobody has a value in %1 this month: they count 0 for every "
                                 "worker. Approve %2 anyway?")
                                  .arg(gd::rating::emptyTypedText(m_model->sheet()), m_model->month())))
        return false;
    auto approved = gd::rating::approveMonth(*m_ctx.db, m_model->month());
    if (!approved) {
        MessageBox::warning(this, tr("Monthly review"), approved.message());
        return false;
    }
    refresh();
    return true;
}

bool ReviewPage::reopen(const QString &given)
{
    QString reason = given;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reopen the month"), tr("Why is %1 reopened?").arg(m_model->month()),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    if (const gd::Status s = gd::rating::reopenMonth(*m_ctx.db, m_model->month(), reason); !s) {
        MessageBox::warning(this, tr("Monthly review"), s.message());
        return false;
    }
    refresh();
    return true;
}

} // namespace gdui
