#include "ReportCharts.h"

#include "util/PrintFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace gd::stats {

namespace {

constexpr int kChartIndex = QTextFormat::UserProperty + 7;
const QColor kInk(0x33, 0x33, 0x33);
const QColor kRule(0xcc, 0xcc, 0xcc);

// The smallest of 1, 2, 5 × 10ⁿ at or above v, at least 1: a whole step between the axis's ticks.
double roundStep(double v)
{
    if (!(v > 1))
        return 1;
    const double scale = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * scale >= v - 1e-9)
            return m * scale;
    return 10 * scale;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v))) : QString::number(v, 'f', 1);
}

QFont chartFont(const QFont &base, double pointSize)
{
    QFont f(printFontFamily().isEmpty() ? base.family() : printFontFamily());
    f.setPointSizeF(pointSize);
    return f;
}

// The legend across the top: a swatch and the name of each series.
double legend(QPainter &p, const QRectF &rect, const QList<ReportSeries> &series, double unit)
{
    const QFontMetricsF fm(p.font(), p.device());
    double x = rect.left();
    for (const ReportSeries &s : series) {
        if (s.values.isEmpty())
            continue;
        const QRectF swatch(x, rect.top() + fm.height() * 0.25, fm.height() * 0.5, fm.height() * 0.5);
        p.fillRect(swatch, s.color);
        x = swatch.right() + unit * 4;
        p.setPen(kInk);
        p.drawText(QPointF(x, rect.top() + fm.ascent()), s.name);
        x += fm.horizontalAdvance(s.name) + unit * 16;
    }
    return fm.height() * 1.4;
}

void columns(QPainter &p, const QRectF &rect, const ReportChart &c, double unit)
{
    QList<ReportSeries> all = c.series;
    if (!c.rate.values.isEmpty())
        all << c.rate;
    const double top = rect.top() + legend(p, rect, all, unit);
    const QFontMetricsF fm(p.font(), p.device());
    double highest = 0;
    for (const ReportSeries &s : c.series)
        for (double v : s.values)
            if (!std::isnan(v))
                highest = qMax(highest, v);
    constexpr int kTicks = 4;
    // Ticks on whole numbers (cases are counted whole), the highest label the widest.
    const double axisMax = kTicks * roundStep(highest / kTicks);
    const double leftAxis = fm.horizontalAdvance(number(axisMax)) + unit * 8;
    const double rightAxis =
        c.rate.values.isEmpty() ? unit * 4 : fm.horizontalAdvance(QStringLiteral("100%")) + unit * 8;
    const QRectF plot(rect.left() + leftAxis, top + fm.height() * 0.5, rect.width() - leftAxis - rightAxis,
                      rect.bottom() - top - fm.height() * 2.0);
    for (int i = 0; i <= kTicks; ++i) {
        const double y = plot.bottom() - plot.height() * i / kTicks;
        p.setPen(QPen(kRule, unit * 0.6));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kInk);
        const QString left = number(axisMax * i / kTicks);
        p.drawText(QPointF(plot.left() - unit * 4 - fm.horizontalAdvance(left), y + fm.ascent() * 0.4), left);
        if (!c.rate.values.isEmpty())
            p.drawText(QPointF(plot.right() + unit * 4, y + fm.ascent() * 0.4),
                       QStringLiteral("%1%").arg(100 * i / kTicks));
    }
    const int n = int(c.labels.size());
    if (n == 0)
        return;
    const double slot = plot.width() / n;
    const double bar = slot * 0.7 / qMax(1, int(c.series.size()));
    for (int i = 0; i < n; ++i) {
        const double x0 = plot.left() + slot * i + slot * 0.15;
        for (int s = 0; s < c.series.size(); ++s) {
            const double v = c.series.at(s).values.value(i);
            if (std::isnan(v) || v <= 0)
                continue;
            const double h = plot.height() * v / axisMax;
            p.fillRect(QRectF(x0 + bar * s, plot.bottom() - h, bar, h), c.series.at(s).color);
        }
        p.setPen(kInk);
        const QString label = c.labels.at(i);
        p.drawText(
            QPointF(plot.left() + slot * (i + 0.5) - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.height()),
            label);
    }
    if (c.rate.values.isEmpty())
        return;
    QPainterPath line;
    bool pen = false;
    for (int i = 0; i < n; ++i) {
        const double v = c.rate.values.value(i, std::nan(""));
        if (std::isnan(v)) {
            pen = false;
            continue;
        }
        const QPointF at(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * qBound(0.0, v, 1.0));
        pen ? line.lineTo(at) : line.moveTo(at);
        pen = true;
        p.setBrush(c.rate.color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(at, unit * 2.5, unit * 2.5);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c.rate.color, unit * 1.5));
    p.drawPath(line);
}

void bars(QPainter &p, const QRectF &rect, const ReportChart &c, double unit)
{
    const double top = rect.top() + (c.series.size() > 1 ? legend(p, rect, c.series, unit) : 0);
    const QFontMetricsF fm(p.font(), p.device());
    double highest = 0, labelWidth = 0;
    for (const ReportSeries &s : c.series)
        for (double v : s.values)
            if (!std::isnan(v))
                highest = qMax(highest, v);
    for (const QString &l : c.labels)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(l));
    labelWidth = qMin(labelWidth, rect.width() * 0.3) + unit * 8;
    const double valueWidth = fm.horizontalAdvance(number(highest)) + unit * 8;
    const QRectF plot(rect.left() + labelWidth, top, rect.width() - labelWidth - valueWidth, rect.bottom() - top);
    const int n = int(c.labels.size());
    if (n == 0 || highest <= 0)
        return;
    const double slot = plot.height() / n;
    const double bar = slot * 0.75 / qMax(1, int(c.series.size()));
    p.setPen(QPen(kRule, unit * 0.6));
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    for (int i = 0; i < n; ++i) {
        const double y0 = plot.top() + slot * i + slot * 0.125;
        p.setPen(kInk);
        const QString label = fm.elidedText(c.labels.at(i), Qt::ElideRight, labelWidth - unit * 8);
        p.drawText(QPointF(rect.left(), plot.top() + slot * (i + 0.5) + fm.ascent() * 0.4), label);
        for (int s = 0; s < c.series.size(); ++s) {
            const double v = c.series.at(s).values.value(i, std::nan(""));
            if (std::isnan(v))
                continue;
            const double w = plot.width() * qMax(0.0, v) / highest;
            const QRectF r(plot.left(), y0 + bar * s, w, bar);
            p.fillRect(r, c.series.at(s).color);
            p.setPen(kInk);
            p.drawText(QPointF(r.right() + unit * 4, r.center().y() + fm.ascent() * 0.4), number(v));
        }
    }
}

} // namespace

ReportCharts::ReportCharts(QTextDocument *document)
    : QObject(document)
{
    document->documentLayout()->registerHandler(kObjectType, this);
}

void ReportCharts::insert(QTextCursor &cursor, const ReportChart &chart)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kChartIndex, int(m_charts.size()));
    m_charts << chart;
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const int index = format.property(kChartIndex).toInt();
    // A little narrower than the text, so the frame's margins never push it onto a new line.
    const double width =
        (doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth()) - 2 * doc->documentMargin() - 2;
    return QSizeF(width, width * m_charts.value(index).heightRatio);
}

void ReportCharts::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(kChartIndex).toInt();
    if (index >= 0 && index < m_charts.size())
        paint(*painter, rect, m_charts.at(index));
}

void ReportCharts::paint(QPainter &painter, const QRectF &rect, const ReportChart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(chartFont(painter.font(), 7.5));
    // Lines and gaps in thousandths of the chart's width: the same look at any resolution.
    const double unit = rect.width() / 1000.0;
    if (chart.kind == ReportChart::Columns)
        columns(painter, rect, chart, unit);
    else
        bars(painter, rect, chart, unit);
    painter.restore();
}

} // namespace gd::stats
