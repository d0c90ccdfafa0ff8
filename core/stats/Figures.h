#pragma once
// The figures an office reports (docs/figures.md, 统计口径), each defined once: its code (the CLI's
// JSON key and the export's column key), its name, and its numerator and denominator as sums of
// the measures of CaseFacts.h. The window, the printed report, the workbook and the CLI all read
// them from here.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

namespace gd::stats {

// The measures summed over some cases, in measureNames() order.
struct Counts {
    QVector<qint64> m;
    Counts();
    qint64 operator[](const QString &measure) const;
    void add(const Counts &other);
    bool isEmpty() const;
};

enum class FigureKind {
    Count, // a number of cases (received, overdue): no denominator
    Rate,  // a share of the denominator, 0–1
    Days,  // working days: a mean, or the median of the histogram
};

struct Figure {
    QString code;
    FigureKind kind = FigureKind::Rate;
    // The numerator as measures with weights (satisfaction weighs its answers), the denominator a
    // measure ("" for a count).
    QList<QPair<QString, double>> numerator;
    QString denominator;
    QString name() const; // in the UI language: 办结率 …
    // Counted now, not over the period (overdue): no 环比 or 同比.
    bool live() const { return code == QLatin1String("overdue"); }
    // Whether a fall is the good direction (overdue, repeats, reopens, handling time).
    bool lowerIsBetter() const
    {
        return live() || code == QLatin1String("repeat_rate") || code == QLatin1String("reopen_rate") ||
               kind == FigureKind::Days;
    }
    QString description() const; // numerator ÷ denominator in words, for tooltips and the report
};

// Every figure, in the order docs/figures.md lists them; the satisfaction rate with the office's
// weights (the review's, rating/ReviewSettings.h: one set of weights for the office).
QList<Figure> figures(double satisfied = 1, double basic = 1, double dissatisfied = 0);
QStringList figureCodes();

// A figure's value over some counts. Rates and means are NaN when the denominator is 0; the
// median is the smallest day count holding half the cases, 21 meaning "21 days or more".
struct FigureValue {
    double numerator = 0;
    qint64 denominator = 0;
    double value = std::nan("");
    bool defined() const { return !std::isnan(value); }
};
FigureValue evaluate(const Figure &f, const Counts &counts);

// A denominator below the office's minimum sample: the figure is shown greyed with its counts and
// never ranked (docs/figures.md).
constexpr qint64 kDefaultMinimumSample = 5;
bool smallSample(const Figure &f, const FigureValue &v, qint64 minimumSample = kDefaultMinimumSample);

// The value as the office reads it: a count, a rate in per cent (one decimal), working days (one
// decimal; the median whole, "21+" at the histogram's end); "—" when there is none.
QString valueText(const Figure &f, const FigureValue &v);
// 环比 / 同比: a rate's change in percentage points, a count's or a time's in per cent of the earlier
// value; "—" when either has no value (or a count had none before).
QString changeText(const Figure &f, const FigureValue &now, const FigureValue &before);

} // namespace gd::stats
