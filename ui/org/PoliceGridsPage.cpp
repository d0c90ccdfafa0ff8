#include "PoliceGridsPage.h"

#include "PoliceGridForm.h"
#include "PoliceGridTableModel.h"
#include "access/Permissions.h"
#include "common/Choosers.h"
#include "common/EditCommands.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gdui {

PoliceGridsPage::PoliceGridsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("policeGridsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_new = bar->addAction(tr("New police grid"), this, &PoliceGridsPage::newPoliceGrid);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Street: "), bar));
    m_street = new QComboBox(bar);
    m_street->setObjectName(QStringLiteral("policeGridStreetFilterComboBox"));
    m_street->setAccessibleName(tr("Street filter"));
    QList<Choice> streets;
    for (const gd::Street &s : gd::HierarchyService(*ctx.db).streets())
        streets << Choice{s.id, s.name};
    fillChoices(m_street, streets, tr("All streets"));
    bar->addWidget(m_street);
    layout->addWidget(bar);

    auto *split = new QSplitter(this);
    m_model = new PoliceGridTableModel(*ctx.db, this);
    m_table = new QTableView(split);
    setupRecordTable(m_table, QStringLiteral("policeGridsTableView"), tr("Police grids"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_form = new PoliceGridForm(*ctx.db, split);
    split->addWidget(m_table);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_street, &QComboBox::currentIndexChanged, this, [this] { m_model->setStreet(chosenId(m_street)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PoliceGridsPage::onCurrentChanged);
    connect(m_form, &RecordForm::saveRequested, this, &PoliceGridsPage::save);
    connect(m_form, &RecordForm::removeRequested, this, &PoliceGridsPage::removeCurrent);
    connect(ctx.db, &gd::Database::actorChanged, this, &PoliceGridsPage::updatePermissions);
    m_form->setEnabled(false);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updatePermissions();
}

void PoliceGridsPage::updatePermissions()
{
    const bool edit = gd::roleAllows(m_ctx.db->actor().role, gd::Permission::EditOrganisation);
    m_new->setEnabled(edit);
    m_form->setEditable(edit);
    m_form->gridList()->setEnabled(edit);
}

void PoliceGridsPage::selectPoliceGrid(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void PoliceGridsPage::onCurrentChanged()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    auto p =
        gd::PoliceGridService(*m_ctx.db).policeGrid(i.siblingAtColumn(0).data(PoliceGridTableModel::IdRole).toString());
    if (!p)
        return;
    m_form->setEnabled(true);
    m_form->setPoliceGrid(*p);
    m_form->removeButton()->setText(p->active ? tr("&Deactivate…") : tr("&Activate"));
    updatePermissions();
}

void PoliceGridsPage::newPoliceGrid()
{
    gd::PoliceGrid p;
    p.streetId = chosenId(m_street);
    if (p.streetId.isEmpty() && m_street->count() > 1)
        p.streetId = m_street->itemData(1).toString();
    m_table->clearSelection();
    m_form->setEnabled(true);
    m_form->setPoliceGrid(p);
    m_form->setFocus();
}

void PoliceGridsPage::save()
{
    gd::Database &db = *m_ctx.db;
    const gd::PoliceGrid after = m_form->policeGrid();
    QStringList pair, unpair;
    m_form->pairingChanges(&pair, &unpair);
    // The record and its pairing are one save in core, and one step to undo.
    EditSpec spec;
    spec.text =
        after.id.isEmpty() ? tr("Add police grid %1").arg(after.name) : tr("Edit police grid %1").arg(after.name);
    spec.apply = [&db, after, pair, unpair] { return gd::PoliceGridService(db).save(after, pair, unpair); };
    const QString id = pushEdit(m_ctx, this, m_form->errors(), spec);
    if (!id.isEmpty())
        selectPoliceGrid(id);
}

void PoliceGridsPage::removeCurrent()
{
    gd::Database &db = *m_ctx.db;
    const gd::PoliceGrid was = m_form->policeGrid();
    if (was.id.isEmpty())
        return;
    auto stored = gd::PoliceGridService(db).policeGrid(was.id);
    if (!stored) {
        MessageBox::warning(this, tr("Not removed"), stored.message());
        return;
    }
    if (!stored->active) {
        EditSpec spec;
        spec.text = tr("Activate %1").arg(stored->name);
        spec.apply = [&db, id = stored->id]() -> gd::Result<QString> {
            if (gd::Status s = gd::PoliceGridService(db).restore(id); !s)
                return s.error();
            return id;
        };
        if (!pushEdit(m_ctx, this, m_form->errors(), spec).isEmpty())
            selectPoliceGrid(stored->id);
        return;
    }
    if (!MessageBox::question(
            this, tr("Deactivate"),
            tr("Remove the police grid %1? While grids are paired with it, it is deactivated instead.")
                .arg(stored->name)))
        return;
    RemoveSpec spec;
    spec.text = tr("Remove police grid %1").arg(stored->name);
    spec.apply = [&db, id = stored->id] { return gd::PoliceGridService(db).remove(id); };
    if (pushRemove(m_ctx, this, spec))
        selectPoliceGrid(stored->id);
}

} // namespace gdui
