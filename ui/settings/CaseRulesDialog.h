#pragma once
// The administrator's rules for cases (docs/domain.md, deadlines and repeats): deadline limits, the repeat window and
// the working-day calendar, in three tabs saved together by OK (gd::CaseSettings::save, one
// transaction). An operator without EditSettings sees them read-only, with a note saying why.
#include "cases/CalendarRecompute.h"
#include "cases/DeadlineRules.h"
#include "cases/RepeatFinder.h"
#include "common/FieldErrors.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace gd {
class Database;
}

namespace gdui {

class CalendarTab;
class DeadlineRulesForm;

class CaseRulesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { DeadlinesTab, RepeatsTab, CalendarTabIndex };

    explicit CaseRulesDialog(gd::Database &db, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    // Whether anything differs from the file (asked before Cancel throws it away).
    bool isModified() const;
    DeadlineRulesForm *deadlines() const { return m_deadlines; }
    QSpinBox *repeatWindow() const { return m_window; }
    QSpinBox *attachScore() const { return m_attach; }
    QSpinBox *reviewScore() const { return m_review; }
    gd::RepeatScores scores() const;
    CalendarTab *calendar() const { return m_calendar; }
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;
    void reject() override;

    // What the office is told after OK made a provisional year official: the cases counted again
    // and the first of the deadlines that moved.
    static QString recountText(const gd::RecomputeReport &report);

private:
    QWidget *buildRepeatTab();
    void showFieldTab(const QString &field);

    gd::Database &m_db;
    bool m_readOnly;
    gd::DeadlineRules m_loadedRules;
    int m_loadedWindow;
    gd::RepeatScores m_loadedScores;
    QTabWidget *m_tabs;
    DeadlineRulesForm *m_deadlines;
    QSpinBox *m_window;
    QSpinBox *m_attach;
    QSpinBox *m_review;
    CalendarTab *m_calendar;
    FieldErrors m_errors;
};

} // namespace gdui
