// The monthly star review (issue 5) from the command line: `review compute --month YYYY-MM`,
// every active full-time worker's items, total, current and proposed star, and the reason.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "rating/MonthSheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gdcli", text);
}

QString points(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int computeReview(const Invocation &call)
{
    const QString month = call.value(QStringLiteral("month"));
    if (!gd::rating::isMonth(month))
        return fail(UserError, tr("review compute: give the month as --month YYYY-MM (for example 2026-10)."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto sheet = gd::rating::computeMonth(*db, month);
    if (!sheet)
        return fail(exitCodeFor(sheet.error()), sheet.message());
    if (call.json) {
        QJsonArray out;
        for (const gd::rating::SheetRow &r : sheet->rows) {
            QJsonObject items, raw;
            for (const gd::rating::RatingItem &i : sheet->items) {
                items.insert(i.code, r.values.value(i.code).points);
                raw.insert(i.code, r.values.value(i.code).raw);
            }
            out.append(QJsonObject{{QStringLiteral("worker_id"), r.workerId},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("items"), items},
                                   {QStringLiteral("counted"), raw},
                                   {QStringLiteral("veto"), r.veto},
                                   {QStringLiteral("total"), r.total},
                                   {QStringLiteral("current_star"), r.star},
                                   {QStringLiteral("proposed_star"), r.decision.to},
                                   {QStringLiteral("rank"), r.decision.rank},
                                   {QStringLiteral("explanation"), r.decision.explanation}});
        }
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::rating::SheetRow &r : sheet->rows)
        rows << QStringList{r.name, points(r.total), QString::number(r.star), QString::number(r.decision.to),
                            r.decision.explanation};
    printTable({tr("Worker"), tr("Total"), tr("Star"), tr("Proposed"), tr("Why")}, rows);
    return Ok;
}

} // namespace gdcli
