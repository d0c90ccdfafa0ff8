#include "DisputeListModel.h"

#include "cases/CaseTypes.h"

#include <QBrush>
#include <QColor>

namespace gdui {

DisputeListModel::DisputeListModel(gd::Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

gd::Result<gd::DisputePage> DisputeListModel::readPage(const gd::DisputeFilter &filter, int limit,
                                                       const QString &afterKey) const
{
    return gd::DisputeList(m_db).page(filter, limit, afterKey);
}

int DisputeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeListModel::data(const QModelIndex &index, int role) const
{
    const gd::DisputeRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const bool awaiting = r->risk == QLatin1String("high") && r->reviewedMs == 0;
    if (role == Qt::ForegroundRole && awaiting)
        return QBrush(QColor(0xa8, 0x07, 0x1a));
    if (role == Qt::ToolTipRole)
        return r->summary.isEmpty() ? QVariant() : QVariant(r->summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FoundColumn: return gd::cases::dayText(r->foundMs);
    case GridColumn: return r->gridName;
    case KindColumn: return gd::disputes::kindName(r->kind);
    case RiskColumn:
        return awaiting ? tr("%1 (to review)").arg(gd::disputes::riskName(r->risk)) : gd::disputes::riskName(r->risk);
    case PartiesColumn: return r->parties;
    case SessionsColumn: return r->sessions;
    case OutcomeColumn: {
        QString text = gd::disputes::outcomeName(r->outcome);
        if (r->outcome == QLatin1String("referred"))
            text = tr("%1 to %2").arg(text, gd::disputes::referralTargetName(r->referredTo));
        if (r->followupMs > 0)
            text = tr("%1, followed up").arg(text);
        return text;
    }
    }
    return {};
}

QVariant DisputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FoundColumn: return tr("Found");
    case GridColumn: return tr("Grid");
    case KindColumn: return tr("Kind");
    case RiskColumn: return tr("Risk");
    case PartiesColumn: return tr("Parties");
    case SessionsColumn: return tr("Sessions");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}

} // namespace gdui
