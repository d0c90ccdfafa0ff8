#include "ExchangePage.h"

#include "ConcurrentTab.h"
#include "ExchangeModels.h"
#include "ExchangeNames.h"
#include "ExportWizard.h"
#include "ImportDialog.h"
#include "PeerTab.h"
#include "TrustTab.h"
#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "exchange/MergeConflicts.h"
#include "exchange/MergeUndo.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

namespace {

// One side of a conflict: the value large, who wrote it and when below.
QGroupBox *valueBox(QWidget *parent, const QString &title, QLabel **value, QLabel **who)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    *value = new QLabel(box);
    (*value)->setTextFormat(Qt::PlainText); // another office's text, shown as written
    (*value)->setWordWrap(true);
    (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    (*value)->setFont(big);
    *who = new QLabel(box);
    (*who)->setTextFormat(Qt::PlainText);
    (*who)->setWordWrap(true);
    layout->addWidget(*value);
    layout->addWidget(*who);
    layout->addStretch(1);
    return box;
}

} // namespace

ExchangePage::ExchangePage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("exchangePage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export a package…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Ctrl+Shift+E"));
    m_import = new QPushButton(tr("&Import a package…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Ctrl+Shift+I"));
    m_undo = new QPushButton(tr("&Undo a merge…"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    top->addWidget(m_export);
    top->addWidget(m_import);
    top->addWidget(m_undo);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    connect(m_export, &QPushButton::clicked, this, &ExchangePage::openExport);
    connect(m_import, &QPushButton::clicked, this, &ExchangePage::openImport);
    connect(m_undo, &QPushButton::clicked, this, &ExchangePage::openUndo);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, this, &ExchangePage::openExport,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, this, &ExchangePage::openImport,
                  Qt::WidgetWithChildrenShortcut);

    m_tabs = new QTabWidget(this);
    // Conflicts: the list, and the selected one's two values side by side.
    auto *conflictsTab = new QWidget(m_tabs);
    auto *conflictsLayout = new QVBoxLayout(conflictsTab);
    auto *split = new QSplitter(Qt::Vertical, conflictsTab);
    m_conflicts = new ConflictTableModel(*ctx.db, this);
    m_conflictTable = makeTable(split, m_conflicts, QStringLiteral("conflictTable"), tr("Open conflicts"));
    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    m_record = new QLabel(detail);
    m_record->setObjectName(QStringLiteral("conflictRecord"));
    m_record->setWordWrap(true);
    detailLayout->addWidget(m_record);
    auto *sides = new QHBoxLayout;
    sides->addWidget(valueBox(detail, tr("Value kept (now in the file)"), &m_keptValue, &m_keptWho), 1);
    sides->addWidget(valueBox(detail, tr("Value set aside"), &m_lostValue, &m_lostWho), 1);
    detailLayout->addLayout(sides, 1);
    auto *actions = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep this value"), detail);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_other = new QPushButton(tr("&Take the other value"), detail);
    m_other->setObjectName(QStringLiteral("otherButton"));
    m_newValue = new QPushButton(tr("&Write a new value…"), detail);
    m_newValue->setObjectName(QStringLiteral("newValueButton"));
    actions->addWidget(m_keep);
    actions->addWidget(m_other);
    actions->addWidget(m_newValue);
    actions->addStretch(1);
    detailLayout->addLayout(actions);
    split->addWidget(m_conflictTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    conflictsLayout->addWidget(split);
    m_tabs->addTab(conflictsTab, tr("Open conflicts"));
    connect(m_keep, &QPushButton::clicked, this,
            [this] { resolveSelected(int(gd::exchange::Resolution::KeepCurrent)); });
    connect(m_other, &QPushButton::clicked, this,
            [this] { resolveSelected(int(gd::exchange::Resolution::TakeOther)); });
    connect(m_newValue, &QPushButton::clicked, this,
            [this] { resolveSelected(int(gd::exchange::Resolution::NewValue)); });
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExchangePage::showSelected);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &ExchangePage::showSelected);

    // The ledger.
    m_ledger = new LedgerTableModel(*ctx.db, this);
    m_ledgerTable = makeTable(m_tabs, m_ledger, QStringLiteral("ledgerTable"), tr("Packages merged"));
    m_tabs->addTab(m_ledgerTable, tr("Packages merged"));
    m_concurrent = new ConcurrentTab(m_ctx, m_tabs);
    m_tabs->addTab(m_concurrent, tr("Concurrent actions and keys"));
    m_peers = new PeerTab(m_ctx, m_tabs);
    m_tabs->addTab(m_peers, tr("Offices sent to"));
    m_trust = new TrustTab(m_ctx, m_tabs);
    m_tabs->addTab(m_trust, tr("Trusted offices"));
    layout->addWidget(m_tabs, 1);

    connect(ctx.db, &gd::Database::actorChanged, this, &ExchangePage::updateActions);
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (isVisible() &&
            (tables.contains(QStringLiteral("merge_conflicts")) || tables.contains(QStringLiteral("cases"))))
            refresh();
    });
    refresh();
}

void ExchangePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ExchangePage::refresh()
{
    const qint64 selected = m_conflicts->conflict(m_conflictTable->currentIndex().row()).id;
    m_conflicts->refresh();
    m_ledger->refresh();
    m_trust->refresh();
    m_peers->refresh();
    m_concurrent->refresh();
    m_tabs->setTabText(m_tabs->indexOf(m_concurrent),
                       tr("Concurrent actions and keys (%1)").arg(m_concurrent->openCount()));
    m_conflictTable->resizeColumnsToContents();
    m_ledgerTable->resizeColumnsToContents();
    const int row = qMax(0, m_conflicts->rowOfConflict(selected));
    if (m_conflicts->rowCount() > 0)
        m_conflictTable->selectRow(row);
    const QString office = m_ctx.db->meta(QStringLiteral("office_name"));
    QString text = m_conflicts->rowCount() == 0
                       ? tr("No open conflicts.")
                       : tr("%n open conflict(s) to decide.", nullptr, m_conflicts->rowCount());
    if (!m_conflicts->error().isEmpty())
        text = m_conflicts->error();
    m_summary->setText(office.isEmpty() ? text : tr("%1 · %2").arg(office, text));
    m_tabs->setTabText(0, tr("Open conflicts (%1)").arg(m_conflicts->rowCount()));
    showSelected();
}

void ExchangePage::showSelected()
{
    const int row = m_conflictTable->currentIndex().row();
    const gd::exchange::MergeConflict c = m_conflicts->conflict(row);
    if (row < 0 || c.id == 0) {
        m_record->setText(m_conflicts->rowCount() == 0
                              ? tr("Nothing to decide: every merge so far agreed, or every conflict was settled.")
                              : tr("Choose a conflict above."));
        for (QLabel *l : {m_keptValue, m_keptWho, m_lostValue, m_lostWho})
            l->clear();
    } else {
        m_record->setText(tr("<b>%1</b> — %2: both offices changed it without seeing the other's change.")
                              .arg(m_conflicts->data(m_conflicts->index(row, ConflictTableModel::RecordColumn))
                                       .toString()
                                       .toHtmlEscaped(),
                                   exchangeFieldTitle(c.field).toHtmlEscaped()));
        auto shown = [this](const QString &v) { return v.isEmpty() ? tr("(empty)") : v; };
        m_keptValue->setText(shown(c.kept));
        m_lostValue->setText(shown(c.lost));
        m_keptWho->setText(
            tr("Written by %1 at %2; newer, so every office keeps it.").arg(c.keptOffice, exchangeTime(c.keptMs)));
        m_lostWho->setText(tr("Written by %1 at %2.").arg(c.lostOffice, exchangeTime(c.lostMs)));
    }
    updateActions();
}

void ExchangePage::updateActions()
{
    const gd::Actor &a = m_ctx.db->actor();
    const bool admin = a.signedIn && gd::roleAllows(a.role, gd::Permission::EditSettings);
    const bool chosen = m_conflicts->conflict(m_conflictTable->currentIndex().row()).id != 0;
    for (QPushButton *b : {m_keep, m_other, m_newValue})
        b->setEnabled(admin && chosen);
    m_import->setEnabled(admin);
    m_undo->setEnabled(admin);
    m_undo->setToolTip(admin ? tr("Take a merge back from the undo file it left beside this file")
                             : tr("Only an administrator merges packages."));
    m_import->setToolTip(admin ? tr("Ctrl+Shift+I") : tr("Only an administrator merges packages."));
}

bool ExchangePage::resolveSelected(int choice, const QString &newValue)
{
    const gd::exchange::MergeConflict c = m_conflicts->conflict(m_conflictTable->currentIndex().row());
    if (c.id == 0)
        return false;
    const auto how = gd::exchange::Resolution(choice);
    QString value = newValue;
    if (how == gd::exchange::Resolution::NewValue && value.isEmpty()) {
        bool ok = false;
        value = QInputDialog::getText(this, tr("Write a new value"),
                                      tr("%1 of %2:").arg(exchangeFieldTitle(c.field), c.rowLabel), QLineEdit::Normal,
                                      c.kept, &ok);
        if (!ok)
            return false;
    }
    const gd::Status s = gd::exchange::resolveConflict(*m_ctx.db, c.id, how, value);
    if (!s) {
        MessageBox::warning(this, tr("Resolve a conflict"), s.message());
        return false;
    }
    refresh();
    return true;
}

void ExchangePage::openExport()
{
    ExportWizard wizard(*m_ctx.db, this);
    wizard.exec();
}

void ExchangePage::openImport()
{
    if (!m_import->isEnabled())
        return;
    ImportDialog dialog(*m_ctx.db, this);
    connect(&dialog, &ImportDialog::merged, this, &ExchangePage::refresh);
    dialog.exec();
}

} // namespace gdui

namespace gdui {

void ExchangePage::openUndo()
{
    if (!m_undo->isEnabled())
        return;
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the merge's undo file"),
                                     QFileInfo(m_ctx.db->path()).absolutePath(), tr("GridDesk undo files (*.undo)"));
    if (!file.isEmpty())
        undoMerge(file);
}

bool ExchangePage::undoMerge(const QString &undoFile)
{
    const QString title = tr("Undo a merge");
    if (!MessageBox::question(this, title,
                              tr("Take back the merge recorded in %1? Every row it added or changed returns to what "
                                 "it was before; the package can be merged again later.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(undoFile).fileName()))))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto undone = gd::exchange::undoMerge(*m_ctx.db, undoFile);
    QApplication::restoreOverrideCursor();
    if (!undone) {
        MessageBox::warning(this, title, undone.message());
        return false;
    }
    refresh();
    MessageBox::information(this, title,
                            tr("The merge of %1 was taken back: %2 row(s) as they were, %3 case(s) re-indexed.")
                                .arg(undone->packageFile)
                                .arg(undone->rows)
                                .arg(undone->cases));
    return true;
}

} // namespace gdui
