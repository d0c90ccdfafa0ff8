#pragma once
// Settings: the language and data file of this PC, and the office identity kept in the file.
#include "common/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class AppSettings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(gd::Database &db, AppSettings &settings, QWidget *parent = nullptr);
    // A data file the user chose to switch to, or empty.
    QString requestedDataFile() const { return m_requestedFile; }
    void accept() override;

private:
    gd::Database &m_db;
    AppSettings &m_settings;
    QComboBox *m_language;
    QLabel *m_file;
    QString m_requestedFile;
    QLineEdit *m_officeName;
    QLineEdit *m_district;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_supervision;
    QLineEdit *m_caseCode;
    QSpinBox *m_clockTolerance;
    QSpinBox *m_minimumSample;
    FieldErrors m_errors;
};

} // namespace gdui
