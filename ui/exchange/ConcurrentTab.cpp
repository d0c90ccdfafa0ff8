#include "ConcurrentTab.h"

#include "ExchangeNames.h"
#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

namespace {

QList<QStandardItem *> rowOf(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &t : texts) {
        auto *item = new QStandardItem(t);
        item->setEditable(false);
        items << item;
    }
    return items;
}

} // namespace

ConcurrentTab::ConcurrentTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("concurrentTab"));
    auto *layout = new QVBoxLayout(this);
    m_branches = new QStandardItemModel(0, 7, this);
    m_branches->setHorizontalHeaderLabels(
        {tr("Case"), tr("Action"), tr("Office"), tr("By"), tr("At"), tr("Actions in branch"), tr("Now")});
    auto *branchBox = new QGroupBox(tr("Concurrent actions on cases"), this);
    auto *branchLayout = new QVBoxLayout(branchBox);
    m_branchTable = makeTable(branchBox, m_branches, QStringLiteral("branchTable"), tr("Concurrent actions on cases"));
    branchLayout->addWidget(m_branchTable);
    auto *branchButtons = new QHBoxLayout;
    m_settle = new QPushButton(tr("&This branch stands…"), branchBox);
    m_settle->setObjectName(QStringLiteral("settleBranchButton"));
    m_settle->setToolTip(tr("A supervisor's decision: the other branches' actions no longer count, in every office "
                            "that merges it."));
    branchButtons->addWidget(m_settle);
    branchButtons->addStretch(1);
    branchLayout->addLayout(branchButtons);
    layout->addWidget(branchBox, 1);

    m_keys = new QStandardItemModel(0, 5, this);
    m_keys->setHorizontalHeaderLabels({tr("Record kind"), tr("Key"), tr("Record"), tr("Made by office"), tr("Id")});
    auto *keyBox = new QGroupBox(tr("Codes, phones and case numbers given twice"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    m_identityTable = makeTable(keyBox, m_keys, QStringLiteral("identityTable"), tr("Keys given twice"));
    keyLayout->addWidget(m_identityTable);
    auto *keyButtons = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep this record, merge the others into it…"), keyBox);
    m_keep->setObjectName(QStringLiteral("keepRecordButton"));
    m_renumber = new QPushButton(tr("&Give this record another key…"), keyBox);
    m_renumber->setObjectName(QStringLiteral("renumberButton"));
    keyButtons->addWidget(m_keep);
    keyButtons->addWidget(m_renumber);
    keyButtons->addStretch(1);
    keyLayout->addLayout(keyButtons);
    layout->addWidget(keyBox, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("concurrentStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_settle, &QPushButton::clicked, this, [this] { settleSelected(); });
    connect(m_keep, &QPushButton::clicked, this, &ConcurrentTab::keepSelected);
    connect(m_renumber, &QPushButton::clicked, this, [this] { renumberSelected(); });
    refresh();
}

void ConcurrentTab::fail(const QString &message)
{
    m_status->setText(message);
    MessageBox::warning(this, tr("Not done"), message);
}

void ConcurrentTab::refresh()
{
    gd::Database &db = *m_ctx.db;
    auto branchings = gd::exchange::openBranchings(db);
    auto identities = gd::exchange::identityConflicts(db);
    m_branchings = branchings ? *branchings : QList<gd::exchange::CaseBranching>();
    m_identities = identities ? *identities : QList<gd::exchange::IdentityConflict>();
    m_branches->removeRows(0, m_branches->rowCount());
    m_keys->removeRows(0, m_keys->rowCount());
    m_branchRows.clear();
    m_identityRows.clear();
    for (int i = 0; i < m_branchings.size(); ++i) {
        const gd::exchange::CaseBranching &b = m_branchings.at(i);
        for (int h = 0; h < b.heads.size(); ++h) {
            const gd::exchange::BranchHead &head = b.heads.at(h);
            m_branches->appendRow(rowOf({b.caseNumber, gd::workflow::actionName(head.action), head.office,
                                         head.operatorName, exchangeTime(head.atMs), QString::number(head.moves),
                                         head.standing ? tr("stands for now") : tr("overridden")}));
            m_branches->item(m_branches->rowCount() - 1, 1)->setToolTip(head.note);
            m_branchRows << qMakePair(i, h);
        }
    }
    for (int i = 0; i < m_identities.size(); ++i) {
        const gd::exchange::IdentityConflict &c = m_identities.at(i);
        for (int r = 0; r < c.rows.size(); ++r) {
            const gd::exchange::IdentityRow &row = c.rows.at(r);
            m_keys->appendRow(rowOf({exchangeTableTitle(c.table), c.value, row.label, row.office, row.id.left(8)}));
            m_identityRows << qMakePair(i, r);
        }
    }
    m_branchTable->resizeColumnsToContents();
    m_identityTable->resizeColumnsToContents();
    const bool supervisor = gd::roleAllows(db.actor().role, gd::Permission::SuperviseCases);
    const bool admin = gd::roleAllows(db.actor().role, gd::Permission::EditSettings);
    m_settle->setEnabled(supervisor && !m_branchings.isEmpty());
    m_keep->setEnabled(admin && !m_identities.isEmpty());
    m_renumber->setEnabled(admin && !m_identities.isEmpty());
    if (!branchings || !identities)
        m_status->setText(branchings ? identities.message() : branchings.message());
    else
        m_status->setText(tr("%1 case(s) with concurrent actions, %2 key(s) given twice.")
                              .arg(m_branchings.size())
                              .arg(m_identities.size()));
}

bool ConcurrentTab::settleSelected(const QString &reason)
{
    const int row = m_branchTable->currentIndex().row();
    if (row < 0 || row >= m_branchRows.size()) {
        fail(tr("Choose the branch that stands first."));
        return false;
    }
    const auto [index, head] = m_branchRows.at(row);
    const gd::exchange::CaseBranching &b = m_branchings.at(index);
    QString note = reason;
    if (note.isEmpty()) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            this, tr("This branch stands"),
            tr("Case %1: \"%2\" by %3 stands; the other branches' actions no longer count. Why?")
                .arg(b.caseNumber, gd::workflow::actionName(b.heads.at(head).action), b.heads.at(head).office),
            {}, &ok);
        if (!ok)
            return false;
    }
    if (gd::Status s = gd::exchange::settleBranching(*m_ctx.db, b.caseId, b.after, b.heads.at(head).eventId, note);
        !s) {
        fail(s.message());
        return false;
    }
    refresh();
    m_status->setText(tr("Case %1 settled; the decision goes with the next package.").arg(b.caseNumber));
    Q_EMIT changed();
    return true;
}

bool ConcurrentTab::keepSelected()
{
    const int row = m_identityTable->currentIndex().row();
    if (row < 0 || row >= m_identityRows.size()) {
        fail(tr("Choose the record to keep first."));
        return false;
    }
    const auto [index, kept] = m_identityRows.at(row);
    const gd::exchange::IdentityConflict c = m_identities.at(index);
    if (!MessageBox::question(this, tr("Merge records"),
                              tr("Keep \"%1\" (%2) and merge the %3 other record(s) with %2 into it? Everything that "
                                 "names them will name it.")
                                  .arg(c.rows.at(kept).label, c.value)
                                  .arg(c.rows.size() - 1)))
        return false;
    for (int r = 0; r < c.rows.size(); ++r) {
        if (r == kept)
            continue;
        if (gd::Status s = gd::exchange::mergeIdentities(*m_ctx.db, c.table, c.rows.at(kept).id, c.rows.at(r).id); !s) {
            fail(s.message());
            refresh();
            return false;
        }
    }
    refresh();
    Q_EMIT changed();
    return true;
}

bool ConcurrentTab::renumberSelected(const QString &value)
{
    const int row = m_identityTable->currentIndex().row();
    if (row < 0 || row >= m_identityRows.size()) {
        fail(tr("Choose the record to renumber first."));
        return false;
    }
    const auto [index, which] = m_identityRows.at(row);
    const gd::exchange::IdentityConflict c = m_identities.at(index);
    QString newValue = value;
    if (newValue.isEmpty()) {
        bool ok = false;
        newValue = QInputDialog::getText(this, tr("Another key"),
                                         tr("New key for \"%1\" (now %2):").arg(c.rows.at(which).label, c.value),
                                         QLineEdit::Normal, c.value, &ok);
        if (!ok)
            return false;
    }
    if (gd::Status s = gd::exchange::renumberIdentity(*m_ctx.db, c.table, c.rows.at(which).id, newValue); !s) {
        fail(s.message());
        return false;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

} // namespace gdui
