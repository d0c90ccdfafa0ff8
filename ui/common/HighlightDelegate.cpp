#include "HighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace gdui {

HighlightDelegate::HighlightDelegate(int marksRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_marksRole(marksRole)
{}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList marks = index.data(m_marksRole).toList();
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus, selection

    // The matches in bold on a light yellow, the way search results are marked everywhere.
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &m : marks) {
        const QPoint span = m.toPoint();
        QTextLayout::FormatRange range;
        range.start = span.x();
        range.length = span.y();
        range.format.setBackground(QColor(0xFF, 0xE0, 0x66));
        range.format.setForeground(QColor(Qt::black));
        range.format.setFontWeight(QFont::Bold);
        formats << range;
    }
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    // Clipped, not elided: eliding would move the spans.
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace gdui
