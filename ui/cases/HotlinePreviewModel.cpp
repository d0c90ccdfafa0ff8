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
    // A choice stays while its line still repeats the same case (the preview is read again when a
    // column or a category changes).
    for (const gd::HotlinePreviewRow &r : preview.rows)
        for (const gd::HotlinePreviewRow &old : std::as_const(m_preview.rows))
            if (old.line == r.line && (!r.hasRepeat || old.repeat.caseId != r.repeat.caseId))
                m_attach.remove(r.line);
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void HotlinePreviewModel::clear()
{
    m_attach.clear();
    setPreview({});
}

bool HotlinePreviewModel::attaches(const gd::HotlinePreviewRow &r) const
{
    return r.hasRepeat && m_attach.value(r.line, r.attachByDefault);
}

int HotlinePreviewModel::repeatRows() const
{
    int n = 0;
    for (const gd::HotlinePreviewRow &r : m_preview.rows)
        n += r.hasRepeat ? 1 : 0;
    return n;
}

int HotlinePreviewModel::attachRows() const
{
    int n = 0;
    for (const gd::HotlinePreviewRow &r : m_preview.rows)
        n += attaches(r) ? 1 : 0;
    return n;
}

QHash<int, QString> HotlinePreviewModel::attachChoices() const
{
    QHash<int, QString> out;
    for (const gd::HotlinePreviewRow &r : m_preview.rows)
        if (r.hasRepeat && m_attach.contains(r.line) && m_attach.value(r.line) != r.attachByDefault)
            out.insert(r.line, m_attach.value(r.line) ? r.repeat.caseId : QString());
    return out;
}

bool HotlinePreviewModel::setAttach(int row, bool attach)
{
    return setData(index(row, RepeatColumn), attach ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

Qt::ItemFlags HotlinePreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RepeatColumn && m_preview.rows.at(index.row()).hasRepeat)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool HotlinePreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != RepeatColumn || role != Qt::CheckStateRole)
        return false;
    const gd::HotlinePreviewRow &r = m_preview.rows.at(index.row());
    if (!r.hasRepeat)
        return false;
    m_attach.insert(r.line, value.toInt() == Qt::Checked);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
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
            return r.alreadyImported               ? tr("Already imported")
                   : !r.refusals.isEmpty()         ? tr("Refused")
                   : attaches(r)                   ? tr("Attach as a repeat")
                   : !r.unmappedCategory.isEmpty() ? tr("Import under Other")
                                                   : tr("Ready to import");
        if (index.column() == RepeatColumn)
            return r.hasRepeat
                       ? tr("%1: %2").arg(gd::RepeatFinder::likelihoodName(r.repeat.likelihood), r.repeat.number)
                       : QString();
        // A table row stays one line high; the tooltip has the reasons, the import the whole text.
        return r.cells.value(index.column() - FirstFieldColumn).simplified();
    case Qt::CheckStateRole:
        if (index.column() == RepeatColumn && r.hasRepeat)
            return attaches(r) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == RepeatColumn && r.hasRepeat)
            return tr("Repeats %1 (score %2: %3). Checked, the line is attached to it as one of its reports; "
                      "unchecked, it is a case of its own.")
                .arg(r.repeat.number)
                .arg(r.repeat.score)
                .arg(r.repeat.reasonText);
        if (index.column() == StatusColumn && !r.unmappedCategory.isEmpty() && r.refusals.isEmpty())
            return tr("Category \"%1\" is not one of this office's and is not mapped: the case is imported under Other "
                      "(13) "
                      "and flagged. Map it above.")
                .arg(r.unmappedCategory);
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
    case ProblemRole: return index.column() < RepeatColumn ? !r.ok() : cellAtFault;
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
    if (section == RepeatColumn)
        return tr("Repeats");
    return gd::HotlineMapping::label(fieldAt(section));
}

} // namespace gdui
