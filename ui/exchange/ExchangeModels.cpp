#include "ExchangeModels.h"

#include "ExchangeNames.h"
#include "exchange/ExchangeTables.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace gdui {

// ---- conflicts -------------------------------------------------------------------------------

ConflictTableModel::ConflictTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    refresh();
}

bool ConflictTableModel::refresh()
{
    auto open = gd::exchange::openConflicts(m_db);
    beginResetModel();
    m_rows = open ? *open : QList<gd::exchange::MergeConflict>();
    m_error = open ? QString() : open.message();
    endResetModel();
    return open.ok();
}

int ConflictTableModel::rowOfConflict(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::exchange::MergeConflict &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RecordColumn:
            return c.rowLabel.isEmpty() ? exchangeTableTitle(c.table)
                                        : tr("%1 · %2").arg(exchangeTableTitle(c.table), c.rowLabel);
        case FieldColumn: return exchangeFieldTitle(c.field);
        case KeptColumn: return tr("%1 (%2)").arg(c.kept, c.keptOffice);
        case LostColumn: return tr("%1 (%2)").arg(c.lost, c.lostOffice);
        case FoundColumn: return exchangeTime(c.foundMs);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == KeptColumn || index.column() == LostColumn)) {
        const bool kept = index.column() == KeptColumn;
        return tr("Written by %1 at %2")
            .arg(kept ? c.keptOffice : c.lostOffice, exchangeTime(kept ? c.keptMs : c.lostMs));
    }
    if (role == Qt::ForegroundRole && index.column() == LostColumn)
        return QBrush(QColor(0xb0, 0x40, 0x20));
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn: return tr("Record");
    case FieldColumn: return tr("Field");
    case KeptColumn: return tr("Value kept");
    case LostColumn: return tr("Value set aside");
    case FoundColumn: return tr("Found");
    }
    return {};
}

// ---- ledger ----------------------------------------------------------------------------------

LedgerTableModel::LedgerTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    refresh();
}

bool LedgerTableModel::refresh()
{
    auto entries = gd::exchange::mergedPackages(m_db);
    beginResetModel();
    m_rows = entries ? *entries : QList<gd::exchange::LedgerEntry>();
    m_error = entries ? QString() : entries.message();
    endResetModel();
    return entries.ok();
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::exchange::LedgerEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case MergedColumn: return exchangeTime(e.mergedMs);
        case OfficeColumn: return e.sourceOffice.isEmpty() ? e.sourceSite.left(8) : e.sourceOffice;
        case FileColumn: return e.fileName;
        case AddedColumn: return locale.toString(e.totals.added);
        case UpdatedColumn: return locale.toString(e.totals.updated);
        case ConflictsColumn: return locale.toString(e.totals.conflicts);
        case OperatorColumn: return e.operatorLogin;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AddedColumn && index.column() <= ConflictsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Package content %1").arg(e.content.left(16));
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MergedColumn: return tr("Merged");
    case OfficeColumn: return tr("From office");
    case FileColumn: return tr("File");
    case AddedColumn: return tr("Added");
    case UpdatedColumn: return tr("Updated");
    case ConflictsColumn: return tr("Conflicts");
    case OperatorColumn: return tr("Operator");
    }
    return {};
}

// ---- counts ----------------------------------------------------------------------------------

void MergeCountsModel::setReport(const gd::exchange::MergeReport &report)
{
    beginResetModel();
    m_rows.clear();
    m_totals = {};
    // In the order the data builds on itself: the organisation first, the cases last.
    for (const gd::exchange::ExchangeTable &t : gd::exchange::exchangeTables()) {
        if (!report.tables.contains(t.name))
            continue;
        const gd::exchange::TableMergeCounts &c = report.tables[t.name];
        m_rows << qMakePair(t.name, c);
        m_totals.added += c.added;
        m_totals.updated += c.updated;
        m_totals.unchanged += c.unchanged;
        m_totals.conflicts += c.conflicts;
    }
    endResetModel();
}

int MergeCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int MergeCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_rows.size())
        return {};
    const bool total = index.row() == m_rows.size();
    const gd::exchange::TableMergeCounts &c = total ? m_totals : m_rows.at(index.row()).second;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case TableColumn: return total ? tr("Total") : exchangeTableTitle(m_rows.at(index.row()).first);
        case AddedColumn: return locale.toString(c.added);
        case UpdatedColumn: return locale.toString(c.updated);
        case UnchangedColumn: return locale.toString(c.unchanged);
        case ConflictsColumn: return locale.toString(c.conflicts);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != TableColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == ConflictsColumn && c.conflicts > 0)
        return QBrush(QColor(0xb0, 0x40, 0x20));
    return {};
}

QVariant MergeCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn: return tr("Data");
    case AddedColumn: return tr("Added");
    case UpdatedColumn: return tr("Updated");
    case UnchangedColumn: return tr("Unchanged");
    case ConflictsColumn: return tr("Conflicts");
    }
    return {};
}

} // namespace gdui
