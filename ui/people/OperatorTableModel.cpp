#include "OperatorTableModel.h"

#include "cases/CaseTypes.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace gdui {

OperatorTableModel::OperatorTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
    // A sign-in writes last_sign_in_ms without a change notice; the workers' names come along.
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("operators")) || tables.contains(QStringLiteral("workers")))
            reload();
    });
}

void OperatorTableModel::reload()
{
    beginResetModel();
    m_rows = gd::OperatorService(m_db).operators();
    endResetModel();
}

int OperatorTableModel::rowOf(const QString &operatorId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == operatorId)
            return i;
    return -1;
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::Operator &o = m_rows.at(index.row());
    if (role == IdRole)
        return o.id;
    if (role == ActiveRole)
        return o.active;
    if (role == Qt::ForegroundRole && !o.active)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text); // listed, but faded
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LoginColumn: return o.login;
    case NameColumn: return o.displayName;
    case RoleColumn: return gd::roleDisplayName(o.role);
    case StatusColumn: return o.active ? tr("Active") : tr("Deactivated");
    case LastSignInColumn: return o.lastSignInMs > 0 ? gd::cases::timeText(o.lastSignInMs) : tr("Never");
    case WorkerColumn: return o.workerName;
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn: return tr("Login");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case StatusColumn: return tr("Status");
    case LastSignInColumn: return tr("Last sign-in");
    case WorkerColumn: return tr("Grid worker");
    }
    return {};
}

} // namespace gdui
