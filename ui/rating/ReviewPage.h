#pragma once
// 星级考评: a month's review for the supervisor. Choose the month (last month by default); the
// sheet shows each full-time worker's items, computed from the cases or typed in (yellow cells,
// while the month is open), the total and the star proposed, best explained beside it. Submit
// (Ctrl+Shift+S), approve (a supervisor, Ctrl+Shift+A) and reopen with a reason; every action
// is core's (rating/MonthReview.h), refused there for whoever may not. Below: the review's
// settings, its charts, the year's results, and the month on paper (result sheet and
// statements, previewed and printed or saved as PDF; Ctrl+P) and in Excel (ReviewPageOutput.cpp).
#include "ReviewPrint.h"
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QStandardItemModel;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gdui {

class ReviewSheetModel;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(const AppContext &ctx, QWidget *parent = nullptr);

    void showMonth(const QString &month);
    ReviewSheetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *trainingButton() const { return m_training; }
    QPushButton *appealsButton() const { return m_appeals; }
    // The worker of the sheet's current row (empty when none is selected).
    QString selectedWorkerId() const;
    QString selectedWorkerName() const;
    QPushButton *outputButton() const { return m_output; }
    QLabel *stateLabel() const { return m_state; }
    QTextBrowser *explanation() const { return m_explanation; }

    // The cases behind a computed cell (double-click or Enter opens them in a window); null for
    // a cell that is not computed from the cases.
    QStandardItemModel *casesBehind(const QModelIndex &index, QObject *parent) const;
    void showCasesBehind(const QModelIndex &index);
    // Counted cases of the month with concurrent actions not settled yet (approve asks first).
    int unsettledCases() const;

    // The actions, as the buttons run them (reopen asks for its reason when none is given).
    bool submit();
    bool approve();
    bool reopen(const QString &reason = {});

    // The month on paper and in Excel (ReviewPageOutput.cpp); false with the reason shown.
    ReviewPaper paper() const;
    bool writeResultSheetPdf(const QString &path);
    bool writeStatementsPdf(const QString &path, const QStringList &workerIds = {});
    bool exportXlsx(const QString &path);
    void previewResultSheet();
    void previewStatements();
    void openSettings();
    void openItems();
    void openCharts();
    void openYear();
    // The year's results as the year dialog shows them (rows: workers; columns: name, twelve
    // months, the annual score, the grade).
    QStandardItemModel *yearModel(int year, QObject *parent) const;

private:
    // A file to write, named for the month (nameTemplate's %1) beside the last one chosen.
    QString askSaveName(const QString &title, const QString &nameTemplate, const QString &filter, const QString &month);
    void refresh();
    void showSelected();
    void updateActions();
    AppContext m_ctx;
    QDateEdit *m_month;
    QComboBox *m_order;
    QLabel *m_state;
    ReviewSheetModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_explanation;
    QPushButton *m_submit, *m_approve, *m_reopen, *m_training, *m_appeals;
    QPushButton *m_settings, *m_items, *m_charts, *m_year, *m_output;
};

} // namespace gdui
