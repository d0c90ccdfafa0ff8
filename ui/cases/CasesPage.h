#pragma once
// The case list with its filters (state, deadline, street, category, channel, sort; community,
// grid, handler, lead unit, time received), 12345 import and list export, a search
// box (Ctrl+F) that turns the list into ranked search results with the matches highlighted,
// and the selected case's detail and actions below it.
#include "cases/CaseQueries.h"
#include "common/AppContext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace gdui {

class CaseDetail;
class CaseListModel;

class CasesPage : public QWidget
{
    Q_OBJECT
public:
    CasesPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    CaseDetail *detail() const { return m_detail; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *dueFilter() const { return m_due; }
    QLineEdit *searchBox() const { return m_search; }
    void selectCase(const QString &caseId);
    // Shows exactly this filter (a cell of the due board): every combo set to match, then applied.
    void showFilter(const gd::CaseFilter &filter);
    // Exactly the cases behind a figure (the dashboard): the combos show what they can of it, the
    // list holds the figure's cases until another filter is chosen, and the status line names
    // the figure and how many.
    void showCases(const gd::CaseFilter &filter, const QString &title);
    // One case in the detail (a visit's case): selected in the list when the list holds it.
    void openCase(const QString &caseId);

public Q_SLOTS:
    void applyFilter();
    // The search box's text now (without waiting for the typing pause); empty: the filtered list.
    void applySearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Esc in the search box clears it

private:
    void onCurrentChanged();
    void refillCommunities();
    void refillGrids();
    void showMyCases(bool on); // the "My cases" action, toggled by the user
    void updateMyCases();      // another operator signed in: enabled only for a linked grid worker
    void syncMyCases();        // checked exactly while the list shows the operator's own cases
    void updateRepeatCount();  // the pending suspected repeats, on their action
    QList<QComboBox *> filters() const;
    QPair<qint64, qint64> period() const;
    AppContext m_ctx;
    QLineEdit *m_search;
    QTimer *m_searchPause;
    QComboBox *m_state;
    QComboBox *m_due;
    QComboBox *m_street;
    QComboBox *m_category;
    QComboBox *m_channel;
    QComboBox *m_sort;
    QComboBox *m_community;
    QComboBox *m_grid;
    QComboBox *m_handler;
    QAction *m_mine;
    QComboBox *m_lead;
    QComboBox *m_period;
    QAction *m_export;
    QAction *m_review;
    QLabel *m_status;
    CaseListModel *m_model;
    QTableView *m_table;
    CaseDetail *m_detail;
};

} // namespace gdui
