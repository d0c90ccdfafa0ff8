#pragma once
// A household on the care register, added or changed: grid and building, the person cared for,
// phone and address, the kind of care, the visit interval and a note. Opened on an existing
// household only through CareRegister::open (in full, audited), so an operator who may not see it
// never gets this far.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "visits/VisitTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gdui {

class CareHouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    CareHouseholdDialog(const AppContext &ctx, const gd::CareHousehold &household, QWidget *parent = nullptr);
    QComboBox *gridCombo() const { return m_grid; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QString savedId() const { return m_savedId; }

    void accept() override; // saves; stays open on a refusal

private:
    void gridChosen();
    AppContext m_ctx;
    gd::CareHousehold m_household;
    QString m_savedId;
    FieldErrors m_errors;
    QComboBox *m_grid, *m_building, *m_kind;
    QLineEdit *m_name, *m_phone, *m_address;
    QSpinBox *m_interval;
    QPlainTextEdit *m_note;
};

} // namespace gdui
