#pragma once
// The detail form of a handling unit (承办单位): name, type, service phone, address, the street
// it serves (none: the whole district), and its contact people below.
#include "common/RecordForm.h"
#include "org/OrgTypes.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gd {
class Database;
}

namespace gdui {

class UnitContactTableModel;

class UnitForm : public RecordForm
{
    Q_OBJECT
public:
    UnitForm(gd::Database &db, QWidget *parent = nullptr);
    void setUnit(const gd::Unit &unit);
    gd::Unit unit() const;                               // as edited
    const gd::Unit &shownUnit() const { return m_unit; } // as loaded
    QLineEdit *nameEdit() const { return m_name; }
    // Contacts belong to a saved unit, and change only for those who may edit the organisation.
    void setContactsEditable(bool editable);
    QTableView *contactsView() const { return m_contacts; }
    UnitContactTableModel *contactsModel() const { return m_contactModel; }
    QString currentContactId() const;

Q_SIGNALS:
    void addContactRequested();
    void editContactRequested(const QString &contactId);
    void removeContactRequested(const QString &contactId);

private:
    void reloadStreets(const QString &keepStreetId);
    void updateContactButtons();
    gd::Database &m_db;
    gd::Unit m_unit;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QComboBox *m_street;
    QGroupBox *m_contactsBox;
    QTableView *m_contacts;
    UnitContactTableModel *m_contactModel;
    QPushButton *m_addContact;
    QPushButton *m_editContact;
    QPushButton *m_removeContact;
    bool m_contactsEditable = false;
};

} // namespace gdui
