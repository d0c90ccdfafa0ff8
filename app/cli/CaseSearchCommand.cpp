// `cases search TEXT`: the same search as the window's cases page (core/cases/CaseSearch.h),
// best matches first, the matched words shown in 【】 in a terminal.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "cases/CaseSearch.h"
#include "cases/CaseTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QString marked(const gd::SearchHit &hit)
{
    QString out = hit.snippet;
    for (auto m = hit.marks.crbegin(); m != hit.marks.crend(); ++m) {
        out.insert(m->first + m->second, QStringLiteral("】"));
        out.insert(m->first, QStringLiteral("【"));
    }
    return out;
}

QJsonObject hitJson(const gd::SearchHit &hit)
{
    QJsonObject j = rowJson(hit.row);
    QJsonArray marks;
    for (const auto &m : hit.marks)
        marks.append(QJsonArray{m.first, m.second});
    j.insert(QStringLiteral("tier"), hit.tier);
    j.insert(QStringLiteral("matched_field"), hit.field);
    j.insert(QStringLiteral("snippet"), hit.snippet);
    j.insert(QStringLiteral("marks"), marks);
    return j;
}

} // namespace

int searchCases(const Invocation &call)
{
    int limit = 20;
    int code = Ok;
    if (!parseLimit(call, &limit, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    gd::CaseSearch search(*db);
    const QString text = call.arguments.value(0);
    if (call.has(QStringLiteral("count"))) {
        auto n = search.count(text);
        if (!n)
            return fail(exitCodeFor(n.error()), n.message());
        if (call.json)
            printJson(QJsonObject{{QStringLiteral("count"), double(n.value())}});
        else
            printLine(QString::number(n.value()));
        return Ok;
    }
    QList<gd::SearchHit> hits;
    QString key;
    bool more = false;
    do {
        const int want = limit == 0 ? gd::CaseQueries::kMaxLimit : qMin(limit - int(hits.size()), 500);
        auto page = search.page(text, want, key);
        if (!page)
            return fail(exitCodeFor(page.error()), page.message());
        hits << page->hits;
        key = page->nextKey;
        more = !key.isEmpty();
    } while (more && (limit == 0 || hits.size() < limit));

    if (call.json) {
        QJsonArray array;
        for (const gd::SearchHit &h : hits)
            array.append(hitJson(h));
        printJson(array);
        return Ok;
    }
    QList<QStringList> cells;
    for (const gd::SearchHit &h : hits)
        cells << QStringList{h.row.number, gd::cases::stateName(h.row.state), shortTime(h.row.receivedMs),
                             h.row.reporterName, marked(h)};
    printTable({QCoreApplication::translate("gdcli", "Number"), QCoreApplication::translate("gdcli", "State"),
                QCoreApplication::translate("gdcli", "Received"), QCoreApplication::translate("gdcli", "Reporter"),
                QCoreApplication::translate("gdcli", "Where it matched")},
               cells);
    printLine(
        QCoreApplication::translate("gdcli", "%n case(s)", nullptr, int(hits.size())) +
        (more ? QCoreApplication::translate("gdcli", " (more: raise --limit, or --limit 0 for all)") : QString()));
    return Ok;
}

} // namespace gdcli
