#include "PeerTab.h"

#include "ExchangeNames.h"
#include "exchange/PackageExport.h"
#include "storage/Database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

PeerStatusModel::PeerStatusModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    refresh();
}

bool PeerStatusModel::refresh()
{
    auto statuses = gd::exchange::peerStatuses(m_db);
    beginResetModel();
    m_rows = statuses ? *statuses : QList<gd::exchange::PeerStatus>();
    m_waiting.clear();
    m_error = statuses ? QString() : statuses.message();
    endResetModel();
    return statuses.ok();
}

bool PeerStatusModel::countWaiting()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const gd::exchange::PeerStatus &p = m_rows.at(row);
        auto waiting = gd::exchange::waitingRows(m_db, gd::exchange::ExportScope::fromAreaJson(p.scope, p.peer));
        if (!waiting) {
            m_error = waiting.message();
            return false;
        }
        m_waiting.insert(row, *waiting);
        Q_EMIT dataChanged(index(row, WaitingColumn), index(row, WaitingColumn));
    }
    return true;
}

int PeerStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeerStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::exchange::PeerStatus &p = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PeerColumn: return p.peer;
        case AreaColumn: {
            const gd::exchange::ExportScope scope = gd::exchange::ExportScope::fromAreaJson(p.scope, p.peer);
            return scope.kind == gd::exchange::ExportScope::All ? tr("Everything") : scope.code;
        }
        case SentColumn: return exchangeTime(p.sentMs);
        case AckedColumn: return p.ackedMs ? exchangeTime(p.ackedMs) : tr("not yet");
        case UnconfirmedColumn: return QLocale().toString(p.unacknowledged);
        case WaitingColumn:
            return m_waiting.contains(index.row()) ? QLocale().toString(m_waiting.value(index.row())) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= UnconfirmedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PeerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeerColumn: return tr("Office");
    case AreaColumn: return tr("Area");
    case SentColumn: return tr("Last sent");
    case AckedColumn: return tr("Last confirmed");
    case UnconfirmedColumn: return tr("Not confirmed");
    case WaitingColumn: return tr("Rows it lacks");
    }
    return {};
}

PeerTab::PeerTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("peerTab"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *intro = new QLabel(tr("The offices this one sends its changes to. An office confirms a package by sending "
                                "one back; until then the next package carries everything it has not confirmed, "
                                "so a lost package needs nothing more."),
                             this);
    intro->setWordWrap(true);
    row->addWidget(intro, 1);
    m_count = new QPushButton(tr("&Count what each lacks"), this);
    m_count->setObjectName(QStringLiteral("countWaitingButton"));
    row->addWidget(m_count, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_model = new PeerStatusModel(*m_ctx.db, this);
    m_table = makeTable(this, m_model, QStringLiteral("peerTable"), tr("Offices sent to"));
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("peerStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_count, &QPushButton::clicked, this, &PeerTab::countWaiting);
    refresh();
}

void PeerTab::refresh()
{
    if (!m_model->refresh())
        m_status->setText(m_model->error());
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No package of changes was sent yet (Export…, only the changes for an office)."));
    else
        m_status->clear();
    m_count->setEnabled(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
}

void PeerTab::countWaiting()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool counted = m_model->countWaiting();
    QApplication::restoreOverrideCursor();
    m_status->setText(counted ? tr("Counted now: an office that lacks nothing holds everything this office would "
                                   "send it.")
                              : m_model->error());
    m_table->resizeColumnsToContents();
}

} // namespace gdui
