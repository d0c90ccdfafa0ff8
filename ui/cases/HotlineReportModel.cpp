#include "HotlineReportModel.h"

namespace gdui {

HotlineReportModel::HotlineReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HotlineReportModel::setNotes(const QList<gd::HotlineNote> &notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

int HotlineReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int HotlineReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HotlineReportModel::text(int row, int column) const
{
    const gd::HotlineNote &n = m_notes.at(row);
    switch (column) {
    case LineColumn: return QString::number(n.line);
    case ColumnColumn: return n.column;
    case KindColumn: return n.kind == gd::HotlineNote::AlreadyImported ? tr("Already imported") : tr("Refused");
    case ReasonColumn: return n.reason;
    default: return {};
    }
}

QVariant HotlineReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole && index.column() == LineColumn)
        return m_notes.at(index.row()).line;
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == ReasonColumn))
        return text(index.row(), index.column());
    return {};
}

QVariant HotlineReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case KindColumn: return tr("Result");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

QString HotlineReportModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    QList<int> wanted = rows;
    if (wanted.isEmpty())
        for (int r = 0; r < m_notes.size(); ++r)
            wanted << r;
    for (int r : wanted) {
        if (r < 0 || r >= m_notes.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(r, c).simplified();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace gdui
