#pragma once
// 数据交换: packages to and from other offices, and what merging them left to decide.
//   - Export… (Ctrl+Shift+E) opens the export wizard; Import… (Ctrl+Shift+I) the import dialog
//     (administrators: merging is theirs, and core refuses anyone else anyway).
//   - 待处理冲突: values two offices changed unaware of each other. The two values side by side,
//     which office wrote each and when; keep the one kept, take the other, or write a new value.
//     The decision is an ordinary edit that travels with the next package.
//   - 并发与重号: concurrent actions on cases and keys given twice (ConcurrentTab.h).
//   - 发送对象: per office sent changes to, what it confirmed having and what it lacks (PeerTab.h).
//   - 信任的单位: this office's key fingerprint and the offices whose signed packages it merges
//     (TrustTab.h).
//   - 已合并的数据包: the ledger of packages merged into this file. Undo a merge… takes one back
//     from the undo file it left beside the database (exchange/MergeUndo.h).
#include "common/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace gdui {

class ConcurrentTab;
class ConflictTableModel;
class LedgerTableModel;
class PeerTab;
class TrustTab;

class ExchangePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangePage(const AppContext &ctx, QWidget *parent = nullptr);

    ConflictTableModel *conflictModel() const { return m_conflicts; }
    LedgerTableModel *ledgerModel() const { return m_ledger; }
    QTableView *conflictTable() const { return m_conflictTable; }
    QTabWidget *tabs() const { return m_tabs; }
    TrustTab *trustTab() const { return m_trust; }
    PeerTab *peerTab() const { return m_peers; }
    ConcurrentTab *concurrentTab() const { return m_concurrent; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *otherButton() const { return m_other; }
    QPushButton *newValueButton() const { return m_newValue; }
    QLabel *keptLabel() const { return m_keptValue; }
    QLabel *lostLabel() const { return m_lostValue; }

    // The selected conflict settled; a new value is asked for when none is given. False (with
    // the reason shown) when the file refused.
    bool resolveSelected(int choice, const QString &newValue = {});
    // Takes a merge back from its undo file after asking; false (with the reason shown) when
    // the user declined or the file refused.
    bool undoMerge(const QString &undoFile);

public Q_SLOTS:
    void refresh();
    void openExport();
    void openImport();
    void openUndo();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void updateActions();
    AppContext m_ctx;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_undo;
    QTabWidget *m_tabs;
    ConflictTableModel *m_conflicts;
    QTableView *m_conflictTable;
    QLabel *m_record;
    QLabel *m_keptValue, *m_keptWho;
    QLabel *m_lostValue, *m_lostWho;
    QPushButton *m_keep, *m_other, *m_newValue;
    LedgerTableModel *m_ledger;
    QTableView *m_ledgerTable;
    TrustTab *m_trust;
    PeerTab *m_peers;
    ConcurrentTab *m_concurrent;
};

} // namespace gdui
