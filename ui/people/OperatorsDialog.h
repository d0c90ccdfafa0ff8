#pragma once
// 操作员管理: the office's operators, a new one added, and the selected one's role, linked grid
// worker ("my cases"), password and status changed. Every change goes to OperatorService, which
// checks the permission and keeps the last active administrator; none is undoable.
#include "common/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gd {
class Database;
struct Operator;
} // namespace gd

namespace gdui {

class OperatorTableModel;

class OperatorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OperatorsDialog(gd::Database &db, QWidget *parent = nullptr);
    OperatorTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *resultLabel() const { return m_result; }
    void selectOperator(const QString &operatorId);
    QString selectedId() const { return m_selectedId; }

public Q_SLOTS:
    void addOperator();   // from the "new operator" fields
    void saveSelected();  // role and linked worker of the selected operator
    void toggleActive();  // deactivate (after asking) or activate again
    void resetPassword(); // the selected operator's, typed twice

private:
    void onCurrentChanged();
    void showSelected(const gd::Operator &o);
    // The same password typed twice; otherwise says so and focuses the second box.
    bool passwordsMatch(QLineEdit *first, QLineEdit *second);
    void tell(const QString &message); // the outcome, under the table

    gd::Database &m_db;
    OperatorTableModel *m_model;
    QTableView *m_table;
    QString m_selectedId;
    FieldErrors m_editErrors;
    FieldErrors m_addErrors;
    QLabel *m_selectedTitle;
    QComboBox *m_role;
    QComboBox *m_worker;
    QComboBox *m_unit;
    QPushButton *m_save;
    QPushButton *m_active;
    QLineEdit *m_resetPassword;
    QLineEdit *m_resetRepeat;
    QPushButton *m_reset;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_newRole;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_result;
};

} // namespace gdui
