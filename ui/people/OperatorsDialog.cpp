#include "OperatorsDialog.h"

#include "OperatorTableModel.h"
#include "access/OperatorService.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

namespace {
QComboBox *roleCombo(QWidget *parent, const QString &name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (gd::Role r : {gd::Role::Staff, gd::Role::Supervisor, gd::Role::Admin})
        c->addItem(gd::roleDisplayName(r), int(r));
    return c;
}

QLineEdit *passwordBox(QWidget *parent, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(128);
    return e;
}

// Enter in a box runs its own group's action; no button is the dialog's default, so Enter
// never closes the dialog by surprise.
QPushButton *actionButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

OperatorsDialog::OperatorsDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Manage operators"));
    m_model = new OperatorTableModel(db, this);
    m_table = new QTableView(this);
    setupRecordTable(m_table, QStringLiteral("operatorsTableView"), tr("Operators"));
    m_table->setModel(m_model);

    // The selected operator: role and worker saved together, status and password on their own.
    auto *edit = new QGroupBox(tr("Selected operator"), this);
    auto *editLayout = new QVBoxLayout(edit);
    m_selectedTitle = new QLabel(edit);
    m_selectedTitle->setObjectName(QStringLiteral("selectedOperatorLabel"));
    editLayout->addWidget(m_selectedTitle);
    auto *editForm = new QFormLayout;
    editLayout->addLayout(editForm);
    m_role = roleCombo(edit, QStringLiteral("operatorRoleComboBox"));
    m_worker = new QComboBox(edit);
    m_worker->setObjectName(QStringLiteral("operatorWorkerComboBox"));
    m_worker->setToolTip(tr("The full-time grid worker this operator is: their cases are \"My cases\""));
    makeSearchable(m_worker);
    m_unit = new QComboBox(edit);
    m_unit->setObjectName(QStringLiteral("operatorUnitComboBox"));
    m_unit->setToolTip(tr("The handling unit this operator signs in for: only its operators sign for the cases "
                          "dispatched to it"));
    makeSearchable(m_unit);
    m_save = actionButton(edit, tr("&Save role, worker and unit"), QStringLiteral("saveOperatorButton"));
    addFormRow(editForm, m_editErrors, tr("&Role:"), m_role, QStringLiteral("role"));
    addFormRow(editForm, m_editErrors, tr("Grid &worker:"), m_worker, QStringLiteral("worker_id"));
    addFormRow(editForm, m_editErrors, tr("&Unit:"), m_unit, QStringLiteral("unit_id"));
    editForm->addRow(QString(), m_save);
    m_resetPassword = passwordBox(edit, QStringLiteral("resetPasswordLineEdit"));
    m_resetRepeat = passwordBox(edit, QStringLiteral("resetRepeatLineEdit"));
    m_reset = actionButton(edit, tr("Reset &password"), QStringLiteral("resetPasswordButton"));
    addFormRow(editForm, m_editErrors, tr("New password:"), m_resetPassword, QStringLiteral("password"));
    addFormRow(editForm, m_editErrors, tr("Repeat it:"), m_resetRepeat, QStringLiteral("password_repeat"));
    editForm->addRow(QString(), m_reset);
    m_active = actionButton(edit, tr("&Deactivate"), QStringLiteral("toggleActiveButton"));
    m_editErrors.bind(QStringLiteral("active"), m_active);
    editForm->addRow(QString(), m_active);

    auto *add = new QGroupBox(tr("New operator"), this);
    auto *addForm = new QFormLayout(add);
    m_login = new QLineEdit(add);
    m_login->setObjectName(QStringLiteral("newLoginLineEdit"));
    m_login->setMaxLength(32);
    m_login->setPlaceholderText(tr("Letters and digits, e.g. wangfang"));
    m_name = new QLineEdit(add);
    m_name->setObjectName(QStringLiteral("newNameLineEdit"));
    m_name->setMaxLength(30);
    m_newRole = roleCombo(add, QStringLiteral("newRoleComboBox"));
    m_password = passwordBox(add, QStringLiteral("newPasswordLineEdit"));
    m_repeat = passwordBox(add, QStringLiteral("newRepeatLineEdit"));
    auto *addButton = actionButton(add, tr("&Add operator"), QStringLiteral("addOperatorButton"));
    addFormRow(addForm, m_addErrors, tr("&Login:"), m_login, QStringLiteral("login"));
    addFormRow(addForm, m_addErrors, tr("&Name:"), m_name, QStringLiteral("display_name"));
    addFormRow(addForm, m_addErrors, tr("R&ole:"), m_newRole, QStringLiteral("role"));
    addFormRow(addForm, m_addErrors, tr("Initial pass&word:"), m_password, QStringLiteral("password"));
    addFormRow(addForm, m_addErrors, tr("Repeat i&t:"), m_repeat, QStringLiteral("password_repeat"));
    addForm->addRow(QString(), addButton);

    auto *side = new QVBoxLayout;
    // Wide enough for a worker's name and phone, and the hint in the login box, in Chinese too.
    for (QGroupBox *box : {edit, add})
        box->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 48);
    side->addWidget(edit);
    side->addWidget(add);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("operatorsResultLabel"));
    m_result->setWordWrap(true);
    auto *note = new QLabel(tr("Changes here take effect at once and are not undone with Undo."), this);
    note->setEnabled(false); // a quiet reminder, not a warning
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // else shown as the default, Enter closes
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_result);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &OperatorsDialog::onCurrentChanged);
    // Every change rereads the list; the selection stays on the same operator.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectOperator(m_selectedId); });
    connect(m_save, &QPushButton::clicked, this, &OperatorsDialog::saveSelected);
    connect(m_active, &QPushButton::clicked, this, &OperatorsDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsDialog::resetPassword);
    connect(m_resetRepeat, &QLineEdit::returnPressed, this, &OperatorsDialog::resetPassword);
    connect(addButton, &QPushButton::clicked, this, &OperatorsDialog::addOperator);
    connect(m_repeat, &QLineEdit::returnPressed, this, &OperatorsDialog::addOperator);

    m_table->resizeColumnsToContents();
    resize(1040, 560);
    // The signed-in administrator first: their own link is the one most often made here.
    const QString me = db.actor().operatorId;
    selectOperator(m_model->rowOf(me) >= 0 ? me : m_model->operatorAt(0).id);
}

void OperatorsDialog::selectOperator(const QString &operatorId)
{
    const int row = m_model->rowOf(operatorId);
    m_selectedId = row < 0 ? QString() : operatorId;
    m_table->setCurrentIndex(row < 0 ? QModelIndex() : m_model->index(row, 0));
    // Shown here too: after a reread the current row may be "unchanged" and say nothing.
    showSelected(row < 0 ? gd::Operator() : m_model->operatorAt(row));
}

void OperatorsDialog::onCurrentChanged()
{
    const QModelIndex i = m_table->currentIndex();
    const gd::Operator o = i.isValid() ? m_model->operatorAt(i.row()) : gd::Operator();
    m_selectedId = o.id;
    showSelected(o);
}

void OperatorsDialog::showSelected(const gd::Operator &o)
{
    const bool any = !o.id.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_role, m_worker, m_unit, m_save, m_active, m_resetPassword,
                                                       m_resetRepeat, m_reset})
        w->setEnabled(any);
    m_selectedTitle->setText(any ? tr("%1 (%2)").arg(o.displayName, o.login) : tr("Choose an operator in the list."));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(o.role))));
    // Full-time workers still in service; a worker linked before and since gone stays shown.
    QList<Choice> workers;
    bool listed = o.workerId.isEmpty();
    for (const gd::Worker &w : gd::WorkerService(m_db).ofKind(QStringLiteral("full_time"))) {
        workers << Choice{w.id, w.name + QLatin1Char(' ') + w.phone};
        listed = listed || w.id == o.workerId;
    }
    if (!listed)
        workers.prepend(Choice{o.workerId, o.workerName});
    fillChoices(m_worker, workers, tr("(not a grid worker)"));
    selectChoice(m_worker, o.workerId);
    // Active units; a unit linked before and since closed stays shown.
    QList<Choice> units;
    bool unitListed = o.unitId.isEmpty();
    for (const gd::Unit &u : gd::UnitService(m_db).units())
        if (u.active || u.id == o.unitId) {
            units << Choice{u.id, u.name};
            unitListed = unitListed || u.id == o.unitId;
        }
    if (!unitListed)
        units.prepend(Choice{o.unitId, o.unitName});
    fillChoices(m_unit, units, tr("(no unit)"));
    selectChoice(m_unit, o.unitId);
    m_active->setText(o.active || !any ? tr("&Deactivate") : tr("&Activate again"));
    m_resetPassword->clear();
    m_resetRepeat->clear();
}

void OperatorsDialog::tell(const QString &message)
{
    m_result->setText(message);
}

bool OperatorsDialog::passwordsMatch(QLineEdit *first, QLineEdit *second)
{
    if (first->text() == second->text())
        return true;
    second->setFocus();
    second->selectAll();
    MessageBox::warning(this, tr("Not saved"), tr("Password: the two entries differ; type it again."));
    return false;
}

void OperatorsDialog::addOperator()
{
    if (!passwordsMatch(m_password, m_repeat))
        return;
    gd::OperatorService service(m_db);
    auto id = service.create(m_login->text().trimmed(), m_name->text(), gd::Role(m_newRole->currentData().toInt()),
                             m_password->text());
    if (!m_addErrors.report(this, id.error()))
        return;
    tell(tr("Operator %1 added.").arg(m_login->text().trimmed()));
    for (QLineEdit *e : {m_login, m_name, m_password, m_repeat})
        e->clear();
    m_newRole->setCurrentIndex(0);
    selectOperator(id.value());
}

void OperatorsDialog::saveSelected()
{
    if (m_selectedId.isEmpty())
        return;
    const QString id = m_selectedId;
    const QString workerId = chosenId(m_worker);
    // A typed name that matches no worker is a mistake, not "unlink".
    if (workerId.isEmpty() && m_worker->currentText() != m_worker->itemText(0)) {
        m_editErrors.report(
            this, gd::Error::invalid(QStringLiteral("worker_id"), tr("Grid worker: choose a worker from the list.")));
        return;
    }
    const QString unitId = chosenId(m_unit);
    if (unitId.isEmpty() && m_unit->currentText() != m_unit->itemText(0)) {
        m_editErrors.report(this,
                            gd::Error::invalid(QStringLiteral("unit_id"), tr("Unit: choose a unit from the list.")));
        return;
    }
    gd::OperatorService service(m_db);
    if (!m_editErrors.report(this, service.setRole(id, gd::Role(m_role->currentData().toInt())).error()))
        return;
    if (!m_editErrors.report(this, service.linkWorker(id, workerId).error()))
        return;
    if (!m_editErrors.report(this, service.linkUnit(id, unitId).error()))
        return;
    auto o = service.byId(id);
    if (!o)
        return;
    QString linked =
        o->workerName.isEmpty()
            ? tr("%1 is %2, not linked to a grid worker.").arg(o->displayName, gd::roleDisplayName(o->role))
            : tr("%1 is %2, linked to the grid worker %3.")
                  .arg(o->displayName, gd::roleDisplayName(o->role), o->workerName);
    if (!o->unitName.isEmpty())
        linked += QLatin1Char(' ') + tr("Signs in for %1.").arg(o->unitName);
    tell(linked);
}

void OperatorsDialog::toggleActive()
{
    auto o = gd::OperatorService(m_db).byId(m_selectedId);
    if (!o)
        return;
    if (o->active && !MessageBox::question(this, tr("Deactivate operator"),
                                           tr("Deactivate %1? They can no longer sign in; their name stays on "
                                              "the cases they handled.")
                                               .arg(o->displayName)))
        return;
    if (!m_editErrors.report(this, gd::OperatorService(m_db).setActive(o->id, !o->active).error()))
        return;
    tell(o->active ? tr("%1 is deactivated.").arg(o->displayName) : tr("%1 may sign in again.").arg(o->displayName));
}

void OperatorsDialog::resetPassword()
{
    if (m_selectedId.isEmpty() || !passwordsMatch(m_resetPassword, m_resetRepeat))
        return;
    if (!m_editErrors.report(this,
                             gd::OperatorService(m_db).setPassword(m_selectedId, m_resetPassword->text()).error()))
        return;
    m_resetPassword->clear();
    m_resetRepeat->clear();
    tell(tr("The password of %1 is reset; tell them to change it after signing in.")
             .arg(m_model->operatorAt(m_model->rowOf(m_selectedId)).displayName));
}

} // namespace gdui
