#include "ReviewSheetModel.h"

#include "access/Permissions.h"
#include "rating/RatingEntries.h"
#include "storage/Database.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace gdui {

ReviewSheetModel::ReviewSheetModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

bool ReviewSheetModel::load(const QString &month)
{
    auto status = gd::rating::monthStatus(m_db, month);
    gd::Result<gd::rating::MonthSheet> sheet =
        status ? gd::rating::reviewSheet(m_db, month, m_order) : gd::Result<gd::rating::MonthSheet>(status.error());
    beginResetModel();
    m_month = month;
    m_status = status ? *status : gd::rating::MonthStatus();
    m_sheet = sheet ? *sheet : gd::rating::MonthSheet();
    m_error = sheet ? QString() : sheet.message();
    endResetModel();
    return sheet.ok();
}

const gd::rating::RatingItem *ReviewSheetModel::itemAt(int column) const
{
    return column >= 1 && column <= m_sheet.items.size() ? &m_sheet.items.at(column - 1) : nullptr;
}

int ReviewSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int ReviewSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.items.size()) + 4; // name, items, total, star, proposed
}

bool ReviewSheetModel::editable(const gd::rating::RatingItem *item) const
{
    const gd::Actor &a = m_db.actor();
    const bool typed = item && (item->kind == QLatin1String("entered") || item->kind == QLatin1String("bonus") ||
                                item->kind == QLatin1String("veto"));
    return typed && m_status.state != gd::rating::MonthState::Approved && a.signedIn &&
           gd::roleAllows(a.role, gd::Permission::ScoreReviews);
}

Qt::ItemFlags ReviewSheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable(itemAt(index.column())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReviewSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.rows.size())
        return {};
    const gd::rating::SheetRow &r = m_sheet.rows.at(index.row());
    const int c = index.column();
    const gd::rating::RatingItem *item = itemAt(c);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (c == 0)
            return r.name;
        if (item) {
            const gd::rating::SheetValue v = r.values.value(item->code);
            return role == Qt::EditRole ? QVariant(v.raw) : QVariant(gd::rating::valueText(*item, v));
        }
        if (c == totalColumn())
            return QString::number(r.total, 'f', 1);
        if (c == totalColumn() + 1)
            return gd::rating::starName(r.star);
        if (c == proposedColumn())
            return gd::rating::starName(r.decision.to);
    }
    if (role == Qt::ToolTipRole) {
        if (item && item->kind == QLatin1String("cases")) {
            const gd::rating::SheetValue v = r.values.value(item->code);
            if (v.notApplicable)
                return tr("Nothing to judge this month: %1").arg(m_sheet.formulas.value(item->code));
            if (item->source == QLatin1String("handled") && m_sheet.volumePerHouseholds)
                return tr("%1 case(s) per 100 households this month").arg(QString::number(v.raw, 'f', 1));
            return item->source == QLatin1String("handled") || item->source == QLatin1String("proactive")
                       ? tr("%n case(s) this month", nullptr, int(v.raw))
                       : tr("%1% this month").arg(QString::number(v.raw * 100, 'f', 0));
        }
        if (c == 0 && r.unsettled)
            return tr("%n case(s) counted here have concurrent actions from two offices that no supervisor has "
                      "settled yet: settling one may change these numbers.",
                      nullptr, r.unsettled);
        return r.decision.explanation;
    }
    if (role == Qt::DecorationRole && c == 0 && r.unsettled)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && c > 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && c == proposedColumn() && r.decision.to != r.star)
        return QBrush(r.decision.to > r.star ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x40, 0x20));
    if (role == Qt::FontRole && (c == totalColumn() || (c == proposedColumn() && r.decision.to != r.star))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && editable(item))
        return QBrush(QColor(0xff, 0xfb, 0xe6)); // typed in here
    return {};
}

QVariant ReviewSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const gd::rating::RatingItem *item = itemAt(section);
    if (role == Qt::ToolTipRole && item)
        return m_sheet.formulas.value(item->code);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Worker");
    // A rate item shows the points it scores, not the rate (which is in the cell's tooltip): the
    // header says so under the name, as offices write it (按时办结率（分）).
    if (item)
        return item->kind == QLatin1String("veto") ? item->name : tr("%1\n(points)").arg(item->name);
    if (section == totalColumn())
        return tr("Total");
    if (section == totalColumn() + 1)
        return tr("Star");
    if (section == proposedColumn())
        return tr("Proposed");
    return {};
}

bool ReviewSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const gd::rating::RatingItem *item = itemAt(index.column());
    if (role != Qt::EditRole || !editable(item) || index.row() >= m_sheet.rows.size())
        return false;
    bool ok = false;
    const double v = value.toString().trimmed().isEmpty() ? 0 : value.toString().toDouble(&ok);
    if (!ok && !value.toString().trimmed().isEmpty()) {
        Q_EMIT refused(tr("%1: type a number.").arg(item->name));
        return false;
    }
    const gd::Status s = gd::rating::enterValue(m_db, m_month, m_sheet.rows.at(index.row()).workerId, item->code, v);
    if (!s) {
        Q_EMIT refused(s.message());
        return false;
    }
    // The total, the ranks and every proposed star may move with one value: the whole month again.
    auto sheet = gd::rating::reviewSheet(m_db, m_month, m_order);
    if (!sheet)
        return false;
    m_sheet = *sheet;
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    return true;
}

} // namespace gdui
