#include "OrgTreeModel.h"

#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QBrush>
#include <QPalette>
#include <QSet>

namespace gdui {

struct OrgTreeModel::Node {
    Kind kind = StreetNode;
    QString id, code, name;
    bool active = true;
    bool fetched = true; // communities start unfetched
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

OrgTreeModel::OrgTreeModel(gd::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_root(std::make_unique<Node>())
{
    reload();
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const char *t : {"streets", "communities", "grids"})
            if (tables.contains(QLatin1String(t))) {
                reload();
                return;
            }
    });
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::reload()
{
    // Keep the communities that were open open, so a save does not collapse the tree.
    QSet<QString> fetched;
    for (auto &s : m_root->children)
        for (auto &c : s->children)
            if (c->fetched)
                fetched.insert(c->id);

    beginResetModel();
    m_root = std::make_unique<Node>();
    gd::HierarchyService h(m_db);
    QHash<QString, Node *> streets;
    for (const gd::Street &s : h.streets())
        streets.insert(s.id, appendChild(m_root.get(), StreetNode, s.id, s.code, s.name, s.active));
    for (const gd::Community &c : h.communities()) {
        Node *street = streets.value(c.streetId);
        if (!street)
            continue;
        Node *community = appendChild(street, CommunityNode, c.id, c.code, c.name, c.active);
        if (fetched.contains(c.id))
            loadGrids(community);
    }
    endResetModel();
}

void OrgTreeModel::loadGrids(Node *community)
{
    community->fetched = true;
    for (const gd::Grid &g : gd::GridService(m_db).grids(community->id))
        appendChild(community, GridNode, g.id, g.code, g.name, g.active);
}

OrgTreeModel::Node *OrgTreeModel::appendChild(Node *parent, Kind kind, const QString &id, const QString &code,
                                              const QString &name, bool active)
{
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->id = id;
    n->code = code;
    n->name = name;
    n->active = active;
    n->parent = parent;
    n->fetched = kind != CommunityNode; // a community's grids load on demand
    Node *raw = n.get();
    parent->children.push_back(std::move(n));
    return raw;
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Node *n = nodeOf(parent);
    if (n->kind == CommunityNode && !n->fetched && n != m_root.get())
        return true; // grids not loaded yet
    return !n->children.empty();
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    Node *n = nodeOf(parent);
    return n->kind == CommunityNode && !n->fetched;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeOf(parent);
    if (!parent.isValid() || n->kind != CommunityNode || n->fetched)
        return;
    const auto grids = gd::GridService(m_db).grids(n->id);
    n->fetched = true;
    if (grids.isEmpty())
        return;
    beginInsertRows(parent, 0, int(grids.size()) - 1);
    for (const gd::Grid &g : grids)
        appendChild(n, GridNode, g.id, g.code, g.name, g.active);
    endInsertRows();
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CodeColumn)
            return n->code;
        return n->active ? n->name : tr("%1 (deactivated)").arg(n->name);
    case Qt::ToolTipRole: return QStringLiteral("%1 %2").arg(n->code, n->name);
    case Qt::ForegroundRole:
        if (!n->active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole: return n->id;
    case KindRole: return int(n->kind);
    case ActiveRole: return n->active;
    case CodeRole: return n->code;
    default: return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Code");
}

QModelIndex OrgTreeModel::find(Kind kind, const QString &id)
{
    for (auto &s : m_root->children) {
        if (kind == StreetNode && s->id == id)
            return indexOf(s.get());
        for (auto &c : s->children) {
            if (kind == CommunityNode && c->id == id)
                return indexOf(c.get());
            if (kind != GridNode)
                continue;
            if (!c->fetched) {
                // Only load the community that holds the grid.
                auto g = gd::GridService(m_db).grid(id);
                if (!g || g->communityId != c->id)
                    continue;
                fetchMore(indexOf(c.get()));
            }
            for (auto &g : c->children)
                if (g->id == id)
                    return indexOf(g.get());
        }
    }
    return {};
}

} // namespace gdui
