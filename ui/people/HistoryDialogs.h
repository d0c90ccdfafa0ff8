#pragma once
// Small dialogs for a worker's history: a career-ladder step, and cover of a vacant grid.
#include "common/FieldErrors.h"
#include "people/WorkerTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class CareerStepDialog : public QDialog
{
    Q_OBJECT
public:
    CareerStepDialog(const QString &workerId, const QString &today, QWidget *parent = nullptr);
    gd::CareerStep step() const;
    FieldErrors &errors() { return m_errors; }

private:
    QString m_workerId;
    QComboBox *m_stage;
    QLineEdit *m_date;
    QLineEdit *m_note;
    FieldErrors m_errors;
};

class CoverDialog : public QDialog
{
    Q_OBJECT
public:
    CoverDialog(gd::Database &db, const QString &workerId, const QString &today, QWidget *parent = nullptr);
    // The cover to save; an empty gridId when the code matches no grid.
    gd::GridCover cover() const;
    QString gridCode() const;
    FieldErrors &errors() { return m_errors; }

private:
    gd::Database &m_db;
    QString m_workerId;
    QLineEdit *m_grid;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QSpinBox *m_subsidy;
    FieldErrors m_errors;
};

} // namespace gdui
