#include "Figures.h"

#include "CaseFacts.h"

#include <QCoreApplication>
#include <QHash>

namespace gd::stats {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::Figures)
};

// The measures, then the open cases past their deadline now (counted live, never aggregated).
const QStringList &countSlots()
{
    static const QStringList s = measureNames() << QStringLiteral("overdue");
    return s;
}

int slotOf(const QString &measure)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < countSlots().size(); ++i)
            h.insert(countSlots().at(i), i);
        return h;
    }();
    return index.value(measure, -1);
}

struct Definition {
    const char *code;
    FigureKind kind;
    const char *numerator; // one measure; satisfaction adds its weights below
    const char *denominator;
    const char *name;
    const char *description;
};

const Definition kFigures[] = {
    {"received", FigureKind::Count, "n", "", QT_TRANSLATE_NOOP("gd::stats::Figures", "Received"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Cases received (repeat reports are not cases)")},
    {"completion_rate", FigureKind::Rate, "done", "n", QT_TRANSLATE_NOOP("gd::stats::Figures", "Completion rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures",
                       "Cases done (completed, settled at the desk, not accepted or guided elsewhere) ÷ received")},
    {"on_time_rate", FigureKind::Rate, "on_time", "done", QT_TRANSLATE_NOOP("gd::stats::Figures", "On-time rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Done by the deadline in force ÷ done")},
    {"overdue", FigureKind::Count, "overdue", "", QT_TRANSLATE_NOOP("gd::stats::Figures", "Overdue now"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Open cases past their deadline now")},
    {"callback_rate", FigureKind::Rate, "cb_done", "cb_need", QT_TRANSLATE_NOOP("gd::stats::Figures", "Callback rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures",
                       "Completed cases with a callback outcome (reached, unreachable or declined) ÷ completed cases "
                       "that need a callback")},
    {"solved_rate", FigureKind::Rate, "solved", "reached", QT_TRANSLATE_NOOP("gd::stats::Figures", "Solved rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Callbacks saying the matter was solved ÷ callbacks reached")},
    {"satisfaction_rate", FigureKind::Rate, "", "reached", QT_TRANSLATE_NOOP("gd::stats::Figures", "Satisfaction rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures",
                       "(satisfied × %1 + basically satisfied × %2 + dissatisfied × %3) ÷ callbacks reached")},
    {"first_contact_rate", FigureKind::Rate, "settled", "n",
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Settled at the desk"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Settled at the desk, with no dispatch ÷ received")},
    {"referral_rate", FigureKind::Rate, "referred", "n", QT_TRANSLATE_NOOP("gd::stats::Figures", "Referral rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Handled by a unit outside the office ÷ received")},
    {"repeat_rate", FigureKind::Rate, "repeated", "n", QT_TRANSLATE_NOOP("gd::stats::Figures", "Repeat rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Cases with at least one repeat report attached ÷ received")},
    {"reopen_rate", FigureKind::Rate, "reopened", "done", QT_TRANSLATE_NOOP("gd::stats::Figures", "Reopen rate"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Reopened after a dissatisfied callback ÷ done")},
    {"proactive_share", FigureKind::Rate, "proactive", "n", QT_TRANSLATE_NOOP("gd::stats::Figures", "Proactive share"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Found on patrol before anyone complained ÷ received")},
    {"handling_days_mean", FigureKind::Days, "days_sum", "days_n",
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Mean handling time"),
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Working days from receipt to done, on average over the cases done")},
    {"handling_days_median", FigureKind::Days, "", "days_n",
     QT_TRANSLATE_NOOP("gd::stats::Figures", "Median handling time"),
     QT_TRANSLATE_NOOP("gd::stats::Figures",
                       "Working days from receipt to done: half the cases done took at most this long")},
};

const Definition *definitionOf(const QString &code)
{
    for (const Definition &d : kFigures)
        if (code == QLatin1String(d.code))
            return &d;
    return nullptr;
}

} // namespace

Counts::Counts()
    : m(countSlots().size(), 0)
{}

qint64 Counts::operator[](const QString &measure) const
{
    const int i = slotOf(measure);
    return i < 0 ? 0 : m.at(i);
}

void Counts::add(const Counts &other)
{
    for (int i = 0; i < m.size(); ++i)
        m[i] += other.m.at(i);
}

bool Counts::isEmpty() const
{
    for (qint64 v : m)
        if (v != 0)
            return false;
    return true;
}

QString Figure::name() const
{
    const Definition *d = definitionOf(code);
    return d ? QCoreApplication::translate("gd::stats::Figures", d->name) : code;
}

QString Figure::description() const
{
    const Definition *d = definitionOf(code);
    if (!d)
        return {};
    QString text = QCoreApplication::translate("gd::stats::Figures", d->description);
    if (code == QLatin1String("satisfaction_rate") && numerator.size() == 3)
        text = text.arg(numerator.at(0).second).arg(numerator.at(1).second).arg(numerator.at(2).second);
    return text;
}

QList<Figure> figures(double satisfied, double basic, double dissatisfied)
{
    QList<Figure> out;
    for (const Definition &d : kFigures) {
        Figure f;
        f.code = QString::fromLatin1(d.code);
        f.kind = d.kind;
        f.denominator = QString::fromLatin1(d.denominator);
        if (f.code == QLatin1String("satisfaction_rate"))
            f.numerator = {{QStringLiteral("satisfied"), satisfied},
                           {QStringLiteral("basic"), basic},
                           {QStringLiteral("dissatisfied"), dissatisfied}};
        else if (*d.numerator)
            f.numerator = {{QString::fromLatin1(d.numerator), 1.0}};
        out << f;
    }
    return out;
}

QStringList figureCodes()
{
    QStringList out;
    for (const Definition &d : kFigures)
        out << QString::fromLatin1(d.code);
    return out;
}

FigureValue evaluate(const Figure &f, const Counts &counts)
{
    FigureValue v;
    for (const auto &[measure, weight] : f.numerator)
        v.numerator += weight * double(counts[measure]);
    if (f.kind == FigureKind::Count) {
        v.value = v.numerator;
        return v;
    }
    v.denominator = counts[f.denominator];
    if (f.code == QLatin1String("handling_days_median")) {
        // The smallest day count by which half the cases (rounded up) were done.
        const qint64 half = (v.denominator + 1) / 2;
        qint64 seen = 0;
        for (int d = 0; d <= kHistogramDays && v.denominator > 0; ++d) {
            seen += counts[QStringLiteral("h%1").arg(d)];
            if (seen >= half) {
                v.numerator = d;
                v.value = d;
                break;
            }
        }
        return v;
    }
    if (v.denominator > 0)
        v.value = v.numerator / double(v.denominator);
    return v;
}

bool smallSample(const Figure &f, const FigureValue &v, qint64 minimumSample)
{
    return f.kind != FigureKind::Count && v.denominator < minimumSample;
}

QString valueText(const Figure &f, const FigureValue &v)
{
    if (!v.defined())
        return QStringLiteral("—");
    switch (f.kind) {
    case FigureKind::Count: return QString::number(qint64(v.value));
    case FigureKind::Rate: return QStringLiteral("%1%").arg(v.value * 100, 0, 'f', 1);
    case FigureKind::Days:
        if (f.code == QLatin1String("handling_days_median"))
            return v.value >= kHistogramDays ? QStringLiteral("%1+").arg(kHistogramDays)
                                             : QString::number(qint64(v.value));
        return QString::number(v.value, 'f', 1);
    }
    return {};
}

QString changeText(const Figure &f, const FigureValue &now, const FigureValue &before)
{
    if (!now.defined() || !before.defined() || f.live())
        return QStringLiteral("—");
    if (f.kind == FigureKind::Rate) {
        const double points = (now.value - before.value) * 100;
        return Text::tr("%1%2 pts").arg(points >= 0 ? QStringLiteral("+") : QString()).arg(points, 0, 'f', 1);
    }
    if (before.value == 0)
        return QStringLiteral("—");
    const double percent = (now.value - before.value) / before.value * 100;
    return QStringLiteral("%1%2%").arg(percent >= 0 ? QStringLiteral("+") : QString()).arg(percent, 0, 'f', 1);
}

} // namespace gd::stats
