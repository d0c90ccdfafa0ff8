#pragma once
// 培训场次: a year's training sessions — day, topic, needs answered, expert and unit, attendance and
// the average evaluation — beside the session chosen in full (each attendee's evaluation, the
// materials). Record (Ctrl+N), change, remove, an attendee's evaluation, materials attached and
// saved back out, and a worker's training history of the year printed or saved as PDF.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace gdui {

class TrainingSessionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingSessionsTab(const AppContext &ctx, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *historyWorker() const { return m_worker; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordSession();
    void editSelected();
    void removeSelected();
    void evaluateSelected();
    void attachMaterial();
    void saveMaterial();
    // The chosen worker's history of the year, to a PDF at `path`; false (said) when refused.
    bool saveHistory(const QString &path);
    void printHistory();

private:
    void showSelected();
    AppContext m_ctx;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QLabel *m_status;
    QComboBox *m_worker;
    QList<QPushButton *> m_needSelection;
};

} // namespace gdui
