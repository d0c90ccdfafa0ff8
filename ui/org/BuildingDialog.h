#pragma once
// Adds or edits one building: its name, street address, households, its compound and property
// company where the grid spans several, and the other ways residents name it (each becomes a
// lookup address for case intake).
#include "common/Choosers.h"
#include "common/FieldErrors.h"
#include "org/OrgTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gdui {

class BuildingDialog : public QDialog
{
    Q_OBJECT
public:
    // propertyCompanies: the companies that can serve the grid's street.
    BuildingDialog(const gd::Building &building, const QStringList &aliases, const QList<Choice> &propertyCompanies,
                   QWidget *parent = nullptr);
    gd::Building building() const;
    QStringList aliases() const; // other names, one per line
    FieldErrors &errors() { return m_errors; }

private:
    gd::Building m_building;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_households;
    QLineEdit *m_compound;
    QComboBox *m_property;
    QPlainTextEdit *m_aliases;
    FieldErrors m_errors;
};

} // namespace gdui
