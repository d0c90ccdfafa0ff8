#include "DisputesPage.h"

#include "DisputeDialog.h"
#include "DisputeLedgerDialog.h"
#include "DisputeListModel.h"
#include "DisputeStepDialog.h"
#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/RecordListView.h"
#include "common/ScopeChoices.h"
#include "disputes/DisputeService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

DisputesPage::DisputesPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("disputesScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_kind = keyFilterCombo(this, tr("Every kind"), gd::disputes::kinds(), gd::disputes::kindName);
    m_risk = keyFilterCombo(this, tr("Every risk"), gd::disputes::risks(), gd::disputes::riskName);
    m_outcome = keyFilterCombo(this, tr("Every outcome"), gd::disputes::outcomes(), gd::disputes::outcomeName);
    m_outcome->setObjectName(QStringLiteral("disputesOutcomeComboBox"));
    addPeriodEdits(this, ctx.db->nowMs(), 3, &m_from, &m_to);
    m_awaiting = new QCheckBox(tr("Only high-risk ones to review"), this);
    m_awaiting->setObjectName(QStringLiteral("disputesAwaitingCheckBox"));
    m_awaiting->setToolTip(tr("A high-risk dispute stays on the due board until a supervisor or the paired police "
                              "officer reviews it; these are shown whenever they were found."));
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_kind, m_risk, m_outcome, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to, m_awaiting})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new DisputeListModel(*ctx.db, this);
    m_table = new QTableView(left);
    setupRecordTable(m_table, QStringLiteral("disputesTable"), tr("Dispute ledger"));
    m_table->setModel(m_model);
    leftLayout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    auto *recordButton = new QPushButton(tr("&Record a dispute…"), left);
    recordButton->setObjectName(QStringLiteral("disputesRecordButton"));
    recordButton->setToolTip(tr("Ctrl+N"));
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("disputesStatusLabel"));
    auto *ledgerButton = new QPushButton(tr("&Ledger…"), left);
    ledgerButton->setObjectName(QStringLiteral("disputesLedgerButton"));
    ledgerButton->setToolTip(tr("The month's ledger as offices file it: print, PDF or Excel (Ctrl+P)"));
    actions->addWidget(recordButton);
    actions->addWidget(ledgerButton);
    actions->addWidget(m_status, 1);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(
        new QLabel(tr("Parties are shown in full only to the grid's worker, its grid head, the paired "
                      "police officer and supervisors; opening a dispute is recorded."),
                   left));

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(right);
    m_detail->setObjectName(QStringLiteral("disputeDetail"));
    rightLayout->addWidget(m_detail, 1);
    auto *steps = new QHBoxLayout;
    m_editButton = new QPushButton(tr("&Change…"), right);
    steps->addWidget(m_editButton);
    static const char *const stepTexts[] = {QT_TR_NOOP("&Session…"), QT_TR_NOOP("&Outcome…"), QT_TR_NOOP("&Follow-up…"),
                                            QT_TR_NOOP("Re&view…")};
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton(tr(stepTexts[i]), right);
        b->setObjectName(QStringLiteral("disputeStepButton%1").arg(i));
        connect(b, &QPushButton::clicked, this, [this, i] { stepSelected(i); });
        steps->addWidget(b);
        m_stepButtons << b;
    }
    steps->addStretch(1);
    rightLayout->addLayout(steps);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    for (QComboBox *c : {m_scope, m_kind, m_risk, m_outcome})
        connect(c, &QComboBox::currentIndexChanged, this, &DisputesPage::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &DisputesPage::refresh);
    connect(m_awaiting, &QCheckBox::toggled, this, &DisputesPage::refresh);
    connect(recordButton, &QPushButton::clicked, this, &DisputesPage::recordDispute);
    const auto openLedger = [this] { DisputeLedgerDialog(m_ctx, m_scope->currentData().toString(), this).exec(); };
    connect(ledgerButton, &QPushButton::clicked, this, openLedger);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, openLedger);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &DisputesPage::recordDispute);
    connect(m_editButton, &QPushButton::clicked, this, &DisputesPage::editSelected);
    connect(m_table, &QTableView::activated, this, &DisputesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisputesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DisputesPage::showSelected);
    // The list follows every change of the file (a merge included), read again when shown.
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QLatin1String("dispute")) || t == QLatin1String("grids") ||
                t == QLatin1String("police_grids")) {
                m_stale = true;
                if (isVisible())
                    QTimer::singleShot(0, this, &DisputesPage::refresh);
                return;
            }
    });
    showSelected();
}

QString DisputesPage::currentId() const
{
    return m_table->currentIndex().data(DisputeListModel::IdRole).toString();
}

void DisputesPage::refresh()
{
    m_stale = false;
    const QString keep = currentId();
    gd::DisputeFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.kind = m_kind->currentData().toString();
    f.risk = m_risk->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.awaitingReview = m_awaiting->isChecked();
    if (!f.awaitingReview) { // the ones waiting are shown whenever they were found
        periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    }
    for (QDateEdit *e : {m_from, m_to})
        e->setEnabled(!f.awaitingReview);
    if (gd::Status s = m_model->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::DisputeList(*m_ctx.db).count(f))
        m_status->setText(tr("%n dispute(s)", nullptr, *n));
    m_table->resizeColumnsToContents();
    select(keep);
}

void DisputesPage::select(const QString &id)
{
    selectRecord(m_table, m_model, id);
    showSelected();
}

void DisputesPage::showSelected()
{
    const QString id = currentId();
    m_editButton->setEnabled(!id.isEmpty());
    for (QPushButton *b : std::as_const(m_stepButtons))
        b->setEnabled(false);
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a dispute in the list, or record one (Ctrl+N).</p>"));
        return;
    }
    gd::DisputeService service(*m_ctx.db);
    auto d = service.open(id);
    if (!d) {
        m_detail->setPlainText(d.message());
        return;
    }
    const bool open = d->outcome == QLatin1String("open");
    m_stepButtons.at(0)->setEnabled(open);
    m_stepButtons.at(1)->setEnabled(open);
    m_stepButtons.at(2)->setEnabled(d->outcome == QLatin1String("settled"));
    m_stepButtons.at(3)->setEnabled(d->risk == QLatin1String("high") && d->reviewedMs == 0 &&
                                    service.mayReview(d->gridId));
    const auto workerName = [this](const QString &id) {
        auto w = gd::WorkerService(*m_ctx.db).worker(id);
        return w ? w->name : QString();
    };
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    QString html = QStringLiteral("<h3>%1 · %2 · %3</h3>")
                       .arg(htmlText(row ? row->gridName : QString()), htmlText(gd::disputes::kindName(d->kind)),
                            htmlText(gd::disputes::riskName(d->risk)));
    const QString fromCase =
        d->caseId.isEmpty() ? QString()
                            : tr(", from request %1").arg(htmlText(gd::CaseService(*m_ctx.db).numberOf(d->caseId)));
    const QString finder = workerName(d->foundBy);
    html += finder.isEmpty()
                ? tr("<p>Found %1 (%2)%3</p>")
                      .arg(gd::cases::timeText(d->foundMs), htmlText(gd::disputes::sourceName(d->source)), fromCase)
                : tr("<p>Found %1 by %2 (%3)%4</p>")
                      .arg(gd::cases::timeText(d->foundMs), htmlText(finder),
                           htmlText(gd::disputes::sourceName(d->source)), fromCase);
    html += service.maySee(d->gridId)
                ? QStringLiteral("<p>%1</p>").arg(htmlText(d->summary))
                : tr("<p><i>The parties are masked and what is written about the dispute is left out: only the "
                     "grid's worker, its grid head, the paired police officer and supervisors see them.</i></p>");
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Parties"));
    for (const gd::DisputeParty &p : d->parties)
        html += QStringLiteral("<li>%1 %2 %3</li>").arg(htmlText(p.name), htmlText(p.phone), htmlText(p.address));
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Mediators"));
    for (const gd::DisputeMediator &m : d->mediators)
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(htmlText(gd::disputes::mediatorKindName(m.kind)),
                         htmlText(m.workerId.isEmpty() ? m.name : workerName(m.workerId)));
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Mediation sessions"));
    const auto sessions = service.sessions(id);
    for (const gd::DisputeSession &s : sessions ? *sessions : QList<gd::DisputeSession>())
        html += QStringLiteral("<li>%1 %2 — %3 %4</li>")
                    .arg(gd::cases::timeText(s.atMs), htmlText(s.place),
                         htmlText(gd::disputes::sessionResultName(s.result)), htmlText(s.note));
    html += QStringLiteral("</ul><h4>%1</h4><p>").arg(tr("Outcome"));
    html += htmlText(gd::disputes::outcomeName(d->outcome));
    if (!open)
        html += QStringLiteral(" %1").arg(gd::cases::timeText(d->outcomeMs));
    if (d->outcome == QLatin1String("referred"))
        html += tr(", to %1").arg(htmlText(gd::disputes::referralTargetName(d->referredTo)));
    html += QStringLiteral("</p>");
    if (!d->agreement.isEmpty())
        html += tr("<p>Agreement: %1</p>").arg(htmlText(d->agreement));
    const auto files = service.files(id);
    for (const gd::DisputeFile &f : files ? *files : QList<gd::DisputeFile>())
        html += tr("<p>Scan kept: %1 (%2 KB)</p>").arg(htmlText(f.name)).arg((f.data.size() + 1023) / 1024);
    if (!d->outcomeNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(d->outcomeNote));
    if (d->followupMs > 0)
        html += tr("<p>Followed up %1: %2</p>").arg(gd::cases::timeText(d->followupMs), htmlText(d->followupNote));
    if (d->risk == QLatin1String("high"))
        html += d->reviewedMs > 0
                    ? tr("<p>Reviewed %1 by %2: %3</p>")
                          .arg(gd::cases::timeText(d->reviewedMs), htmlText(d->reviewedBy), htmlText(d->reviewNote))
                    : tr("<p style='color:#a8071a'><b>High risk: waiting for the review of a "
                         "supervisor or the police grid's officer (%1).</b></p>")
                          .arg(htmlText(row ? row->policeGridName : QString()));
    m_detail->setHtml(html);
}

void DisputesPage::recordDispute()
{
    gd::Dispute d;
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    if (scope.kind == gd::stats::StatsScope::Grid)
        d.gridId = scope.id;
    DisputeDialog dialog(m_ctx, d, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.savedId());
        m_status->setText(tr("The dispute was recorded."));
    }
}

void DisputesPage::editSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    gd::DisputeService service(*m_ctx.db);
    auto d = service.open(id);
    if (!d || !service.maySee(d->gridId)) {
        MessageBox::warning(this, tr("Change the dispute"),
                            d ? tr("Only the grid's worker, its grid head, the paired police officer and supervisors "
                                   "change a dispute's parties.")
                              : d.message());
        return;
    }
    DisputeDialog dialog(m_ctx, *d, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DisputesPage::stepSelected(int step)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    DisputeStepDialog dialog(m_ctx, id, DisputeStepDialog::Step(step), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DisputesPage::showAwaitingReview()
{
    m_scope->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_risk->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_awaiting->setChecked(true);
    refresh();
}

void DisputesPage::showRecords(const gd::DisputeFilter &filter, const QString &title)
{
    m_stale = false; // shown as asked, not read again from the filters when the page appears
    if (gd::Status s = m_model->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::DisputeList(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n dispute(s)", nullptr, *n).arg(title));
    m_table->resizeColumnsToContents();
    showSelected();
}

void DisputesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &DisputesPage::refresh);
}

} // namespace gdui
