#pragma once
// The handling units (承办单位), filtered by type and by a piece of name or phone. A district has a
// few dozen units, so the model holds the filtered list and rereads it when units or streets change.
#include "org/OrgTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gd {
class Database;
}

namespace gdui {

class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, KindColumn, PhoneColumn, StreetColumn, StatusColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, ActiveRole };

    explicit UnitTableModel(gd::Database &db, QObject *parent = nullptr);
    // kind: one of org::unitKinds(), or empty for all; text: part of the name or of the service phone.
    void setFilter(const QString &kind, const QString &text);
    QString kindFilter() const { return m_kind; }
    QString textFilter() const { return m_text; }
    int rowOf(const QString &unitId) const;
    gd::Unit unit(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    bool matches(const gd::Unit &unit) const;
    gd::Database &m_db;
    QString m_kind;
    QString m_text;
    QList<gd::Unit> m_rows;
    QHash<QString, QString> m_streetNames; // street id → name
};

} // namespace gdui
