#pragma once
// The monthly report's charts, drawn as vectors into its document: each chart is one object in the
// text (QTextObjectInterface), so the PDF holds lines and text, never a picture, and a printer
// draws them at its own resolution. Two kinds: columns over labels (the twelve months, with a rate
// drawn as a line on a right-hand axis of per cent) and horizontal bars per label (places,
// categories).
#include <QColor>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

class QPainter;
class QTextCursor;
class QTextDocument;

namespace gd::stats {

struct ReportSeries {
    QString name;
    QList<double> values; // one per label; NaN: none (a gap in a line)
    QColor color;
};

struct ReportChart {
    enum Kind { Columns, Bars };
    Kind kind = Columns;
    QStringList labels;
    QList<ReportSeries> series; // the columns or bars, side by side
    ReportSeries rate;          // Columns only: shares 0–1 as a line on the right axis (none: no values)
    double heightRatio = 0.38;  // the chart's height ÷ the text width
};

class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 7;
    // Draws the charts of `document`, which owns it.
    explicit ReportCharts(QTextDocument *document);
    // Replaces the cursor's selection with the chart.
    void insert(QTextCursor &cursor, const ReportChart &chart);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Draws one chart into rect (the report, and tests that look at one).
    static void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart);

private:
    QList<ReportChart> m_charts;
};

} // namespace gd::stats
