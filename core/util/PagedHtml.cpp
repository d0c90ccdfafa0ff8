#include "PagedHtml.h"

#include "PrintFont.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::PagedHtml)
};

double mm(double millimetres, int dpi)
{
    return millimetres / 25.4 * dpi;
}

} // namespace

void paintPageFrame(QPainter &p, const QRectF &area, double band, const QString &left, const QString &right,
                    const QString &footer)
{
    p.save();
    QFont f(printFontFamily());
    f.setPointSizeF(8);
    p.setFont(f);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF fm(f, p.device());
    const QRectF head(area.left(), area.top(), area.width(), band);
    p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(left, Qt::ElideRight, area.width() * 0.45));
    p.drawText(head, Qt::AlignRight | Qt::AlignBottom, fm.elidedText(right, Qt::ElideLeft, area.width() * 0.5));
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), band / 40));
    p.drawLine(QPointF(area.left(), head.bottom() + band * 0.15), QPointF(area.right(), head.bottom() + band * 0.15));
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(area.left(), area.bottom() - band, area.width(), band), Qt::AlignHCenter | Qt::AlignBottom,
               footer);
    p.restore();
}

Status paintPagedHtml(QPagedPaintDevice &device, const PagedHtml &document, int *pages)
{
    if (Status font = checkPrintFont(document.what); !font)
        return font;
    const QPageLayout page(QPageSize(QPageSize::A4), document.orientation, QMarginsF(18, 12, 18, 12),
                           QPageLayout::Millimeter);
    // A printer may refuse margins below its own: its page then keeps them.
    if (!device.setPageLayout(page)) {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(document.orientation);
    }
    const int dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF area(0, 0, paint.width(), paint.height());
    const double band = mm(7, dpi), gap = mm(4, dpi);
    const QRectF body(area.left(), area.top() + band + gap, area.width(), area.height() - 2 * (band + gap));

    QTextDocument doc;
    // Laid out at the device's resolution: the HTML's pixel sizes are scaled to it, and lines break
    // where they will print.
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(printFontFamily());
    font.setPointSizeF(document.points);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(document.html);
    if (document.prepare)
        document.prepare(doc);
    doc.setPageSize(body.size());
    const int count = doc.pageCount();
    QPainter p;
    if (!p.begin(&device))
        return Error::make(ErrorKind::Data,
                           Text::tr("Printing %1 failed: the printer or file refused it.").arg(document.what));
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage())
            return Error::make(ErrorKind::Data,
                               Text::tr("Printing %1 failed: no new page after page %2.").arg(document.what).arg(i));
        paintPageFrame(p, area, band, document.office, document.title, Text::tr("Page %1 of %2").arg(i + 1).arg(count));
        p.save();
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.translate(body.left(), body.top() - clip.top());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }
    p.end();
    if (pages)
        *pages = count;
    return {};
}

} // namespace gd
