#include "UnitTableModel.h"

#include "org/HierarchyService.h"
#include "org/UnitService.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace gdui {

namespace {
QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue()); // full-width digits typed with a Chinese IME count too
    return out;
}
} // namespace

UnitTableModel::UnitTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("units")) || tables.contains(QStringLiteral("streets")))
            reload();
    });
}

void UnitTableModel::setFilter(const QString &kind, const QString &text)
{
    m_kind = kind;
    m_text = text.trimmed();
    reload();
}

bool UnitTableModel::matches(const gd::Unit &u) const
{
    if (m_text.isEmpty())
        return true;
    if (u.name.contains(m_text, Qt::CaseInsensitive) || u.servicePhone.contains(m_text))
        return true;
    // Phones are stored normalised ("0532-82871234"): a query made of digits, spaces and dashes
    // is compared digit by digit, so "82871234" and "0532 8287" find it too.
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9\uFF10-\uFF19 \\-\uFF0D]+$"));
    return phoneLike.match(m_text).hasMatch() && digitsOf(u.servicePhone).contains(digitsOf(m_text));
}

void UnitTableModel::reload()
{
    beginResetModel();
    m_streetNames.clear();
    for (const gd::Street &s : gd::HierarchyService(m_db).streets())
        m_streetNames.insert(s.id, s.name);
    m_rows.clear();
    for (const gd::Unit &u : gd::UnitService(m_db).units(m_kind))
        if (matches(u))
            m_rows << u;
    // The service sorts by the kind's key; the desk reads them in the order the types are listed.
    const QStringList order = gd::org::unitKinds();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&order](const gd::Unit &a, const gd::Unit &b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    endResetModel();
}

int UnitTableModel::rowOf(const QString &unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == unitId)
            return i;
    return -1;
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::Unit &u = m_rows.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role == ActiveRole)
        return u.active;
    if (role == Qt::ForegroundRole && !u.active)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text); // listed, but faded
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole && !u.address.isEmpty())
            return tr("%1, %2").arg(u.name, u.address);
        return u.name;
    case KindColumn: return gd::org::unitKindName(u.kind);
    case PhoneColumn: return u.servicePhone;
    case StreetColumn: return u.streetId.isEmpty() ? tr("Whole district") : m_streetNames.value(u.streetId);
    case StatusColumn: return u.active ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Type");
    case PhoneColumn: return tr("Service phone");
    case StreetColumn: return tr("Street");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace gdui
