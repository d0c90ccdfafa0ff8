#include "JointPeopleEditor.h"

#include "common/FormRows.h"

#include <QComboBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

JointPeopleEditor::JointPeopleEditor(const QList<Choice> &register_, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_register(register_)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = newRowTable(this, objectName, {tr("Person (from the register, or a name)")});
    layout->addWidget(tableWithButtons(this, m_table, tr("Add a &person"), [this] { addPerson(); }));
}

void JointPeopleEditor::addPerson(const gd::JointPerson &person)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *who = new QComboBox(m_table);
    makeSearchable(who);
    fillChoices(who, m_register, QString());
    who->setProperty("personId", person.id);
    if (!person.workerId.isEmpty()) {
        selectChoice(who, person.workerId);
    } else {
        who->setCurrentIndex(-1);
        who->setEditText(person.name);
    }
    m_table->setCellWidget(row, 0, who);
    m_table->setCurrentCell(row, 0);
    who->setFocus();
}

QList<gd::JointPerson> JointPeopleEditor::people() const
{
    QList<gd::JointPerson> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *who = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        gd::JointPerson p;
        p.id = who->property("personId").toString();
        p.workerId = chosenId(who);
        if (p.workerId.isEmpty()) // a name typed that is no one in the register is kept as written
            p.name = who->currentText().trimmed();
        if (!p.workerId.isEmpty() || !p.name.isEmpty())
            out << p;
    }
    return out;
}

} // namespace gdui
