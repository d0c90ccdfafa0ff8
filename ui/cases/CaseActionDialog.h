#pragma once
// Asks what one workflow action needs: a note, and for some actions a handler, a reason, a
// number of days, a supervision level, the callback's result or the extension decision.
#include "common/FieldErrors.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    CaseActionDialog(gd::Database &db, const QString &action, QWidget *parent = nullptr);
    QString note() const;
    QJsonObject data() const;
    FieldErrors &errors() { return m_errors; }

private:
    QString m_action;
    FieldErrors m_errors;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_reason = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QCheckBox *m_solved = nullptr;
    QCheckBox *m_approved = nullptr;
};

} // namespace gdui
