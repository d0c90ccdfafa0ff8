#pragma once
// The working-day calendar tab of the case-rules dialog: a year chooser, that year's days off
// and make-up working days, add / edit / delete, and importing the State Council's notice for the
// next year from a CSV file. Everything goes into the CalendarDayModel draft; the dialog saves it.
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace gd {
class Database;
}

namespace gdui {

class CalendarDayModel;

class CalendarTab : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarTab(gd::Database &db, QWidget *parent = nullptr);

    CalendarDayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setReadOnly(bool readOnly);
    void showYear(int year);

    // Reads a calendar CSV into the draft; false (and nothing staged) when any line is bad. The
    // outcome is shown in the tab and in a message box. The import button asks for the file.
    bool importFile(const QString &path);
    // Opens the day dialog for a new day or the selected one.
    void addDay();
    void editDay();
    void removeDay();

private:
    void fillYears(int select);
    void updateState();
    // A year with no day drafted or saved, right after the last one with days: counted provisionally.
    bool isProvisional(int year) const;
    QString yearLabel(int year) const;
    int selectedRow() const;
    void showResult(const QString &text, bool ok);

    gd::Database &m_db;
    CalendarDayModel *m_model;
    QComboBox *m_year;
    QLabel *m_missing;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_result;
    QLabel *m_pending;
    bool m_readOnly = false;
};

} // namespace gdui
