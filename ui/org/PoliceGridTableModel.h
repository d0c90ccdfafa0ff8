#pragma once
// The police grids of one street (or all 148 of the district), with officer and pairing counts.
#include "org/PoliceGridService.h"

#include <QAbstractTableModel>

namespace gdui {

class PoliceGridTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { CodeColumn, NameColumn, StreetColumn, StationColumn, OfficerColumn, PairedColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit PoliceGridTableModel(gd::Database &db, QObject *parent = nullptr);
    void setStreet(const QString &streetId);
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    gd::Database &m_db;
    QString m_streetId;
    QList<gd::PoliceGridSummary> m_rows;
};

} // namespace gdui
