#pragma once
// 走访巡查: the grid's visits and patrols, and the care register. The visits tab lists them newest
// first (by place, worker, kind and period, or only those that became cases) beside the desk's
// entry form; a finding becomes a case from the form or from the list, and a visit's case opens on
// the cases page. The care register lists the households visited regularly, the late ones first,
// in red, with a care visit recorded from it in one step.
#include "common/AppContext.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace gdui {

class CareListModel;
class VisitForm;
class VisitListModel;

class VisitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit VisitsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    VisitForm *form() const { return m_form; }
    VisitListModel *visitModel() const { return m_visits; }
    QTableView *visitTable() const { return m_visitTable; }
    CareListModel *careModel() const { return m_care; }
    QTableView *careTable() const { return m_careTable; }
    QComboBox *scopeCombo() const { return m_scope; }
    QCheckBox *lateOnlyBox() const { return m_lateOnly; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void refresh();
    void registerSelectedFinding();
    void removeSelectedVisit();
    void addHousehold();
    void editSelectedHousehold();
    void deactivateSelectedHousehold();
    void careVisitForSelected();
    // The care register's households late for a visit (the due board's button).
    void showLateCare();
    // Exactly these visits (a figure's records), or these care households, until a filter changes.
    void showRecords(const gd::VisitFilter &filter, const QString &title);
    void showCareRecords(const gd::CareFilter &filter, const QString &title);

Q_SIGNALS:
    void openCase(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildVisitsTab();
    QWidget *buildCareTab();
    AppContext m_ctx;
    QTabWidget *m_tabs;
    QComboBox *m_scope, *m_worker, *m_kind, *m_careKind;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_foundOnly, *m_lateOnly;
    QLabel *m_status, *m_careStatus;
    VisitForm *m_form;
    VisitListModel *m_visits;
    QTableView *m_visitTable;
    CareListModel *m_care;
    QTableView *m_careTable;
    bool m_stale = true;
};

} // namespace gdui
