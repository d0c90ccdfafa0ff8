#include "UnitForm.h"

#include "UnitContactTableModel.h"
#include "common/Choosers.h"
#include "org/HierarchyService.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace gdui {

UnitForm::UnitForm(gd::Database &db, QWidget *parent)
    : RecordForm(parent)
    , m_db(db)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("unitNameLineEdit"));
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. 青岛能源华润燃气市南营业所"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("unitKindComboBox"));
    m_kind->setPlaceholderText(tr("Choose a type"));
    for (const QString &k : gd::org::unitKinds())
        m_kind->addItem(gd::org::unitKindName(k), k);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("unitServicePhoneLineEdit"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("e.g. 0532-82871234, 95598"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("unitAddressLineEdit"));
    m_address->setMaxLength(100);
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("unitStreetComboBox"));
    m_street->setToolTip(tr("The street the unit serves; district-wide units serve every street."));

    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("&Type:"), m_kind, QStringLiteral("kind"));
    addRow(tr("Service &phone:"), m_phone, QStringLiteral("service_phone"));
    addRow(tr("&Address:"), m_address, QStringLiteral("address"));
    addRow(tr("S&treet:"), m_street, QStringLiteral("street_id"));

    m_contactsBox = new QGroupBox(tr("Contacts"), this);
    auto *boxLayout = new QVBoxLayout(m_contactsBox);
    m_contactModel = new UnitContactTableModel(db, this);
    m_contacts = new QTableView(m_contactsBox);
    m_contacts->setObjectName(QStringLiteral("unitContactsTableView"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setModel(m_contactModel);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setWordWrap(false);
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contacts->horizontalHeader()->setSectionResizeMode(UnitContactTableModel::RoleColumn, QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->verticalHeader()->setDefaultSectionSize(m_contacts->fontMetrics().height() + 8);
    boxLayout->addWidget(m_contacts);
    auto *row = new QHBoxLayout;
    m_addContact = new QPushButton(tr("Add &contact…"), m_contactsBox);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_editContact = new QPushButton(tr("Edit contact…"), m_contactsBox);
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_removeContact = new QPushButton(tr("Remove contact"), m_contactsBox);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    row->addWidget(m_addContact);
    row->addWidget(m_editContact);
    row->addWidget(m_removeContact);
    row->addStretch();
    boxLayout->addLayout(row);
    outerLayout()->addWidget(m_contactsBox, 1);

    connect(m_addContact, &QPushButton::clicked, this, &UnitForm::addContactRequested);
    connect(m_editContact, &QPushButton::clicked, this, [this] {
        if (!currentContactId().isEmpty())
            Q_EMIT editContactRequested(currentContactId());
    });
    connect(m_contacts, &QTableView::activated, this, [this] {
        if (m_contactsEditable && !currentContactId().isEmpty())
            Q_EMIT editContactRequested(currentContactId());
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        if (!currentContactId().isEmpty())
            Q_EMIT removeContactRequested(currentContactId());
    });
    connect(m_contacts->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitForm::updateContactButtons);
    connect(m_contactModel, &QAbstractItemModel::modelReset, this, &UnitForm::updateContactButtons);
    updateContactButtons();
}

QString UnitForm::currentContactId() const
{
    const QModelIndex i = m_contacts->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(UnitContactTableModel::IdRole).toString() : QString();
}

void UnitForm::setContactsEditable(bool editable)
{
    m_contactsEditable = editable;
    updateContactButtons();
}

void UnitForm::updateContactButtons()
{
    const bool editable = m_contactsEditable && !m_unit.id.isEmpty();
    const bool chosen = !currentContactId().isEmpty();
    m_addContact->setEnabled(editable);
    m_editContact->setEnabled(editable && chosen);
    m_removeContact->setEnabled(editable && chosen);
}

void UnitForm::reloadStreets(const QString &keepStreetId)
{
    // Deactivated streets are offered only to the unit that already serves one.
    QList<Choice> streets;
    for (const gd::Street &s : gd::HierarchyService(m_db).streets())
        if (s.active || s.id == keepStreetId)
            streets << Choice{s.id, s.name};
    fillChoices(m_street, streets, tr("(whole district)"));
}

void UnitForm::setUnit(const gd::Unit &u)
{
    m_unit = u;
    reloadStreets(u.streetId);
    m_name->setText(u.name);
    m_kind->setCurrentIndex(m_kind->findData(u.kind)); // -1 shows "Choose a type"
    m_phone->setText(u.servicePhone);
    m_address->setText(u.address);
    selectChoice(m_street, u.streetId);
    m_contactModel->setUnit(u.id);
    m_contactsBox->setEnabled(!u.id.isEmpty());
    if (u.id.isEmpty())
        setTitle(tr("New unit"));
    else
        setTitle(u.active ? tr("Unit: %1").arg(u.name) : tr("Unit: %1 (deactivated)").arg(u.name));
    setRemovable(!u.id.isEmpty());
    updateContactButtons();
}

gd::Unit UnitForm::unit() const
{
    gd::Unit u = m_unit;
    u.name = m_name->text().trimmed();
    u.kind = m_kind->currentData().toString();
    u.servicePhone = m_phone->text().trimmed();
    u.address = m_address->text().trimmed();
    u.streetId = chosenId(m_street);
    return u;
}

} // namespace gdui
