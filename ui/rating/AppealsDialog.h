#pragma once
// 公示与申诉: a month's public notice and its appeals. Whoever scores records a worker's appeal in
// the worker's words (the worker selected on the sheet), a supervisor answers each; the month is
// approved once the notice is over and every appeal is answered (rating/Appeals.h decides).
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {
class Database;
}

namespace gdui {

class AppealsDialog : public QDialog
{
    Q_OBJECT
public:
    AppealsDialog(gd::Database &db, const QString &month, const QString &workerId, const QString &workerName,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *notice() const { return m_notice; }
    // What the buttons do once the text is typed; false (the reason shown) when core refused it.
    bool record(const QString &text);
    bool answer(int row, const QString &text);

private:
    void refresh();

    gd::Database &m_db;
    QString m_month, m_workerId, m_workerName;
    QStringList m_ids; // the appeal of each row
    QLabel *m_notice;
    QTableWidget *m_table;
    QPushButton *m_record, *m_answer;
};

} // namespace gdui
