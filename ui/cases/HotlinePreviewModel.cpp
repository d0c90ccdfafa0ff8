#include "HotlinePreviewModel.h"

#include <QColor>

namespace gdui {

namespace {
const QColor kRefusedRow(255, 236, 234);
const QColor kRefusedCell(247, 190, 184);
const QColor kAlreadyRow(238, 238, 238);
} // namespace

HotlinePreviewModel::HotlinePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HotlinePreviewModel::setPreview(const gd::HotlinePreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void HotlinePreviewModel::clear()
{
    setPreview({});
}

int HotlinePreviewModel::problemRows() const
{
    int n = 0;
    for (const gd::HotlinePreviewRow &r : m_preview.rows)
        n += r.ok() ? 0 : 1;
    return n;
}

int HotlinePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int HotlinePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(gd::HotlineMapping::fields().size());
}

QString HotlinePreviewModel::fieldAt(int column) const
{
    return gd::HotlineMapping::fields().value(column - FirstFieldColumn);
}

QVariant HotlinePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const gd::HotlinePreviewRow &r = m_preview.rows.at(index.row());
    bool cellAtFault = false;
    for (const gd::HotlineNote &n : r.refusals)
        cellAtFault = cellAtFault || (!n.field.isEmpty() && n.field == fieldAt(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return r.line;
        if (index.column() == StatusColumn)
            return r.alreadyImported      ? tr("Already imported")
                   : r.refusals.isEmpty() ? tr("Ready to import")
                                          : tr("Refused");
        // A table row stays one line high; the tooltip has the reasons, the import the whole text.
        return r.cells.value(index.column() - FirstFieldColumn).simplified();
    case Qt::ToolTipRole: {
        if (r.refusals.isEmpty()) { // the whole text of a cell the view cuts
            const QString text = r.cells.value(index.column() - FirstFieldColumn);
            return index.column() < FirstFieldColumn || text.isEmpty() ? QVariant() : QVariant(text);
        }
        QStringList reasons;
        for (const gd::HotlineNote &n : r.refusals)
            reasons << n.reason;
        return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (r.alreadyImported)
            return kAlreadyRow;
        if (!r.refusals.isEmpty())
            return cellAtFault ? kRefusedCell : kRefusedRow;
        return {};
    case Qt::ForegroundRole:
        // The tints are light: keep the text dark whatever the palette, so it stays readable.
        return r.ok() ? QVariant() : QVariant(QColor(Qt::black));
    case ProblemRole: return index.column() < FirstFieldColumn ? !r.ok() : cellAtFault;
    default: return {};
    }
}

QVariant HotlinePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == LineColumn)
        return tr("Line");
    if (section == StatusColumn)
        return tr("Import");
    return gd::HotlineMapping::label(fieldAt(section));
}

} // namespace gdui
