#pragma once
// Street → community → grid, as a lazy tree: streets and communities load at once (a district
// has a few dozen), a community's grids load when it is first expanded.
#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace gd {
class Database;
}

namespace gdui {

class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind { StreetNode, CommunityNode, GridNode };
    enum Roles { IdRole = Qt::UserRole + 1, KindRole, ActiveRole, CodeRole };
    enum Columns { NameColumn, CodeColumn, ColumnCount };

    explicit OrgTreeModel(gd::Database &db, QObject *parent = nullptr);
    ~OrgTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads whatever is needed to reach the node and returns its index (invalid when unknown).
    QModelIndex find(Kind kind, const QString &id);
    void reload();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void loadGrids(Node *community);
    Node *appendChild(Node *parent, Kind kind, const QString &id, const QString &code, const QString &name,
                      bool active);
    gd::Database &m_db;
    std::unique_ptr<Node> m_root;
};

} // namespace gdui
