#pragma once
// One table of the due board: the handlers or the grids with their open, soon-due and overdue
// counts as the core sorted them (most overdue first). Soon-due counts are painted yellow and
// overdue counts red, as the office's paper boards do.
#include "cases/CaseWorkload.h"

#include <QAbstractTableModel>

namespace gdui {

class DueBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Handlers, Grids };
    // IdRole: the row's worker, unit or grid id ("" for the line without one);
    // DueRole: the list a cell opens: "" (all open cases), "due_soon" or "overdue".
    enum Roles { IdRole = Qt::UserRole + 1, DueRole };

    explicit DueBoardModel(Kind kind, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }
    void setRows(const QList<gd::WorkloadRow> &rows);
    const QList<gd::WorkloadRow> &rows() const { return m_rows; }
    int rowOf(const QString &id) const;

    // Handlers: name, kind, then the counts; grids: name, community, the counts, then the code,
    // last so that a narrow window cuts off the 15 digits rather than the numbers.
    static constexpr int kOpenColumn = 2;
    static constexpr int kDueSoonColumn = 3;
    static constexpr int kOverdueColumn = 4;
    static constexpr int kGridCodeColumn = 5; // grids
    static constexpr int kLateSignColumn = 5; // handlers: not signed for in time

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const gd::WorkloadRow &r, int column) const;
    Kind m_kind;
    QList<gd::WorkloadRow> m_rows;
};

} // namespace gdui
