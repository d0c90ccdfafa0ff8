#pragma once
// The deadline tab of the case-rules dialog: every rule gd::DeadlineRules holds as a spin box
// with its unit, limited to the range the core accepts (DeadlineRules::bounds). Rules this
// version shows no box for (a route added by a later version) are kept as loaded.
#include "cases/DeadlineRules.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QPushButton;
class QSpinBox;

namespace gdui {

class DeadlineRulesForm : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlineRulesForm(QWidget *parent = nullptr);

    void setRules(const gd::DeadlineRules &rules);
    gd::DeadlineRules rules() const;
    void restoreDefaults() { setRules(gd::DeadlineRules()); }
    void setReadOnly(bool readOnly);
    // The spin box of each rule by its error field ("normal_days", "type_days.help"…).
    const QHash<QString, QSpinBox *> &fields() const { return m_fields; }

private:
    QSpinBox *addSpin(QFormLayout *form, const QString &label, const QString &key, const QString &suffix,
                      const QString &unsetText = {});

    gd::DeadlineRules m_base;
    QHash<QString, QSpinBox *> m_fields;
    QPushButton *m_restore;
    QCheckBox *m_byOther;
};

} // namespace gdui
