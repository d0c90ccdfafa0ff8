#pragma once
// The units page: the handling units cases are referred to (承办单位) in a filtered table, the
// selected one's form beside it with its contact people.
#include "common/AppContext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace gdui {

class UnitForm;
class UnitTableModel;

class UnitsPage : public QWidget
{
    Q_OBJECT
public:
    UnitsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    UnitTableModel *model() const { return m_model; }
    UnitForm *form() const { return m_form; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QAction *newUnitAction() const { return m_new; }
    void selectUnit(const QString &id);

private:
    void applyFilter();
    void onCurrentChanged();
    void onModelReset();
    void showUnit(const QString &id);
    void newUnit();
    void saveUnit();
    void removeUnit();
    void activateUnit(const QString &id);
    void editContact(const QString &contactId);
    void removeContact(const QString &contactId);
    void updatePermissions();
    QString currentId() const;

    AppContext m_ctx;
    UnitTableModel *m_model;
    QTableView *m_table;
    UnitForm *m_form;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QAction *m_new;
};

} // namespace gdui
