#include "FigureOutput.h"

#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gdcli {

using namespace gd::stats;

namespace {

QJsonValue number(const FigureValue &v)
{
    return v.defined() ? QJsonValue(v.value) : QJsonValue(QJsonValue::Null);
}

// Each figure under its code: numerator, denominator, value, prev (环比), yoy (同比).
QJsonObject figuresJson(const QList<Figure> &figures, const Counts &now, const Counts &prev, const Counts &yoy,
                        qint64 minimumSample)
{
    QJsonObject out;
    for (const Figure &f : figures) {
        const FigureValue v = evaluate(f, now);
        QJsonObject o{{QStringLiteral("name"), f.name()},
                      {QStringLiteral("numerator"), v.numerator},
                      {QStringLiteral("denominator"),
                       f.kind == FigureKind::Count ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v.denominator))},
                      {QStringLiteral("value"), number(v)},
                      {QStringLiteral("prev"), f.live() ? QJsonValue() : number(evaluate(f, prev))},
                      {QStringLiteral("yoy"), f.live() ? QJsonValue() : number(evaluate(f, yoy))}};
        if (smallSample(f, v, minimumSample))
            o.insert(QStringLiteral("small_sample"), true);
        out.insert(f.code, o);
    }
    return out;
}

bool parseDay(const QString &option, const QString &text, QDate *day, QString *why)
{
    *day = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (day->isValid())
        return true;
    *why = QCoreApplication::translate("gdcli", "--%1: give a day as YYYY-MM-DD, not '%2'.").arg(option, text);
    return false;
}

Counts groupOf(const StatsTable &t, const QString &key)
{
    for (const StatsGroup &g : t.groups)
        if (g.key == key)
            return g.counts;
    return Counts();
}

} // namespace

bool figureRequest(const std::function<QString(const QString &)> &value, StatsRequest *r, QString *why)
{
    const QString from = value(QStringLiteral("from")), to = value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        *why = QCoreApplication::translate("gdcli", "stats: give the period with --from and --to (YYYY-MM-DD).");
        return false;
    }
    if (!parseDay(QStringLiteral("from"), from, &r->from, why) || !parseDay(QStringLiteral("to"), to, &r->to, why))
        return false;
    if (r->from > r->to) {
        *why = QCoreApplication::translate("gdcli", "--to: the period ends before it begins.");
        return false;
    }
    const QString by = value(QStringLiteral("by"));
    if (!by.isEmpty() && !breakdownFromKey(by, &r->by)) {
        *why = QCoreApplication::translate("gdcli", "--by: one of %1, not '%2'.")
                   .arg(breakdownKeys().mid(1).join(QStringLiteral(", ")), by);
        return false;
    }
    const QString view = value(QStringLiteral("view"));
    if (view.isEmpty() || view == QLatin1String("received")) {
        r->view = View::Received;
    } else if (view == QLatin1String("completed")) {
        r->view = View::Completed;
    } else {
        *why = QCoreApplication::translate("gdcli", "--view: received or completed, not '%1'.").arg(view);
        return false;
    }
    return true;
}

gd::Result<FigureReport> figureReport(const StatsRequest &request, const QList<Figure> &figures, qint64 minimumSample,
                                      const std::function<gd::Result<StatsTable>(const StatsRequest &)> &count)
{
    FigureReport out{request, {}, {}, {}, figures, minimumSample};
    StatsRequest prev = request, yoy = request;
    std::tie(prev.from, prev.to) = previousPeriod(request.from, request.to);
    std::tie(yoy.from, yoy.to) = yearEarlier(request.from, request.to);
    for (const auto &[asked, into] : {std::pair<const StatsRequest *, StatsTable *>{&request, &out.now},
                                      {&prev, &out.before},
                                      {&yoy, &out.lastYear}}) {
        auto counted = count(*asked);
        if (!counted)
            return counted.error();
        *into = *counted;
    }
    return out;
}

QJsonObject figureReportJson(const FigureReport &report)
{
    const StatsRequest &r = report.request;
    QJsonObject out =
        figuresJson(report.figures, report.now.total, report.before.total, report.lastYear.total, report.minimumSample);
    out.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
    out.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    out.insert(QStringLiteral("view"),
               r.view == View::Received ? QStringLiteral("received") : QStringLiteral("completed"));
    if (r.by == Breakdown::None)
        return out;
    QJsonArray groups;
    for (const StatsGroup &g : report.now.groups)
        groups.append(QJsonObject{
            {QStringLiteral("key"), g.key},
            {QStringLiteral("code"), g.code},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("figures"), figuresJson(report.figures, g.counts, groupOf(report.before, g.key),
                                                    groupOf(report.lastYear, g.key), report.minimumSample)}});
    out.insert(QStringLiteral("by"), breakdownKeys().at(int(r.by)));
    out.insert(QStringLiteral("groups"), groups);
    return out;
}

void printFigureTable(const FigureReport &report)
{
    QList<QStringList> rows;
    for (const Figure &f : report.figures) {
        const FigureValue v = evaluate(f, report.now.total);
        rows << QStringList{
            f.name(), valueText(f, v),
            f.kind == FigureKind::Count ? QString() : QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator),
            changeText(f, v, evaluate(f, report.before.total)), changeText(f, v, evaluate(f, report.lastYear.total))};
    }
    printTable({QCoreApplication::translate("gdcli", "Figure"), QCoreApplication::translate("gdcli", "Value"),
                QCoreApplication::translate("gdcli", "Counted"),
                QCoreApplication::translate("gdcli", "Against the period before"),
                QCoreApplication::translate("gdcli", "Against a year earlier")},
               rows);
}

void printFigureGroups(const FigureReport &report)
{
    if (report.request.by == Breakdown::None)
        return;
    // The groups with the headline figures; --json gives every figure of every group.
    const QStringList shown{QStringLiteral("received"), QStringLiteral("completion_rate"),
                            QStringLiteral("on_time_rate"), QStringLiteral("satisfaction_rate"),
                            QStringLiteral("overdue")};
    QStringList headers{QCoreApplication::translate("gdcli", "Group")};
    for (const Figure &f : report.figures)
        if (shown.contains(f.code))
            headers << f.name();
    QList<QStringList> rows;
    for (const StatsGroup &g : report.now.groups) {
        QStringList row{g.name.isEmpty() ? (g.key.isEmpty() ? QCoreApplication::translate("gdcli", "(none)") : g.key)
                                         : g.name};
        for (const Figure &f : report.figures)
            if (shown.contains(f.code)) {
                const FigureValue v = evaluate(f, g.counts);
                row << (smallSample(f, v, report.minimumSample) && v.defined()
                            ? QStringLiteral("(%1)").arg(valueText(f, v))
                            : valueText(f, v));
            }
        rows << row;
    }
    printLine(QString());
    printTable(headers, rows);
}

} // namespace gdcli
