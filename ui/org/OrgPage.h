#pragma once
// The organisation page: the street → community → grid tree on the left, the selected
// record's form on the right; add, edit, deactivate, pair with police grids, and buildings.
#include "common/AppContext.h"
#include "org/OrgTypes.h"

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTreeView;
class QAction;

namespace gdui {

class OrgTreeModel;
class StreetForm;
class CommunityForm;
class GridForm;

class OrgPage : public QWidget
{
    Q_OBJECT
public:
    OrgPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTreeView *tree() const { return m_tree; }
    OrgTreeModel *model() const { return m_model; }
    // Selects a grid by code (the "find" box); false when there is none.
    bool showGrid(const QString &code);
    void selectNode(int kind, const QString &id);

Q_SIGNALS:
    // The contact cards of the selected grid, community or street (kind: a gd::CardScope::Kind).
    void printCards(int kind, const QString &id);

private:
    void onCurrentChanged();
    void newStreet();
    void newCommunity();
    void newGrid();
    void saveStreet();
    void saveCommunity();
    void saveGrid();
    void removeCurrent();
    void editBuilding(const QString &buildingId);
    void removeBuilding(const QString &buildingId);
    void updatePermissions();
    QString currentId(int kind) const;

    AppContext m_ctx;
    OrgTreeModel *m_model;
    QTreeView *m_tree;
    QStackedWidget *m_stack;
    StreetForm *m_streetForm;
    CommunityForm *m_communityForm;
    GridForm *m_gridForm;
    QLineEdit *m_find;
    QAction *m_newStreet;
    QAction *m_newCommunity;
    QAction *m_newGrid;
    QAction *m_cards;
};

} // namespace gdui
