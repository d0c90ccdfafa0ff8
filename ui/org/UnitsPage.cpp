#include "UnitsPage.h"

#include "UnitContactDialog.h"
#include "UnitContactTableModel.h"
#include "UnitForm.h"
#include "UnitTableModel.h"
#include "access/Permissions.h"
#include "common/EditCommands.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "org/UnitService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gdui {

UnitsPage::UnitsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("unitsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_new = bar->addAction(tr("New unit"), this, &UnitsPage::newUnit);
    m_new->setObjectName(QStringLiteral("newUnitAction"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_new->setToolTip(tr("Add a unit cases are referred to (Ctrl+Shift+U)"));
    bar->addSeparator();
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("unitKindFilterComboBox"));
    m_kind->setAccessibleName(tr("Type filter"));
    m_kind->addItem(tr("All types"), QString());
    for (const QString &k : gd::org::unitKinds())
        m_kind->addItem(gd::org::unitKindName(k), k);
    bar->addWidget(m_kind);
    m_search = addSearchBox(this, bar, QStringLiteral("unitSearchLineEdit"), tr("Search units"),
                            tr("Search name or phone (Ctrl+F)"), [this] { applyFilter(); });
    layout->addWidget(bar);

    auto *split = new QSplitter(this);
    m_model = new UnitTableModel(*ctx.db, this);
    m_table = new QTableView(split);
    setupRecordTable(m_table, QStringLiteral("unitsTableView"), tr("Units"));
    m_table->setModel(m_model);
    m_form = new UnitForm(*ctx.db, split);
    split->addWidget(m_table);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnitsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitsPage::onModelReset);
    connect(m_form, &RecordForm::saveRequested, this, &UnitsPage::saveUnit);
    connect(m_form, &RecordForm::removeRequested, this, &UnitsPage::removeUnit);
    connect(m_form, &UnitForm::addContactRequested, this, [this] { editContact({}); });
    connect(m_form, &UnitForm::editContactRequested, this, &UnitsPage::editContact);
    connect(m_form, &UnitForm::removeContactRequested, this, &UnitsPage::removeContact);
    connect(ctx.db, &gd::Database::actorChanged, this, &UnitsPage::updatePermissions);
    applyFilter();
    m_form->setUnit(gd::Unit());
    m_form->setTitle(QString());
    m_form->setEnabled(false);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updatePermissions();
}

void UnitsPage::updatePermissions()
{
    const bool edit = gd::roleAllows(m_ctx.db->actor().role, gd::Permission::EditOrganisation);
    m_new->setEnabled(edit);
    m_form->setEditable(edit);
    m_form->setContactsEditable(edit);
}

void UnitsPage::applyFilter()
{
    m_model->setFilter(m_kind->currentData().toString(), m_search->text());
    m_table->resizeColumnsToContents();
}

QString UnitsPage::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(UnitTableModel::IdRole).toString() : QString();
}

void UnitsPage::selectUnit(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void UnitsPage::onCurrentChanged()
{
    const QString id = currentId();
    if (!id.isEmpty())
        showUnit(id);
}

void UnitsPage::onModelReset()
{
    // The list was reread (an edit, an undo, a new filter): keep the shown unit in view.
    const QString keep = m_form->shownUnit().id;
    if (keep.isEmpty())
        return; // nothing shown, or a new unit being typed
    if (m_model->rowOf(keep) >= 0)
        selectUnit(keep);
    else
        showUnit(keep); // filtered out, or gone
}

void UnitsPage::showUnit(const QString &id)
{
    auto u = gd::UnitService(*m_ctx.db).unit(id);
    if (!u) {
        // Removed (or its creation undone): nothing left to edit.
        m_form->setUnit(gd::Unit());
        m_form->setTitle(QString());
        m_form->setEnabled(false);
        return;
    }
    // Reload only when the record differs from what the form shows, so a change elsewhere in
    // the list does not throw away what the user is typing.
    const gd::Unit &shown = m_form->shownUnit();
    if (shown.id != u->id || gd::org::toValues(shown) != gd::org::toValues(*u))
        m_form->setUnit(*u);
    m_form->setEnabled(true);
    m_form->removeButton()->setText(u->active ? tr("&Deactivate…") : tr("&Activate"));
    updatePermissions();
}

void UnitsPage::newUnit()
{
    gd::Unit u;
    u.kind = m_kind->currentData().toString(); // the type being looked at, if any
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_form->setEnabled(true);
    m_form->setUnit(u);
    updatePermissions();
    m_form->nameEdit()->setFocus();
}

void UnitsPage::saveUnit()
{
    gd::Database &db = *m_ctx.db;
    const gd::Unit after = m_form->unit();
    EditSpec spec;
    spec.text = after.id.isEmpty() ? tr("Add unit %1").arg(after.name) : tr("Edit unit %1").arg(after.name);
    spec.apply = [&db, after] { return gd::UnitService(db).save(after); };
    const QString id = pushEdit(m_ctx, this, m_form->errors(), spec);
    if (id.isEmpty())
        return;
    if (m_model->rowOf(id) < 0) {
        // The filter hides the unit just saved: clear it so the user sees the record.
        const QSignalBlocker blockKind(m_kind);
        m_kind->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
    }
    selectUnit(id);
    showUnit(id); // shows the stored form of the record (the phone normalised)
}

void UnitsPage::activateUnit(const QString &id)
{
    gd::Database &db = *m_ctx.db;
    auto was = gd::UnitService(db).unit(id);
    if (!was) {
        MessageBox::warning(this, tr("Not saved"), was.message());
        return;
    }
    EditSpec spec;
    spec.text = tr("Activate unit %1").arg(was->name);
    spec.apply = [&db, id]() -> gd::Result<QString> {
        if (gd::Status s = gd::UnitService(db).restore(id); !s)
            return s.error();
        return id;
    };
    if (!pushEdit(m_ctx, this, m_form->errors(), spec).isEmpty())
        showUnit(id);
}

void UnitsPage::removeUnit()
{
    const QString id = m_form->shownUnit().id;
    if (id.isEmpty())
        return;
    gd::Database &db = *m_ctx.db;
    auto was = gd::UnitService(db).unit(id);
    if (!was) {
        MessageBox::warning(this, tr("Not removed"), was.message());
        return;
    }
    if (!was->active) {
        activateUnit(id); // an inactive unit's button activates it again
        return;
    }
    if (!MessageBox::question(this, tr("Remove unit"),
                              tr("Remove %1 and its contacts? A unit cases still refer to is deactivated instead, and "
                                 "can be activated again.")
                                  .arg(was->name)))
        return;
    // The service removes the contacts with the unit; the undo brings back exactly what it wrote.
    RemoveSpec spec;
    spec.text = tr("Remove unit %1").arg(was->name);
    spec.apply = [&db, id] { return gd::UnitService(db).remove(id); };
    if (pushRemove(m_ctx, this, spec))
        showUnit(id);
}

void UnitsPage::editContact(const QString &contactId)
{
    const gd::Unit unit = m_form->shownUnit();
    if (unit.id.isEmpty())
        return;
    gd::Database &db = *m_ctx.db;
    gd::UnitContact before;
    before.unitId = unit.id;
    if (!contactId.isEmpty()) {
        const int row = m_form->contactsModel()->rowOf(contactId);
        if (row < 0)
            return;
        before = m_form->contactsModel()->contact(row);
    }
    UnitContactDialog dialog(before, unit.name, this);
    while (dialog.exec() == QDialog::Accepted) {
        const gd::UnitContact after = dialog.contact();
        EditSpec spec;
        spec.text = before.id.isEmpty() ? tr("Add contact %1 to %2").arg(after.name, unit.name)
                                        : tr("Edit contact %1").arg(after.name);
        spec.apply = [&db, after] { return gd::UnitService(db).saveContact(after); };
        if (!pushEdit(m_ctx, &dialog, dialog.errors(), spec).isEmpty())
            return;
    }
}

void UnitsPage::removeContact(const QString &contactId)
{
    const int row = m_form->contactsModel()->rowOf(contactId);
    if (row < 0)
        return;
    const gd::UnitContact c = m_form->contactsModel()->contact(row);
    if (!MessageBox::question(this, tr("Remove contact"), tr("Remove the contact %1?").arg(c.name)))
        return;
    gd::Database &db = *m_ctx.db;
    RemoveSpec spec;
    spec.text = tr("Remove contact %1").arg(c.name);
    spec.apply = [&db, contactId]() -> gd::Result<gd::RemoveOutcome> {
        if (gd::Status s = gd::UnitService(db).removeContact(contactId); !s)
            return s.error();
        return gd::RemoveOutcome::Deleted;
    };
    pushRemove(m_ctx, this, spec);
}

} // namespace gdui
