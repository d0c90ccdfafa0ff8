#include "DueBoardModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace gdui {

namespace {
// Light fills keep the numbers readable; the darker text carries the colour for those who
// print the board in black and white (bold for overdue).
const QColor kSoonFill(0xFF, 0xF1, 0xB8);
const QColor kSoonText(0x7C, 0x58, 0x00);
const QColor kLateFill(0xFF, 0xCC, 0xC7);
const QColor kLateText(0xA8, 0x07, 0x1A);
const QColor kZeroText(0x99, 0x99, 0x99);
} // namespace

DueBoardModel::DueBoardModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void DueBoardModel::setRows(const QList<gd::WorkloadRow> &rows)
{
    // The board re-reads every minute: unchanged numbers keep the view's cell and scroll position.
    auto same = [](const gd::WorkloadRow &a, const gd::WorkloadRow &b) {
        return a.id == b.id && a.kind == b.kind && a.name == b.name && a.code == b.code &&
               a.communityName == b.communityName && a.open == b.open && a.dueSoon == b.dueSoon &&
               a.overdue == b.overdue && a.lateToSign == b.lateToSign;
    };
    if (rows.size() == m_rows.size() && std::equal(rows.begin(), rows.end(), m_rows.begin(), same))
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DueBoardModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int DueBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_kind == Kind::Handlers ? kLateSignColumn + 1 : kGridCodeColumn + 1;
}

QString DueBoardModel::text(const gd::WorkloadRow &r, int column) const
{
    if (column == kOpenColumn)
        return QString::number(r.open);
    if (column == kDueSoonColumn)
        return QString::number(r.dueSoon);
    if (column == kOverdueColumn)
        return QString::number(r.overdue);
    if (m_kind == Kind::Handlers && column == kLateSignColumn)
        return QString::number(r.lateToSign);
    if (m_kind == Kind::Handlers) {
        if (r.id.isEmpty())
            return column == 0 ? tr("(no handler)") : QString();
        if (column == 0)
            return r.code.isEmpty() ? r.name : QStringLiteral("%1 %2").arg(r.name, r.code);
        return r.kind == QLatin1String("unit") ? tr("Handling unit") : tr("Grid worker");
    }
    if (r.id.isEmpty())
        return column == 0 ? tr("(no grid)") : QString();
    return column == 0 ? r.name : column == 1 ? r.communityName : r.code;
}

QVariant DueBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const gd::WorkloadRow &r = m_rows.at(index.row());
    const int column = index.column();
    const bool soon = column == kDueSoonColumn, late = column == kOverdueColumn;
    const bool lateSign = m_kind == Kind::Handlers && column == kLateSignColumn;
    const int count = soon                    ? r.dueSoon
                      : late                  ? r.overdue
                      : lateSign              ? r.lateToSign
                      : column == kOpenColumn ? r.open
                                              : -1;
    switch (role) {
    case Qt::DisplayRole: return text(r, column);
    case IdRole: return r.id;
    case DueRole:
        return soon       ? QStringLiteral("due_soon")
               : late     ? QStringLiteral("overdue")
               : lateSign ? QStringLiteral("late_sign")
                          : QString();
    case Qt::TextAlignmentRole: return count >= 0 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::BackgroundRole:
        if (soon && count > 0)
            return QBrush(kSoonFill);
        if ((late || lateSign) && count > 0)
            return QBrush(kLateFill);
        return {};
    case Qt::ForegroundRole:
        if (count == 0)
            return QBrush(kZeroText);
        if (soon)
            return QBrush(kSoonText);
        if (late || lateSign)
            return QBrush(kLateText);
        return {};
    case Qt::FontRole:
        if ((late && count > 0) || (r.id.isEmpty() && count < 0)) {
            QFont f;
            f.setBold(late);
            f.setItalic(r.id.isEmpty());
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (r.id.isEmpty())
            return m_kind == Kind::Handlers
                       ? tr("Open cases that nobody handles now: returned ones waiting for a decision, or "
                            "registered outside any grid. Find them in the Cases page by state.")
                       : tr("Open cases registered outside any grid.");
        return soon       ? tr("Double-click or press Enter for the cases due by the end of the next working day")
               : late     ? tr("Double-click or press Enter for the overdue cases")
               : lateSign ? tr("Double-click or press Enter for the cases dispatched and not signed for in time")
                          : tr("Double-click or press Enter for all open cases");
    default: return {};
    }
}

QVariant DueBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    // Short headers, so both tables fit side by side; the tooltip says exactly what is counted.
    if (role == Qt::ToolTipRole && m_kind == Kind::Handlers && section == kLateSignColumn)
        return tr("Dispatched and not signed for within the office's limit (File → Case rules)");
    if (role == Qt::ToolTipRole && section >= kOpenColumn && section <= kOverdueColumn)
        return section == kOpenColumn      ? tr("Open cases: not yet completed, refused or archived")
               : section == kDueSoonColumn ? tr("Due within a working day: by the end of the next working day")
                                           : tr("Overdue: open and past the deadline");
    if (role != Qt::DisplayRole)
        return {};
    if (section == kOpenColumn)
        return tr("Open");
    if (section == kDueSoonColumn)
        return tr("Due soon");
    if (section == kOverdueColumn)
        return tr("Overdue");
    if (m_kind == Kind::Handlers)
        return section == 0 ? tr("Handler") : section == 1 ? tr("Handler type") : tr("Late to sign");
    return section == 0 ? tr("Grid") : section == 1 ? tr("Community") : tr("Grid code");
}

} // namespace gdui
