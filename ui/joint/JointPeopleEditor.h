#pragma once
// The people of a joint activity or meeting as a dialog edits them: a row each, chosen from the
// people register by typing part of a name, or a name written as it is (an officer of another
// station, a committee member). Rows keep their ids, so a change keeps the rows that stay.
#include "cases/CaseChoices.h"
#include "joint/JointTypes.h"

#include <QWidget>

class QTableWidget;

namespace gdui {

class JointPeopleEditor : public QWidget
{
    Q_OBJECT
public:
    JointPeopleEditor(const QList<Choice> &register_, const QString &objectName, QWidget *parent = nullptr);
    void addPerson(const gd::JointPerson &person = {});
    QList<gd::JointPerson> people() const;
    QTableWidget *table() const { return m_table; }

private:
    QList<Choice> m_register;
    QTableWidget *m_table;
};

} // namespace gdui
