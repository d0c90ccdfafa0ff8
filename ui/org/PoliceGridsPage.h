#pragma once
// The police grids page: a street's police grids (警格), each with its officer and the grids it
// is paired with; add, edit, deactivate, and change the pairing.
#include "common/AppContext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QTableView;

namespace gdui {

class PoliceGridForm;
class PoliceGridTableModel;

class PoliceGridsPage : public QWidget
{
    Q_OBJECT
public:
    PoliceGridsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    PoliceGridTableModel *model() const { return m_model; }
    PoliceGridForm *form() const { return m_form; }
    void selectPoliceGrid(const QString &id);

private:
    void onCurrentChanged();
    void newPoliceGrid();
    void save();
    void removeCurrent();
    void updatePermissions();

    AppContext m_ctx;
    QComboBox *m_street;
    PoliceGridTableModel *m_model;
    QTableView *m_table;
    PoliceGridForm *m_form;
    QAction *m_new;
};

} // namespace gdui
