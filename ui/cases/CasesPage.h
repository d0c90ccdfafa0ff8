#pragma once
// The case list with its filters (state, deadline, street, category, channel, sort) and the
// selected case's detail and actions below it.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

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
    void selectCase(const QString &caseId);

public Q_SLOTS:
    void applyFilter();

private:
    void onCurrentChanged();
    AppContext m_ctx;
    QComboBox *m_state;
    QComboBox *m_due;
    QComboBox *m_street;
    QComboBox *m_category;
    QComboBox *m_channel;
    QComboBox *m_sort;
    QLabel *m_status;
    CaseListModel *m_model;
    QTableView *m_table;
    CaseDetail *m_detail;
};

} // namespace gdui
