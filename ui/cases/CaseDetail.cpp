#include "CaseDetail.h"

#include "CaseActionDialog.h"
#include "CaseSheet.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "cases/CalendarRecompute.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkload.h"
#include "cases/CategoryService.h"
#include "cases/DeadlineRules.h"
#include "cases/Timeliness.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "visits/VisitService.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gdui {

namespace {
QString when(qint64 ms)
{
    return gd::cases::timeText(ms);
}

// What a recount on the official calendar moved, for the timeline's note column.
QString rescheduleText(const gd::workflow::Rescheduling &r, const QString &note)
{
    QStringList parts;
    const std::pair<const char *, qint64> moved[] = {
        {"due", r.dueMs}, {"handler_due", r.handlerDueMs}, {"sign_by", r.signByMs}, {"callback_due", r.callbackDueMs}};
    for (const auto &[field, ms] : moved)
        if (ms != 0)
            parts << CaseDetail::tr("%1 now %2").arg(gd::calendarrecompute::fieldName(QLatin1String(field)), when(ms));
    if (!note.isEmpty())
        parts << note;
    return parts.join(CaseDetail::tr("; "));
}

// Working days and the hours left over: "1 个工作日 5 小时".
QString span(qint64 ms)
{
    return CaseDetail::tr("%n working day(s)", nullptr, gd::ExtensionWait::days(ms)) + QLatin1Char(' ') +
           CaseDetail::tr("%n hour(s)", nullptr, gd::ExtensionWait::hours(ms));
}
} // namespace

CaseDetail::CaseDetail(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("caseDetail"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    QFont f = m_header->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_header->setFont(f);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Apart from the deadlines: the wait is the supervisor's time, not the handler's.
    m_extensionWait = new QLabel(this);
    m_extensionWait->setObjectName(QStringLiteral("extensionWaitLabel"));
    m_extensionWait->setWordWrap(true);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Time"), tr("Action"), tr("By"), tr("Note")});
    m_timeline->header()->setStretchLastSection(true);
    m_actions = new QWidget(this);
    m_actionLayout = new QHBoxLayout(m_actions);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    layout->addWidget(m_extensionWait);
    layout->addWidget(m_actions);
    layout->addWidget(m_timeline, 1);
    showCase({});
}

void CaseDetail::showCase(const QString &caseId)
{
    m_caseId = caseId;
    gd::CaseService service(*m_ctx.db);
    auto c = caseId.isEmpty() ? gd::Result<gd::Case>(gd::Error::make(gd::ErrorKind::NotFound, {}))
                              : service.caseById(caseId);
    m_timeline->clear();
    if (!c) {
        m_header->setText(tr("Choose a case in the list."));
        m_body->clear();
        m_extensionWait->clear();
        m_extensionWait->hide();
        rebuildActions();
        return;
    }
    const bool overdue = gd::timeliness::overdue(c->state, c->dueMs, m_ctx.db->nowMs());
    // A date counted on a year's provisional calendar says so: it moves when the official one comes.
    const gd::WorkCalendar calendar = gd::WorkCalendar::load(*m_ctx.db);
    bool anyProvisional = false;
    auto due = [&](qint64 ms) {
        if (!calendar.isProvisionalDeadline(ms))
            return when(ms);
        anyProvisional = true;
        return tr("%1 (provisional)").arg(when(ms));
    };
    m_header->setText(
        tr("%1 · %2%3").arg(c->number, gd::cases::stateName(c->state), overdue ? tr(" · overdue") : QString()));
    QString handler;
    if (auto w = gd::WorkerService(*m_ctx.db).worker(c->handlerWorkerId))
        handler = QStringLiteral("%1 %2").arg(w->name, w->phone);
    else if (auto u = gd::UnitService(*m_ctx.db).unit(c->handlerUnitId))
        handler = u->name;
    QString grid;
    if (auto g = gd::GridService(*m_ctx.db).grid(c->gridId))
        grid = g->name;
    QStringList lines{
        tr("Category: %1 · %2 · %3")
            .arg(gd::CategoryService(*m_ctx.db).pathName(c->categoryId), gd::cases::channelName(c->channel),
                 gd::cases::urgencyName(c->urgency)),
        tr("Reporter: %1")
            .arg(c->anonymous ? tr("anonymous") : QStringLiteral("%1 %2").arg(c->reporterName, c->reporterPhone)),
        tr("Where: %1 · %2").arg(c->address, grid),
        tr("What happened: %1").arg(c->description),
        tr("Asks for: %1").arg(c->request),
        tr("Received %1 · due %2 · lead %3 · handler %4")
            .arg(when(c->receivedMs), c->dueMs > 0 ? due(c->dueMs) : tr("no deadline"), c->leadName, handler),
        tr("Reports of this matter: %1 · reopened %2 times · supervision: %3 · handled at: %4")
            .arg(c->reportCount)
            .arg(c->reopenCount)
            .arg(gd::workflow::supervisionLevelName(c->supervision), gd::cases::levelName(c->level)),
    };
    if (auto finder = gd::WorkerService(*m_ctx.db).worker(c->foundByWorkerId))
        lines.insert(2, tr("Found on patrol by: %1").arg(finder->name));
    // The visit whose finding this case is (visits/VisitService.h): the other end of the link.
    if (auto visits = gd::VisitService(*m_ctx.db).ofCase(caseId))
        for (const gd::VisitRow &v : *visits)
            lines.insert(3, tr("Found on the %1 of %2 at %3, %4")
                                .arg(gd::visits::kindName(v.kind), v.workerName, when(v.atMs), v.place));
    // The handler's own clock starts at the dispatch; signing for it has a limit of its own.
    if (c->handlerDueMs > 0)
        lines << tr("Handler's deadline (from the dispatch): %1").arg(due(c->handlerDueMs));
    if (c->callbackDueMs > 0)
        lines << (c->callbackDueMs < m_ctx.db->nowMs()
                      ? tr("Not called back by %1: the callback is overdue.").arg(due(c->callbackDueMs))
                      : tr("Call the resident back by %1.").arg(due(c->callbackDueMs)));
    if (c->signByMs > 0)
        lines << (c->signByMs < m_ctx.db->nowMs()
                      ? tr("Not signed for by %1: the handler is late to take the case.").arg(due(c->signByMs))
                      : tr("The handler signs for it by %1.").arg(due(c->signByMs)));
    const gd::Result<QList<gd::CaseEvent>> events = service.timeline(caseId);
    if (!events)
        lines << events.message();
    // Which moves stand: those of a branch another office's concurrent actions overrode do not.
    const gd::workflow::Folded folded = gd::workflow::fold(*c, events ? events.value() : QList<gd::CaseEvent>());
    // Each attached report is answered on its own before the case is archived.
    if (const int unanswered = folded.unansweredReports(); unanswered > 0 && !gd::workflow::isOpen(c->state))
        lines << tr("Attached reports without a reply: %n; reply to each before archiving.", nullptr, unanswered);
    // How the callback ended, and the calls that reached nobody while it waits.
    if (!c->callbackResult.isEmpty())
        lines << tr("Callback: %1").arg(gd::workflow::callbackResultName(c->callbackResult));
    if (c->state == QLatin1String("completed") && folded.callbackTries > 0)
        lines << tr("Calls not answered so far: %n; the office closes a callback as unreachable after %1.", nullptr,
                    folded.callbackTries)
                     .arg(gd::DeadlineRules::load(*m_ctx.db).callbackTries);
    // A repeat found on import: the other case by its number, and where the decision stands.
    if (!c->repeatReview.isEmpty()) {
        const QString other = service.numberOf(c->repeatOf);
        if (c->state == QLatin1String("merged"))
            lines << tr("Merged into %1 as one of its reports: that case answers this resident. Splitting the report "
                        "out of %1 makes this a case of its own again.")
                         .arg(other);
        else if (c->repeatReview == QLatin1String("pending"))
            lines << tr("May repeat %1: waiting for a decision in Suspected repeats (Ctrl+Shift+R).").arg(other);
        else if (c->repeatReview == QLatin1String("rejected"))
            lines << tr("Not a repeat of %1: kept apart.").arg(other);
    }
    if (anyProvisional)
        lines << tr("A date marked provisional falls in a year whose official holidays are not imported yet; it is "
                    "counted again, and the timeline says so, when they are.");
    if (c->branches > 0)
        lines << tr("Concurrent actions: %n time(s) another office acted on this case from the same state; the "
                    "greyed actions do not count until a supervisor settles it.",
                    nullptr, c->branches);
    m_body->setText(lines.join(QLatin1Char('\n')));
    showExtensionWait();
    for (const gd::CaseEvent &e : events ? events.value() : QList<gd::CaseEvent>()) {
        QString note = e.note;
        if (const auto *r = std::get_if<gd::workflow::AttachedReport>(&e.payload)) {
            note = tr("%1 %2 via %3: %4")
                       .arg(r->reporterName, r->reporterPhone, gd::cases::channelName(r->channel), r->description);
            if (!r->fromCaseId.isEmpty())
                note = tr("Case %1 merged in: %2").arg(service.numberOf(r->fromCaseId), note);
        }
        // What an action decided about the deadlines shows beside its name.
        QString action = gd::workflow::actionName(e.action);
        if (const auto *x = std::get_if<gd::workflow::ExtensionRequest>(&e.payload); x && x->late)
            action = tr("%1 (after the deadline)").arg(action);
        if (const auto *r = std::get_if<gd::workflow::Reopening>(&e.payload); r && r->dueMs > 0)
            action = tr("%1, new deadline %2").arg(action, when(r->dueMs));
        if (const auto *r = std::get_if<gd::workflow::Rescheduling>(&e.payload))
            note = rescheduleText(*r, note);
        if (const QString outcome = gd::workflow::outcomeText(e.payload); !outcome.isEmpty())
            action = tr("%1 · %2").arg(action, outcome);
        if (const auto *link = std::get_if<gd::workflow::RepeatLink>(&e.payload))
            action = tr("%1 · %2").arg(action, service.numberOf(link->caseId));
        auto *item = new QTreeWidgetItem(
            m_timeline, {when(e.atMs), action, e.operatorName.isEmpty() ? e.operatorLogin : e.operatorName, note});
        item->setData(0, Qt::UserRole, e.id);
        item->setData(1, Qt::UserRole, int(e.action));
        if (folded.overridden.contains(e.id)) {
            const QString why = tr("Does not count: another office's concurrent action stands instead.");
            for (int column = 0; column < item->columnCount(); ++column) {
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(column, why);
            }
        }
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    rebuildActions();
}

QString CaseDetail::bodyText() const
{
    return m_body->text();
}

void CaseDetail::showExtensionWait()
{
    auto wait = gd::CaseWorkload(*m_ctx.db).extensionWait(m_caseId);
    if (wait && wait->requests == 0) {
        m_extensionWait->clear();
        m_extensionWait->hide();
        return;
    }
    QString text;
    if (!wait)
        text = tr("Waiting for extension decisions: %1").arg(wait.message());
    else if (!wait->pending)
        text = tr("Waited for extension decisions: %1").arg(span(wait->workingMs));
    else if (wait->requests == 1)
        text = tr("Extension decision pending, waited %1 so far").arg(span(wait->pendingWorkingMs));
    else
        text = tr("Extension decision pending, waited %1 so far (all requests: %2)")
                   .arg(span(wait->pendingWorkingMs), span(wait->workingMs));
    m_extensionWait->setText(text);
    // A pending request is the supervisor's to act on: amber, as soon-due cases on the due board.
    m_extensionWait->setStyleSheet(wait && wait->pending ? QStringLiteral("color: #7c5800;") : QString());
    m_extensionWait->setToolTip(tr("Counted on working days only, from each extension request to its decision."));
    m_extensionWait->show();
}

QList<gd::workflow::Action> CaseDetail::offeredActions() const
{
    return m_offered;
}

void CaseDetail::rebuildActions()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_offered.clear();
    gd::CaseService service(*m_ctx.db);
    auto c = service.caseById(m_caseId);
    if (!c)
        return;
    const gd::Result<QList<gd::CaseEvent>> events = service.timeline(m_caseId);
    if (!events)
        return; // no action is offered on a case whose timeline cannot be read
    const gd::workflow::Folded f = gd::workflow::fold(*c, events.value());
    // Offer what the rules allow now; the details are checked when the dialog is filled.
    m_offered = service.offeredActions(f);
    for (const gd::workflow::Action action : m_offered) {
        auto *b = new QPushButton(gd::workflow::actionName(action), m_actions);
        b->setObjectName(gd::workflow::keyText(action) + QStringLiteral("ActionButton"));
        connect(b, &QPushButton::clicked, this, [this, action] { askAction(action); });
        m_actionLayout->addWidget(b);
    }
    auto *split = new QPushButton(tr("Split report out"), m_actions);
    split->setObjectName(QStringLiteral("splitReportButton"));
    split->setToolTip(tr("Make the selected report in the timeline a case of its own"));
    split->setEnabled(c->reportCount > 1);
    connect(split, &QPushButton::clicked, this, &CaseDetail::splitSelectedReport);
    auto *pdf = new QPushButton(tr("Case sheet (PDF)…"), m_actions);
    pdf->setObjectName(QStringLiteral("caseSheetButton"));
    connect(pdf, &QPushButton::clicked, this, &CaseDetail::savePdf);
    m_actionLayout->addStretch();
    m_actionLayout->addWidget(split);
    m_actionLayout->addWidget(pdf);
}

bool CaseDetail::runAction(const gd::workflow::Step &step)
{
    auto r = gd::CaseService(*m_ctx.db).act(m_caseId, step);
    if (!r) {
        MessageBox::warning(this, gd::workflow::actionName(step.action), r.message());
        return false;
    }
    showCase(m_caseId);
    Q_EMIT caseChanged(m_caseId);
    return true;
}

void CaseDetail::askAction(gd::workflow::Action action)
{
    CaseActionDialog dialog(*m_ctx.db, action, m_caseId, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto r = gd::CaseService(*m_ctx.db).act(m_caseId, dialog.step());
        if (r) {
            showCase(m_caseId);
            Q_EMIT caseChanged(m_caseId);
            return;
        }
        dialog.errors().report(&dialog, r.error());
    }
}

void CaseDetail::splitSelectedReport()
{
    QTreeWidgetItem *item = m_timeline->currentItem();
    if (!item || item->data(1, Qt::UserRole).toInt() != int(gd::workflow::Action::Report)) {
        MessageBox::information(this, tr("Split report out"), tr("First choose a report in the timeline."));
        return;
    }
    gd::CaseService service(*m_ctx.db);
    auto id = service.splitReport(m_caseId, item->data(0, Qt::UserRole).toString());
    if (!id) {
        MessageBox::warning(this, tr("Split report out"), id.message());
        return;
    }
    MessageBox::information(this, tr("Split report out"),
                            tr("The report is now case %1.").arg(service.numberOf(id.value())));
    showCase(m_caseId);
    Q_EMIT caseChanged(m_caseId);
}

void CaseDetail::savePdf()
{
    auto c = gd::CaseService(*m_ctx.db).caseById(m_caseId);
    if (!c)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the case sheet"),
                                                      c->number + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    // The reporter's phone is masked on paper; an administrator may ask for it whole, on the record.
    const bool full =
        gd::roleAllows(m_ctx.db->actor().role, gd::Permission::ExportPersonalData) &&
        MessageBox::question(this, tr("Case sheet"),
                             tr("Print the reporter's phone number in full? This is recorded in the audit log. "
                                "Without it the sheet shows the number masked (138****1234)."));
    QString error;
    if (!writeCaseSheetPdf(*m_ctx.db, m_caseId, file, &error, full))
        MessageBox::warning(this, tr("Case sheet"), error);
}

} // namespace gdui
