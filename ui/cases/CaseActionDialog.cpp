#include "CaseActionDialog.h"

#include "cases/CaseTypes.h"
#include "cases/DeadlineRules.h"
#include "cases/Workflow.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/NotUndoable.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace gdui {

CaseActionDialog::CaseActionDialog(gd::Database &db, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(gd::workflow::actionName(action));
    auto *form = new QFormLayout(this);
    const bool needsHandler = action == QLatin1String("dispatch") || action == QLatin1String("route_up") ||
                              action == QLatin1String("decide_return");
    if (needsHandler) {
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
    }
    if (action == QLatin1String("return")) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("actionReasonComboBox"));
        for (const QString &r : gd::workflow::returnReasons())
            m_reason->addItem(gd::workflow::returnReasonName(r), r);
        addFormRow(form, m_errors, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    }
    if (action == QLatin1String("request_extension")) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("actionDaysSpinBox"));
        // The office's limit (Case rules), so the desk cannot ask for what will be refused.
        const int most = qMax(1, gd::DeadlineRules::load(db).extensionMaxDays);
        m_days->setRange(1, most);
        m_days->setValue(qMin(5, most));
        m_days->setSuffix(tr(" working days"));
        addFormRow(form, m_errors, tr("&Days:"), m_days, QStringLiteral("days"));
    }
    if (action == QLatin1String("supervise")) {
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("actionLevelComboBox"));
        m_level->addItem(tr("Normal supervision"), QStringLiteral("normal"));
        m_level->addItem(tr("Yellow card"), QStringLiteral("yellow"));
        m_level->addItem(tr("Red card"), QStringLiteral("red"));
        addFormRow(form, m_errors, tr("&Level:"), m_level, QStringLiteral("level"));
    }
    if (action == QLatin1String("callback")) {
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("actionSatisfactionComboBox"));
        for (const QString &s : gd::cases::satisfactions())
            m_satisfaction->addItem(gd::cases::satisfactionName(s), s);
        m_solved = new QCheckBox(tr("The matter is solved"), this);
        m_solved->setObjectName(QStringLiteral("actionSolvedCheckBox"));
        m_solved->setChecked(true);
        addFormRow(form, m_errors, tr("&Satisfaction:"), m_satisfaction, QStringLiteral("satisfaction"));
        form->addRow(QString(), m_solved);
        m_errors.bind(QStringLiteral("solved"), m_solved);
    }
    if (action == QLatin1String("decide_extension")) {
        m_approved = new QCheckBox(tr("Approve the extension"), this);
        m_approved->setObjectName(QStringLiteral("actionApprovedCheckBox"));
        m_approved->setChecked(true);
        form->addRow(QString(), m_approved);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("actionNoteTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4 + 12);
    addFormRow(form, m_errors, tr("&Note:"), m_note, QStringLiteral("note"));
    form->addRow(notUndoableNote(gd::workflow::takenBackBy(action), this));
    addOkCancel(this, form);
    setMinimumWidth(440);
}

QString CaseActionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QJsonObject CaseActionDialog::data() const
{
    QJsonObject d;
    if (m_worker && !chosenId(m_worker).isEmpty())
        d.insert(QStringLiteral("worker_id"), chosenId(m_worker));
    if (m_unit && !chosenId(m_unit).isEmpty())
        d.insert(QStringLiteral("unit_id"), chosenId(m_unit));
    if (m_reason)
        d.insert(QStringLiteral("reason"), m_reason->currentData().toString());
    if (m_days)
        d.insert(QStringLiteral("days"), m_days->value());
    if (m_level)
        d.insert(QStringLiteral("level"), m_level->currentData().toString());
    if (m_satisfaction) {
        d.insert(QStringLiteral("satisfaction"), m_satisfaction->currentData().toString());
        d.insert(QStringLiteral("solved"), m_solved->isChecked());
    }
    if (m_approved)
        d.insert(QStringLiteral("approved"), m_approved->isChecked());
    return d;
}

} // namespace gdui
