#pragma once
// 并发与重号, a tab of the exchange page: what merges found that is more than one field.
//   - Concurrent actions: offices that moved one case on from the same state, unaware of each
//     other (exchange/CaseBranchings.h). Each branch's first action, office, who and when, and
//     which branch stands for now; a supervisor chooses the branch that stands, with a reason.
//   - Keys given twice: a street, community or grid code, a worker's phone or a case number held
//     by two records (exchange/IdentityConflicts.h). An administrator keeps the selected record
//     (the others are merged into it) or gives it another key.
// Each decision is an ordinary stamped write that travels with the next package.
#include "common/AppContext.h"
#include "exchange/CaseBranchings.h"
#include "exchange/IdentityConflicts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace gdui {

class ConcurrentTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConcurrentTab(const AppContext &ctx, QWidget *parent = nullptr);

    QTableView *branchTable() const { return m_branchTable; }
    QTableView *identityTable() const { return m_identityTable; }
    int openCount() const { return int(m_branchings.size() + m_identities.size()); }

    // The selected branch stands (a supervisor's; the reason given or asked for). False, with the
    // reason shown, when refused or declined.
    bool settleSelected(const QString &reason = {});
    // The other records of the selected key are merged into the selected one, after asking.
    bool keepSelected();
    // The selected record gets this key (asked for when empty).
    bool renumberSelected(const QString &value = {});

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void fail(const QString &message);

    AppContext m_ctx;
    QList<gd::exchange::CaseBranching> m_branchings;
    QList<gd::exchange::IdentityConflict> m_identities;
    QList<QPair<int, int>> m_branchRows, m_identityRows; // table row → (list index, head or record index)
    QStandardItemModel *m_branches, *m_keys;
    QTableView *m_branchTable, *m_identityTable;
    QPushButton *m_settle, *m_keep, *m_renumber;
    QLabel *m_status;
};

} // namespace gdui
