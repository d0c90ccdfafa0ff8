#pragma once
// The three tables of the exchange page and the import dialog: open conflicts, the packages
// merged (the ledger), and the counts per table of a merge or its preview. Each holds a short
// list read whole: conflicts and ledger entries number in the tens, tables about twenty.
#include "exchange/MergeEngine.h"

#include <QAbstractTableModel>

namespace gd {
class Database;
}

namespace gdui {

class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { RecordColumn, FieldColumn, KeptColumn, LostColumn, FoundColumn, ColumnCount };
    explicit ConflictTableModel(gd::Database &db, QObject *parent = nullptr);
    // Reads the open conflicts again; false (and the reason in error()) when the file refused.
    bool refresh();
    QString error() const { return m_error; }
    gd::exchange::MergeConflict conflict(int row) const { return m_rows.value(row); }
    int rowOfConflict(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    QList<gd::exchange::MergeConflict> m_rows;
    QString m_error;
};

class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        MergedColumn,
        OfficeColumn,
        FileColumn,
        AddedColumn,
        UpdatedColumn,
        ConflictsColumn,
        OperatorColumn,
        ColumnCount
    };
    explicit LedgerTableModel(gd::Database &db, QObject *parent = nullptr);
    bool refresh();
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    QList<gd::exchange::LedgerEntry> m_rows;
    QString m_error;
};

// Added / updated / unchanged / conflicts per table, with a total row at the bottom.
class MergeCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TableColumn, AddedColumn, UpdatedColumn, UnchangedColumn, ConflictsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const gd::exchange::MergeReport &report);
    gd::exchange::TableMergeCounts totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, gd::exchange::TableMergeCounts>> m_rows;
    gd::exchange::TableMergeCounts m_totals;
};

} // namespace gdui
