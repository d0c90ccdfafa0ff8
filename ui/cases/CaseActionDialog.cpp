#include "CaseActionDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "cases/DeadlineRules.h"
#include "cases/Workflow.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/NotUndoable.h"
#include "exchange/CaseBranchings.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace gdui {

CaseActionDialog::CaseActionDialog(gd::Database &db, gd::workflow::Action action, const QString &caseId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    namespace wf = gd::workflow;
    setWindowTitle(wf::actionName(action));
    auto *form = new QFormLayout(this);
    // The rows are the details the action takes (core's emptyPayload), so a new action's
    // details are asked for wherever core says.
    const wf::Payload kind = wf::emptyPayload(action);
    if (std::holds_alternative<wf::Handler>(kind)) {
        m_worker = new QComboBox(this);
        m_worker->setObjectName(QStringLiteral("actionWorkerComboBox"));
        makeSearchable(m_worker);
        QList<Choice> workers;
        gd::WorkerService people(db);
        for (const char *kind : {"full_time", "part_time", "grid_head"})
            for (const gd::Worker &w : people.ofKind(QString::fromLatin1(kind)))
                workers << Choice{w.id, QStringLiteral("%1  %2").arg(w.name, w.phone)};
        fillChoices(m_worker, workers, tr("(no worker)"));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("actionUnitComboBox"));
        makeSearchable(m_unit);
        QList<Choice> units;
        for (const gd::Unit &u : gd::UnitService(db).units())
            if (u.active)
                units << Choice{u.id, u.name};
        fillChoices(m_unit, units, tr("(no unit)"));
        addFormRow(form, m_errors, tr("Grid &worker:"), m_worker, QStringLiteral("handler"));
        addFormRow(form, m_errors, tr("or &unit:"), m_unit, QStringLiteral("handler_unit"));
        if (action == wf::Action::RouteUp || action == wf::Action::RouteDown) {
            // The tiers above (or below) the one the case is at now, the nearest first.
            auto c = gd::CaseService(db).caseById(caseId);
            const QStringList tiers = gd::cases::levels();
            const int at = c ? qMax(0, int(tiers.indexOf(c->level))) : 0;
            m_tier = new QComboBox(this);
            m_tier->setObjectName(QStringLiteral("actionTierComboBox"));
            const bool up = action == wf::Action::RouteUp;
            for (int i = up ? at + 1 : at - 1; up ? i < tiers.size() : i >= 0; i += up ? 1 : -1)
                m_tier->addItem(gd::cases::levelName(tiers.at(i)), tiers.at(i));
            addFormRow(form, m_errors, tr("&Tier:"), m_tier, QStringLiteral("tier"));
        }
    }
    if (std::holds_alternative<wf::ReturnReason>(kind)) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("actionReasonComboBox"));
        for (const QString &r : gd::workflow::returnReasons())
            m_reason->addItem(gd::workflow::returnReasonName(r), r);
        addFormRow(form, m_errors, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    }
    if (std::holds_alternative<wf::ExtensionRequest>(kind)) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("actionDaysSpinBox"));
        // The office's limit (Case rules), so the desk cannot ask for what will be refused.
        const int most = qMax(1, gd::DeadlineRules::load(db).extensionMaxDays);
        m_days->setRange(1, most);
        m_days->setValue(qMin(5, most));
        m_days->setSuffix(tr(" working days"));
        addFormRow(form, m_errors, tr("&Days:"), m_days, QStringLiteral("days"));
    }
    if (std::holds_alternative<wf::Supervision>(kind)) {
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("actionLevelComboBox"));
        for (const QString &level : wf::supervisionLevels())
            m_level->addItem(wf::supervisionLevelName(level), level);
        addFormRow(form, m_errors, tr("&Level:"), m_level, QStringLiteral("level"));
    }
    if (std::holds_alternative<wf::CallbackOutcome>(kind)) {
        m_result = new QComboBox(this);
        m_result->setObjectName(QStringLiteral("actionResultComboBox"));
        for (const QString &r : wf::callbackResults())
            m_result->addItem(wf::callbackResultName(r), r);
        m_result->setToolTip(tr("Unreachable closes the callback after the office's tries; record each call that "
                                "reaches nobody with \"%1\" first.")
                                 .arg(wf::actionName(wf::Action::CallbackTry)));
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("actionSatisfactionComboBox"));
        for (const QString &s : gd::cases::satisfactions())
            m_satisfaction->addItem(gd::cases::satisfactionName(s), s);
        m_solved = new QCheckBox(tr("The matter is solved"), this);
        m_solved->setObjectName(QStringLiteral("actionSolvedCheckBox"));
        m_solved->setChecked(true);
        m_notNeeded = new QComboBox(this);
        m_notNeeded->setObjectName(QStringLiteral("actionNotNeededComboBox"));
        for (const QString &r : wf::notNeededReasons())
            m_notNeeded->addItem(wf::notNeededReasonName(r), r);
        addFormRow(form, m_errors, tr("&Result:"), m_result, QStringLiteral("result"));
        addFormRow(form, m_errors, tr("&Satisfaction:"), m_satisfaction, QStringLiteral("satisfaction"));
        form->addRow(QString(), m_solved);
        m_errors.bind(QStringLiteral("solved"), m_solved);
        addFormRow(form, m_errors, tr("&Why not needed:"), m_notNeeded, QStringLiteral("reason"));
        connect(m_result, &QComboBox::currentIndexChanged, this, &CaseActionDialog::followResult);
        followResult();
    }
    if (action == wf::Action::AnswerReport || action == wf::Action::CallbackReport ||
        action == wf::Action::CallbackTry) {
        // The reports still in the case: to reply, those without a reply first; to call back, the
        // answered ones; a call that reached nobody is also the case's own resident's while the case
        // waits for its callback.
        m_report = new QComboBox(this);
        m_report->setObjectName(QStringLiteral("actionReportComboBox"));
        gd::CaseService service(db);
        auto c = service.caseById(caseId);
        auto events = service.timeline(caseId);
        if (c && events) {
            const wf::Folded f = wf::fold(*c, events.value());
            for (const gd::CaseEvent &e : events.value()) {
                const auto *r = std::get_if<wf::AttachedReport>(&e.payload);
                if (!r || !f.reports.contains(e.id))
                    continue;
                const bool answered = f.reports.value(e.id).answered;
                if (action != wf::Action::AnswerReport && !answered)
                    continue;
                const QString who =
                    r->anonymous ? tr("anonymous") : r->reporterName + QLatin1Char(' ') + r->reporterPhone;
                const QString text =
                    tr("%1 · %2 · %3%4")
                        .arg(gd::cases::timeText(r->receivedMs), who, gd::cases::channelName(r->channel),
                             r->hotlineOrder.isEmpty() ? QString() : QStringLiteral(" · ") + r->hotlineOrder);
                if (answered && action == wf::Action::AnswerReport)
                    m_report->addItem(tr("%1 (replied)").arg(text), e.id);
                else
                    m_report->insertItem(answered ? m_report->count() : 0, text, e.id);
            }
            if (action == wf::Action::CallbackTry && c->state == QLatin1String("completed"))
                m_report->insertItem(0, tr("The case's own resident"), QString());
            m_report->setCurrentIndex(0);
        }
        addFormRow(form, m_errors, tr("Re&port:"), m_report, QStringLiteral("report"));
    }
    if (std::holds_alternative<wf::Redirection>(kind)) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("actionTargetComboBox"));
        for (const QString &t : wf::redirectTargets())
            m_target->addItem(wf::redirectTargetName(t), t);
        addFormRow(form, m_errors, tr("&Guided to:"), m_target, QStringLiteral("target"));
    }
    if (std::holds_alternative<wf::ExtensionDecision>(kind)) {
        m_approved = new QCheckBox(tr("Approve the extension"), this);
        m_approved->setObjectName(QStringLiteral("actionApprovedCheckBox"));
        m_approved->setChecked(true);
        form->addRow(QString(), m_approved);
    }
    if (std::holds_alternative<wf::BranchChoice>(kind)) {
        // Each waiting branching's branches, by their first action, office, who and when.
        m_branch = new QComboBox(this);
        m_branch->setObjectName(QStringLiteral("actionBranchComboBox"));
        if (auto branchings = gd::exchange::caseBranchings(db, caseId))
            for (const gd::exchange::CaseBranching &b : *branchings)
                for (const gd::exchange::BranchHead &h : b.heads)
                    m_branch->addItem(
                        tr("%1 · %2 · %3 · %4")
                            .arg(wf::actionName(h.action), h.office, h.operatorName, gd::cases::timeText(h.atMs)),
                        QStringList{b.after, h.eventId});
        addFormRow(form, m_errors, tr("&Branch that stands:"), m_branch, QStringLiteral("keep"));
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("actionNoteTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4 + 12);
    addFormRow(form, m_errors, tr("&Note:"), m_note, QStringLiteral("note"));
    form->addRow(notUndoableNote(wf::takenBackBy(action), this));
    addOkCancel(this, form);
    setMinimumWidth(440);
}

void CaseActionDialog::followResult()
{
    const QString result = m_result->currentData().toString();
    const bool reached = result == QLatin1String("reached");
    m_satisfaction->setEnabled(reached);
    m_solved->setEnabled(reached);
    m_notNeeded->setEnabled(result == QLatin1String("not_needed"));
}

gd::workflow::Step CaseActionDialog::step() const
{
    namespace wf = gd::workflow;
    wf::Step step{m_action, m_note->toPlainText().trimmed(), wf::emptyPayload(m_action)};
    if (auto *h = std::get_if<wf::Handler>(&step.payload)) {
        h->workerId = chosenId(m_worker);
        h->unitId = chosenId(m_unit);
        if (m_tier)
            h->level = m_tier->currentData().toString();
    } else if (auto *r = std::get_if<wf::ReturnReason>(&step.payload)) {
        r->reason = m_reason->currentData().toString();
    } else if (auto *x = std::get_if<wf::ExtensionRequest>(&step.payload)) {
        x->days = m_days->value();
    } else if (auto *l = std::get_if<wf::Supervision>(&step.payload)) {
        l->level = m_level->currentData().toString();
    } else if (auto *o = std::get_if<wf::CallbackOutcome>(&step.payload)) {
        o->result = m_result->currentData().toString();
        // Only a resident who was reached rated anything; the others carry nothing made up.
        if (o->result == QLatin1String("reached")) {
            o->satisfaction = m_satisfaction->currentData().toString();
            o->solved = m_solved->isChecked();
        } else if (o->result == QLatin1String("not_needed")) {
            o->reason = m_notNeeded->currentData().toString();
        }
        if (m_report)
            o->reportEventId = m_report->currentData().toString();
    } else if (auto *r = std::get_if<wf::ReportReply>(&step.payload)) {
        r->reportEventId = m_report->currentData().toString();
    } else if (auto *t = std::get_if<wf::Redirection>(&step.payload)) {
        t->target = m_target->currentData().toString();
    } else if (auto *d = std::get_if<wf::ExtensionDecision>(&step.payload)) {
        d->approved = m_approved->isChecked();
    } else if (auto *b = std::get_if<wf::BranchChoice>(&step.payload)) {
        const QStringList chosen = m_branch->currentData().toStringList();
        b->after = chosen.value(0);
        b->keep = chosen.value(1);
    }
    return step;
}

} // namespace gdui
