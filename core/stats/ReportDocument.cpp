#include "ReportDocument.h"

#include "ReportHtml.h"
#include "util/PdfFile.h"
#include "util/PrintFont.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace gd::stats {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::MonthlyReport)
};

double mm(double millimetres, int dpi)
{
    return millimetres / 25.4 * dpi;
}

// The header (the office left, the title right, a rule under them) and the footer (page n of m)
// of one page, in the band above and below the text.
void frame(QPainter &p, const QRectF &area, double band, const QString &office, const QString &title, int page,
           int pages)
{
    p.save();
    QFont f(printFontFamily());
    f.setPointSizeF(8);
    p.setFont(f);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF fm(f, p.device());
    const QRectF head(area.left(), area.top(), area.width(), band);
    p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(office, Qt::ElideRight, area.width() * 0.45));
    p.drawText(head, Qt::AlignRight | Qt::AlignBottom, fm.elidedText(title, Qt::ElideLeft, area.width() * 0.5));
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), band / 40));
    p.drawLine(QPointF(area.left(), head.bottom() + band * 0.15), QPointF(area.right(), head.bottom() + band * 0.15));
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(area.left(), area.bottom() - band, area.width(), band), Qt::AlignHCenter | Qt::AlignBottom,
               Text::tr("Page %1 of %2").arg(page).arg(pages));
    p.restore();
}

} // namespace

Status paintReport(QPagedPaintDevice &device, const MonthlyReport &report, int *pages)
{
    if (Status font = checkPrintFont(Text::tr("the report")); !font)
        return font;
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 18, 12),
                           QPageLayout::Millimeter);
    // A printer may refuse margins below its own: its page then keeps them.
    if (!device.setPageLayout(page))
        device.setPageSize(QPageSize(QPageSize::A4));
    const int dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF area(0, 0, paint.width(), paint.height());
    const double band = mm(7, dpi), gap = mm(4, dpi);
    const QRectF body(area.left(), area.top() + band + gap, area.width(), area.height() - 2 * (band + gap));

    const ReportText text = reportText(report);
    QTextDocument doc;
    // Laid out at the device's resolution: the HTML's pixel sizes are scaled to it, and lines break
    // where they will print.
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(printFontFamily());
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    auto *charts = new ReportCharts(&doc);
    doc.setHtml(text.html);
    for (int i = 0; i < text.charts.size(); ++i) {
        QTextCursor at = doc.find(chartMarker(i));
        if (!at.isNull())
            charts->insert(at, text.charts.at(i));
    }
    doc.setPageSize(body.size());
    const int count = doc.pageCount();
    QPainter p;
    if (!p.begin(&device))
        return Error::make(ErrorKind::Data, Text::tr("The report cannot be printed: the printer or file refused it."));
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage())
            return Error::make(ErrorKind::Data,
                               Text::tr("The report cannot be printed: no new page after page %1.").arg(i));
        frame(p, area, band, report.office, text.title, i + 1, count);
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

Status writeReportPdf(const QString &path, const MonthlyReport &report, int *pages)
{
    return writePdfFile(path, reportTitle(report),
                        [&](QPagedPaintDevice &device) { return paintReport(device, report, pages); });
}

} // namespace gd::stats
