#pragma once
// The incomplete cards of a batch as a table: grid code, grid name, what is missing. The page
// fills it from core's check (cards/CardCheck.h); the model only presents it.
#include "cards/CardCheck.h"

#include <QAbstractTableModel>

namespace gdui {

class CardCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, MissingColumn, ColumnCount };
    enum Role { GridIdRole = Qt::UserRole + 1, WorkerIdRole };

    explicit CardCheckModel(QObject *parent = nullptr);
    void setProblems(const QList<gd::CardProblem> &problems);
    const QList<gd::CardProblem> &problems() const { return m_problems; }
    const gd::CardProblem *problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<gd::CardProblem> m_problems;
};

} // namespace gdui
