#include "BuildingDialog.h"

#include "common/FormRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace gdui {

BuildingDialog::BuildingDialog(const gd::Building &b, const QStringList &aliases,
                               const QList<Choice> &propertyCompanies, QWidget *parent)
    : QDialog(parent)
    , m_building(b)
{
    setWindowTitle(b.id.isEmpty() ? tr("New building") : tr("Building %1").arg(b.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(b.name, this);
    m_name->setObjectName(QStringLiteral("buildingNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. 书香家园49号楼"));
    m_address = new QLineEdit(b.address, this);
    m_address->setObjectName(QStringLiteral("buildingAddressLineEdit"));
    m_address->setPlaceholderText(tr("e.g. 三明南路2号"));
    m_households = new QSpinBox(this);
    m_households->setObjectName(QStringLiteral("buildingHouseholdsSpinBox"));
    m_households->setRange(0, 5000);
    m_households->setValue(b.households);
    m_compound = new QLineEdit(b.compound, this);
    m_compound->setObjectName(QStringLiteral("buildingCompoundLineEdit"));
    m_compound->setMaxLength(60);
    m_compound->setPlaceholderText(tr("The compound (小区) when the grid spans several, e.g. 书香家园"));
    m_property = new QComboBox(this);
    m_property->setObjectName(QStringLiteral("buildingPropertyComboBox"));
    makeSearchable(m_property);
    fillChoices(m_property, propertyCompanies, tr("(the grid's)"));
    selectChoice(m_property, b.propertyUnitId);
    m_property->setToolTip(tr("The compound's property company, when it is not the grid's: the contact card lists "
                              "each compound's company"));
    m_aliases = new QPlainTextEdit(aliases.join(QLatin1Char('\n')), this);
    m_aliases->setObjectName(QStringLiteral("buildingAliasesTextEdit"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(tr("Other names residents use, one per line"));
    addFormRow(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));
    addFormRow(form, m_errors, tr("&Address:"), m_address, QStringLiteral("address"));
    addFormRow(form, m_errors, tr("&Households:"), m_households, QStringLiteral("households"));
    addFormRow(form, m_errors, tr("&Compound:"), m_compound, QStringLiteral("compound"));
    addFormRow(form, m_errors, tr("&Property company:"), m_property, QStringLiteral("property_unit_id"));
    addFormRow(form, m_errors, tr("&Other names:"), m_aliases, QStringLiteral("aliases"));
    addOkCancel(this, form);
    resize(420, sizeHint().height());
}

gd::Building BuildingDialog::building() const
{
    gd::Building b = m_building;
    b.name = m_name->text().trimmed();
    b.address = m_address->text().trimmed();
    b.households = m_households->value();
    b.compound = m_compound->text().trimmed();
    b.propertyUnitId = chosenId(m_property);
    return b;
}

QStringList BuildingDialog::aliases() const
{
    QStringList out;
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace gdui
