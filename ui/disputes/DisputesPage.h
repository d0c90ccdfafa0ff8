#pragma once
// 矛盾纠纷: the dispute ledger. The list (by place, kind, risk, outcome and the period found, or
// only the high-risk ones waiting for review) beside the selected dispute in full — its parties
// (masked unless the operator keeps the grid), mediators, sessions, outcome, follow-up and review —
// with each next step one button away: record, change, a session, the outcome, the follow-up, the
// review.
#include "common/AppContext.h"
#include "disputes/DisputeList.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gdui {

class DisputeListModel;

class DisputesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DisputesPage(const AppContext &ctx, QWidget *parent = nullptr);
    DisputeListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QCheckBox *awaitingBox() const { return m_awaiting; }
    QLabel *statusLabel() const { return m_status; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordDispute();
    void editSelected();
    // 0 session, 1 outcome, 2 follow-up, 3 review (DisputeStepDialog::Step).
    void stepSelected(int step);
    // The high-risk disputes waiting for review (the due board's button).
    void showAwaitingReview();
    void select(const QString &id);
    // Exactly these disputes (a figure's records), until a filter changes.
    void showRecords(const gd::DisputeFilter &filter, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    AppContext m_ctx;
    QComboBox *m_scope, *m_kind, *m_risk, *m_outcome;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_awaiting;
    QLabel *m_status;
    DisputeListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_editButton;
    bool m_stale = true;
};

} // namespace gdui
