#pragma once
// 发送对象, a tab of the exchange page: the offices this one sends packages of changes to
// (export --since-last-to), per area: the last package sent, the last one the office confirmed
// merging (its own packages name what it merged), how many sent are not confirmed yet, and, when
// counted, how many rows it still lacks. A lost package needs nothing: the next one carries what
// the office has not confirmed (exchange/PeerWatermarks.h).
#include "common/AppContext.h"
#include "exchange/PeerWatermarks.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gdui {

class PeerStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { PeerColumn, AreaColumn, SentColumn, AckedColumn, UnconfirmedColumn, WaitingColumn, ColumnCount };
    explicit PeerStatusModel(gd::Database &db, QObject *parent = nullptr);
    bool refresh();
    // Counts the rows each office lacks (a read of every exchanged table per office); false when the
    // file refused, the reason in error().
    bool countWaiting();
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    QList<gd::exchange::PeerStatus> m_rows;
    QHash<int, qint64> m_waiting; // row → rows lacking, once counted
    QString m_error;
};

class PeerTab : public QWidget
{
    Q_OBJECT
public:
    explicit PeerTab(const AppContext &ctx, QWidget *parent = nullptr);
    PeerStatusModel *model() const { return m_model; }
    QPushButton *countButton() const { return m_count; }

public Q_SLOTS:
    void refresh();
    void countWaiting();

private:
    AppContext m_ctx;
    PeerStatusModel *m_model;
    QTableView *m_table;
    QPushButton *m_count;
    QLabel *m_status;
};

} // namespace gdui
