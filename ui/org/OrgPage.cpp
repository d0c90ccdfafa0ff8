#include "OrgPage.h"

#include "BuildingDialog.h"
#include "GridForm.h"
#include "HierarchyForms.h"
#include "OrgTreeModel.h"
#include "access/Permissions.h"
#include "cards/CardContent.h"
#include "common/EditCommands.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gdui {

using gd::Status;

OrgPage::OrgPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("orgPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_newStreet = bar->addAction(tr("New street"), this, &OrgPage::newStreet);
    m_newCommunity = bar->addAction(tr("New community"), this, &OrgPage::newCommunity);
    m_newGrid = bar->addAction(tr("New grid"), this, &OrgPage::newGrid);
    m_newGrid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newGrid->setToolTip(tr("New grid in the selected community (Ctrl+N)"));
    bar->addSeparator();
    // One click from the tree to the selected grid's (community's, street's) contact cards.
    m_cards = bar->addAction(tr("Contact cards…"), this, [this] {
        const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
        if (!i.isValid())
            return;
        static const QHash<int, int> scopeOf = {{OrgTreeModel::GridNode, gd::CardScope::Grid},
                                                {OrgTreeModel::CommunityNode, gd::CardScope::Community},
                                                {OrgTreeModel::StreetNode, gd::CardScope::Street}};
        Q_EMIT printCards(scopeOf.value(i.data(OrgTreeModel::KindRole).toInt()),
                          i.data(OrgTreeModel::IdRole).toString());
    });
    m_cards->setObjectName(QStringLiteral("printCardsAction"));
    m_cards->setToolTip(tr("Print the contact cards of the selected grid, community or street"));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Find grid code: "), bar));
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("findGridLineEdit"));
    m_find->setAccessibleName(tr("Find grid by code"));
    m_find->setPlaceholderText(tr("15-digit grid code, Enter"));
    m_find->setMaximumWidth(220);
    bar->addWidget(m_find);
    layout->addWidget(bar);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!showGrid(m_find->text()))
            MessageBox::information(this, tr("Not found"),
                                    tr("There is no grid with code %1.").arg(m_find->text().trimmed()));
    });

    auto *split = new QSplitter(this);
    m_model = new OrgTreeModel(*ctx.db, this);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("orgTreeView"));
    m_tree->setAccessibleName(tr("Streets, communities and grids"));
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_stack = new QStackedWidget(split);
    auto *hint = new QLabel(tr("Choose a street, community or grid on the left."), m_stack);
    hint->setAlignment(Qt::AlignCenter);
    m_streetForm = new StreetForm(m_stack);
    m_communityForm = new CommunityForm(m_stack);
    m_gridForm = new GridForm(*ctx.db, m_stack);
    m_stack->addWidget(hint);
    m_stack->addWidget(m_streetForm);
    m_stack->addWidget(m_communityForm);
    m_stack->addWidget(m_gridForm);
    split->addWidget(m_tree);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrgPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrgPage::onCurrentChanged);
    connect(m_streetForm, &RecordForm::saveRequested, this, &OrgPage::saveStreet);
    connect(m_communityForm, &RecordForm::saveRequested, this, &OrgPage::saveCommunity);
    connect(m_gridForm, &RecordForm::saveRequested, this, &OrgPage::saveGrid);
    for (RecordForm *f : std::initializer_list<RecordForm *>{m_streetForm, m_communityForm, m_gridForm})
        connect(f, &RecordForm::removeRequested, this, &OrgPage::removeCurrent);
    connect(m_gridForm, &GridForm::addBuildingRequested, this, [this] { editBuilding({}); });
    connect(m_gridForm, &GridForm::editBuildingRequested, this, &OrgPage::editBuilding);
    connect(m_gridForm, &GridForm::removeBuildingRequested, this, &OrgPage::removeBuilding);
    connect(ctx.db, &gd::Database::actorChanged, this, &OrgPage::updatePermissions);
    updatePermissions();
}

void OrgPage::updatePermissions()
{
    const gd::Role role = m_ctx.db->actor().role;
    const bool org = gd::roleAllows(role, gd::Permission::EditOrganisation);
    m_newStreet->setEnabled(org);
    m_newCommunity->setEnabled(org);
    m_newGrid->setEnabled(org);
    m_streetForm->setEditable(org);
    m_communityForm->setEditable(org);
    m_gridForm->setEditable(org);
    // Staff keep the buildings: they are the ones who learn a new address at the desk.
    m_gridForm->buildingsView()->parentWidget()->setEnabled(gd::roleAllows(role, gd::Permission::EditBuildings));
}

QString OrgPage::currentId(int kind) const
{
    QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    while (i.isValid() && i.data(OrgTreeModel::KindRole).toInt() != kind)
        i = i.parent();
    return i.isValid() ? i.data(OrgTreeModel::IdRole).toString() : QString();
}

void OrgPage::selectNode(int kind, const QString &id)
{
    const QModelIndex i = m_model->find(OrgTreeModel::Kind(kind), id);
    if (!i.isValid())
        return;
    m_tree->expand(i.parent());
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
}

bool OrgPage::showGrid(const QString &code)
{
    auto g = gd::GridService(*m_ctx.db).gridByCode(code);
    if (!g)
        return false;
    selectNode(OrgTreeModel::GridNode, g->id);
    return true;
}

void OrgPage::onCurrentChanged()
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    m_cards->setEnabled(i.isValid());
    if (!i.isValid()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QString id = i.data(OrgTreeModel::IdRole).toString();
    gd::HierarchyService h(*m_ctx.db);
    auto activateText = [](bool active) { return active ? tr("&Deactivate…") : tr("&Activate"); };
    switch (i.data(OrgTreeModel::KindRole).toInt()) {
    case OrgTreeModel::StreetNode:
        if (auto s = h.street(id)) {
            m_streetForm->setStreet(*s);
            m_streetForm->removeButton()->setText(activateText(s->active));
            m_stack->setCurrentWidget(m_streetForm);
        }
        break;
    case OrgTreeModel::CommunityNode:
        if (auto c = h.community(id)) {
            m_communityForm->setCommunity(*c, h.street(c->streetId) ? h.street(c->streetId)->name : QString());
            m_communityForm->removeButton()->setText(activateText(c->active));
            m_stack->setCurrentWidget(m_communityForm);
        }
        break;
    case OrgTreeModel::GridNode:
        if (auto g = gd::GridService(*m_ctx.db).grid(id)) {
            auto c = h.community(g->communityId);
            m_gridForm->setGrid(*g, c ? c->name : QString(), c ? c->streetId : QString());
            m_gridForm->removeButton()->setText(activateText(g->active));
            m_stack->setCurrentWidget(m_gridForm);
        }
        break;
    }
    updatePermissions();
}

void OrgPage::newStreet()
{
    gd::Street s;
    s.code = gd::HierarchyService(*m_ctx.db).districtCode();
    m_streetForm->setStreet(s);
    m_stack->setCurrentWidget(m_streetForm);
    m_streetForm->setFocus();
}

void OrgPage::newCommunity()
{
    const QString streetId = currentId(OrgTreeModel::StreetNode);
    auto street = gd::HierarchyService(*m_ctx.db).street(streetId);
    if (!street) {
        MessageBox::information(this, tr("New community"), tr("First choose the street the community belongs to."));
        return;
    }
    gd::Community c;
    c.streetId = streetId;
    c.code = street->code;
    m_communityForm->setCommunity(c, street->name);
    m_stack->setCurrentWidget(m_communityForm);
}

void OrgPage::newGrid()
{
    const QString communityId = currentId(OrgTreeModel::CommunityNode);
    gd::HierarchyService h(*m_ctx.db);
    auto community = h.community(communityId);
    if (!community) {
        MessageBox::information(this, tr("New grid"), tr("First choose the community the grid belongs to."));
        return;
    }
    gd::Grid g;
    g.communityId = communityId;
    g.code = gd::GridService(*m_ctx.db).nextCode(communityId);
    m_gridForm->setGrid(g, community->name, community->streetId);
    m_stack->setCurrentWidget(m_gridForm);
}

void OrgPage::saveStreet()
{
    gd::Database &db = *m_ctx.db;
    const gd::Street after = m_streetForm->street();
    EditSpec spec;
    spec.text = after.id.isEmpty() ? tr("Add street %1").arg(after.name) : tr("Edit street %1").arg(after.name);
    spec.apply = [&db, after] { return gd::HierarchyService(db).saveStreet(after); };
    const QString id = pushEdit(m_ctx, this, m_streetForm->errors(), spec);
    if (!id.isEmpty())
        selectNode(OrgTreeModel::StreetNode, id);
}

void OrgPage::saveCommunity()
{
    gd::Database &db = *m_ctx.db;
    const gd::Community after = m_communityForm->community();
    EditSpec spec;
    spec.text = after.id.isEmpty() ? tr("Add community %1").arg(after.name) : tr("Edit community %1").arg(after.name);
    spec.apply = [&db, after] { return gd::HierarchyService(db).saveCommunity(after); };
    const QString id = pushEdit(m_ctx, this, m_communityForm->errors(), spec);
    if (!id.isEmpty())
        selectNode(OrgTreeModel::CommunityNode, id);
}

void OrgPage::saveGrid()
{
    gd::Database &db = *m_ctx.db;
    const gd::Grid after = m_gridForm->grid();
    EditSpec spec;
    spec.text = after.id.isEmpty() ? tr("Add grid %1").arg(after.name) : tr("Edit grid %1").arg(after.name);
    spec.apply = [&db, after] { return gd::GridService(db).save(after); };
    const QString id = pushEdit(m_ctx, this, m_gridForm->errors(), spec);
    if (!id.isEmpty())
        selectNode(OrgTreeModel::GridNode, id);
}

void OrgPage::removeCurrent()
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    if (!i.isValid())
        return;
    gd::Database &db = *m_ctx.db;
    const QString id = i.data(OrgTreeModel::IdRole).toString();
    const QString name =
        i.data(OrgTreeModel::CodeRole).toString() + QLatin1Char(' ') + i.data(Qt::DisplayRole).toString();
    const int kind = i.data(OrgTreeModel::KindRole).toInt();
    const bool active = i.data(OrgTreeModel::ActiveRole).toBool();

    // An inactive record's button activates it again: an ordinary edit.
    if (!active) {
        EditSpec spec;
        spec.text = tr("Activate %1").arg(name);
        spec.apply = [&db, kind, id]() -> gd::Result<QString> {
            const gd::Status s = kind == OrgTreeModel::StreetNode      ? gd::HierarchyService(db).restoreStreet(id)
                                 : kind == OrgTreeModel::CommunityNode ? gd::HierarchyService(db).restoreCommunity(id)
                                                                       : gd::GridService(db).restore(id);
            if (!s)
                return s.error();
            return id;
        };
        if (!pushEdit(m_ctx, this, FieldErrors(), spec).isEmpty())
            selectNode(kind, id);
        return;
    }

    if (!MessageBox::question(
            this, tr("Deactivate"),
            tr("Remove %1? If it is still in use it is deactivated instead, and can be activated again.").arg(name)))
        return;
    RemoveSpec spec;
    spec.text = tr("Remove %1").arg(name);
    spec.apply = [&db, kind, id] {
        return kind == OrgTreeModel::StreetNode      ? gd::HierarchyService(db).removeStreet(id)
               : kind == OrgTreeModel::CommunityNode ? gd::HierarchyService(db).removeCommunity(id)
                                                     : gd::GridService(db).remove(id);
    };
    if (pushRemove(m_ctx, this, spec))
        selectNode(kind, id);
}

void OrgPage::editBuilding(const QString &buildingId)
{
    gd::Database &db = *m_ctx.db;
    gd::BuildingService service(db);
    gd::Building before;
    QStringList aliases;
    if (!buildingId.isEmpty()) {
        auto b = service.building(buildingId);
        if (!b)
            return;
        before = *b;
        for (const QString &a : service.addresses(buildingId))
            if (a != before.address && a != before.name)
                aliases << a;
    } else {
        before.gridId = m_gridForm->grid().id;
    }
    BuildingDialog dialog(before, aliases, m_gridForm->propertyCompanies(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const gd::Building after = dialog.building();
        const QStringList extra = dialog.aliases();
        EditSpec spec;
        spec.text =
            before.id.isEmpty() ? tr("Add building %1").arg(after.name) : tr("Edit building %1").arg(after.name);
        spec.apply = [&db, after, extra] { return gd::BuildingService(db).save(after, extra); };
        if (!pushEdit(m_ctx, &dialog, dialog.errors(), spec).isEmpty())
            return;
    }
}

void OrgPage::removeBuilding(const QString &buildingId)
{
    gd::Database &db = *m_ctx.db;
    auto b = gd::BuildingService(db).building(buildingId);
    if (!b || !MessageBox::question(this, tr("Remove building"), tr("Remove the building %1?").arg(b->name)))
        return;
    RemoveSpec spec;
    spec.text = tr("Remove building %1").arg(b->name);
    spec.apply = [&db, buildingId] { return gd::BuildingService(db).remove(buildingId); };
    pushRemove(m_ctx, this, spec);
}

} // namespace gdui
