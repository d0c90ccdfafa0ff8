#pragma once
// The cases a hub holds, as an office lists its own (cases/CaseQueries.h, the same plan and keyset
// pages at a city's scale): by place, state, deadline, channel, category, time received and order,
// or found by search (hub/HubSearch.h) as an office's search finds them, or exactly the cases
// behind a figure the hub's dashboard shows; a case opened in full with its timeline. Read only: a
// case is acted on in its office's file.
#include "cases/CaseQueries.h"
#include "stats/FigureOrigin.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace gdui {

class CaseListModel;

class HubCasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit HubCasesPage(const FigureOrigin &origin, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *scopeFilter() const { return m_scope; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *dueFilter() const { return m_due; }
    QComboBox *periodFilter() const { return m_period; }
    // Exactly the cases behind a figure: listed until another filter is chosen; the status line
    // names the figure and how many.
    void showCases(const gd::CaseFilter &filter, const QString &title);
    // The filter the pickers describe.
    gd::CaseFilter filter() const;

    QLineEdit *searchBox() const { return m_search; }

public Q_SLOTS:
    void applyFilter();
    // The search box's text now (without waiting for the typing pause); empty: the filtered list.
    void applySearch();
    // The case in full in a window of its own (HubCaseDialog); Enter or a double click on a row.
    void openCase(const QString &caseId);
    // The case of a number opened so; none after a message naming the number.
    QWidget *openCaseNumber(const QString &number);

private:
    void show(const gd::CaseFilter &filter, const QString &title);
    FigureOrigin m_origin;
    QComboBox *m_scope, *m_state, *m_due, *m_channel, *m_sort, *m_category, *m_period;
    QLabel *m_status;
    QLineEdit *m_search;
    QTimer *m_searchPause;
    CaseListModel *m_model;
    QTableView *m_table;
};

} // namespace gdui
