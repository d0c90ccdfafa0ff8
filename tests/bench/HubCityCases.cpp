// "hub-search": the hub's search (hub/HubSearch.h) on the same city: per run, each of twelve terms
// of one, two and three characters taken from the requests' texts, its first page of 100 (what the
// window shows first). Baseline: the plain way, a LIKE over what happened, the request, the address
// and the name, newest first, LIMIT 100 (no tiers, no notes).
//
// "hub-cases": the hub's case list at a city's scale, as the hub's window reads it
// (ui/hub/HubCasesPage.h through cases/CaseQueries.h over the hub's ReadSource), on the city of
// HubCity.h. Per run, each of six lists once: its first page of 100 and its third (read after the
// keys of the first two), each a sample. Baseline: the same rows with one plain statement per
// page — the filter written out, ORDER BY the list's order, LIMIT 100 OFFSET the rows before.
#include "HubCity.h"
#include "cases/CaseQueries.h"
#include "cases/CaseRowSql.h"
#include "cases/CaseTypes.h"
#include "cases/Workflow.h"
#include "hub/HubDialect.h"
#include "hub/HubFigures.h"
#include "hub/HubSearch.h"

#include <QDateTime>

namespace hubbench {

namespace {

struct List {
    QString name;
    gd::CaseFilter filter;
    QString where, order; // the plain statement's
    QVariantList binds;
};

QString openStatesSql()
{
    QStringList open;
    for (const QString &s : gd::cases::states())
        if (gd::workflow::isOpen(s))
            open << QLatin1Char('\'') + s + QLatin1Char('\'');
    return open.join(QLatin1Char(','));
}

QList<List> lists(gd::hub::HubConnection &hub, qint64 nowMs)
{
    const QString street = firstValue(hub, "SELECT id FROM streets ORDER BY code LIMIT 1");
    const QString grid = firstValue(hub, "SELECT grid_id FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
    const QString group =
        firstValue(hub, "SELECT parent_id FROM categories WHERE parent_id IS NOT NULL GROUP BY 1 ORDER BY "
                        "count(*) DESC LIMIT 1");
    const QString open = openStatesSql();
    const qint64 monthAgo = nowMs - qint64(30) * 24 * 3600 * 1000;
    QList<List> out;
    List l;
    l.name = QStringLiteral("city newest");
    l.where = QStringLiteral("c.deleted = 0");
    l.order = QStringLiteral("c.received_ms DESC, c.id DESC");
    out << l;
    l = {};
    l.name = QStringLiteral("street open");
    l.filter.streetId = street;
    for (const QString &s : gd::cases::states())
        if (gd::workflow::isOpen(s))
            l.filter.states << s;
    l.where = QStringLiteral("c.deleted = 0 AND c.state IN (%1) AND c.grid_id IN (SELECT g.id FROM grids g JOIN "
                             "communities m ON m.id = g.community_id WHERE m.street_id = ?)")
                  .arg(open);
    l.binds = {street};
    l.order = QStringLiteral("c.received_ms DESC, c.id DESC");
    out << l;
    l = {};
    l.name = QStringLiteral("grid by deadline");
    l.filter.gridId = grid;
    l.filter.sort = gd::CaseSort::DueAsc;
    l.where = QStringLiteral("c.deleted = 0 AND c.grid_id = ?");
    l.binds = {grid};
    l.order = QStringLiteral("c.due_ms IS NULL, c.due_ms, c.id");
    out << l;
    l = {};
    l.name = QStringLiteral("city overdue");
    l.filter.due = QStringLiteral("overdue");
    l.where = QStringLiteral("c.deleted = 0 AND c.state IN (%1) AND c.due_ms > 0 AND c.due_ms < ?").arg(open);
    l.binds = {nowMs};
    l.order = QStringLiteral("c.received_ms DESC, c.id DESC");
    out << l;
    l = {};
    l.name = QStringLiteral("callbacks waiting");
    l.filter.due = QStringLiteral("callback");
    l.filter.sort = gd::CaseSort::CallbackDueAsc;
    l.where = QStringLiteral("c.deleted = 0 AND c.state = 'completed' AND c.callback_due_ms IS NOT NULL");
    l.order = QStringLiteral("c.callback_due_ms, c.id");
    out << l;
    l = {};
    l.name = QStringLiteral("category month changed");
    l.filter.categoryId = group;
    l.filter.fromMs = monthAgo;
    l.filter.sort = gd::CaseSort::UpdatedDesc;
    l.where = QStringLiteral("c.deleted = 0 AND c.received_ms >= ? AND (c.category_id = ? OR c.category_id IN "
                             "(SELECT id FROM categories WHERE parent_id = ?))");
    l.binds = {monthAgo, group, group};
    l.order = QStringLiteral("c.updated_ms DESC, c.id DESC");
    out << l;
    return out;
}

bench::Outcome casesScenario(const bench::Options &options)
{
    bench::Outcome out;
    City *made = city(options, &out);
    if (!made)
        return out;
    gd::hub::HubConnection &hub = *made->db->hub;
    constexpr int kPage = 100;
    const gd::ReadSource source = gd::hub::hubFigureSource(hub);
    auto newest = hub.scalar(QStringLiteral("SELECT max(received_ms) FROM cases"));
    const QList<List> all = lists(hub, newest ? newest->toLongLong() : source.nowMs);
    QHash<QString, QList<double>> perList;
    qint64 shown = 0;
    for (int run = 0; run < options.runs; ++run)
        for (const List &l : all) {
            const gd::CaseQueries list(source);
            QString key;
            for (int page = 0; page < 3; ++page) {
                const bench::Stopwatch watch;
                auto rows = list.page(l.filter, kPage, key);
                const double ms = watch.ms();
                if (!rows) {
                    out.error = l.name + QStringLiteral(": ") + rows.message();
                    return out;
                }
                key = rows->nextKey;
                shown += rows->rows.size();
                if (page == 1)
                    continue; // the first and the third page are the samples
                out.ms << ms;
                perList[l.name] << ms;
                const bench::Stopwatch naive;
                QVariantList binds = l.binds;
                binds << kPage << page * kPage;
                auto q = hub.run(gd::hub::postgresStatement(gd::caseRowSelect()) + QStringLiteral("WHERE ") + l.where +
                                     QStringLiteral(" ORDER BY ") + l.order + QStringLiteral(" LIMIT ? OFFSET ?"),
                                 binds);
                if (!q) {
                    out.error = l.name + QStringLiteral(" (plain): ") + q.message();
                    return out;
                }
                while (q->next()) {
                }
                out.baselineMs << naive.ms();
                if (key.isEmpty())
                    break;
            }
        }
    QStringList each;
    for (const List &l : all)
        each << QStringLiteral("%1 %2 ms").arg(l.name).arg(bench::percentile(perList.value(l.name), 50), 0, 'f', 1);
    out.notes << QStringLiteral("hub-cases: the hub's case list on %1 requests, pages of %2: the first and the third "
                                "page of six lists (%3 rows shown in all); baseline: each page as one plain "
                                "statement with OFFSET")
                     .arg(made->cases)
                     .arg(kPage)
                     .arg(shown);
    out.notes << QStringLiteral("hub-cases medians: ") + each.join(QStringLiteral(", "));
    return out;
}

bench::Outcome searchScenario(const bench::Options &options)
{
    bench::Outcome out;
    City *made = city(options, &out);
    if (!made)
        return out;
    gd::hub::HubConnection &hub = *made->db->hub;
    // Terms as a desk types them: pieces of the middle of a few requests' texts.
    auto texts = hub.run(QStringLiteral("SELECT DISTINCT ON (category_id) description FROM cases WHERE "
                                        "length(description) > 12 ORDER BY category_id, id LIMIT 4"));
    if (!texts) {
        out.error = texts.message();
        return out;
    }
    QStringList terms;
    while (texts->next()) {
        const QString t = texts->value(0).toString();
        for (int n : {1, 2, 3})
            terms << t.mid(int(t.size()) / 2 + n, n);
    }
    QHash<int, QList<double>> byLength;
    qint64 hits = 0;
    for (int run = 0; run < options.runs; ++run)
        for (const QString &term : std::as_const(terms)) {
            const bench::Stopwatch watch;
            auto page = gd::hub::searchHub(hub, term, 100, {}, QDateTime::currentMSecsSinceEpoch());
            out.ms << watch.ms();
            byLength[int(term.size())] << out.ms.last();
            if (!page) {
                out.error = term + QStringLiteral(": ") + page.message();
                return out;
            }
            hits += page->hits.size();
            const QString like = QLatin1Char('%') + term + QLatin1Char('%');
            const bench::Stopwatch naive;
            auto q = hub.run(QStringLiteral("SELECT c.id FROM cases c WHERE c.deleted = 0 AND (c.description LIKE ? OR "
                                            "c.request LIKE ? OR c.address LIKE ? OR c.reporter_name LIKE ?) ORDER BY "
                                            "c.received_ms DESC LIMIT 100"),
                             {like, like, like, like});
            if (!q) {
                out.error = q.message();
                return out;
            }
            while (q->next()) {
            }
            out.baselineMs << naive.ms();
        }
    QStringList each;
    for (int n : {1, 2, 3})
        each << QStringLiteral("%1 character(s) %2 ms (p95 %3 ms)")
                    .arg(n)
                    .arg(bench::percentile(byLength.value(n), 50), 0, 'f', 1)
                    .arg(bench::percentile(byLength.value(n), 95), 0, 'f', 1);
    out.notes << QStringLiteral("hub-search: the first page of 100 for %1 terms (%2) on %3 requests, %4 hits shown in "
                                "all; baseline: LIKE over the request's own texts, newest first")
                     .arg(terms.size())
                     .arg(terms.join(QLatin1Char(' ')))
                     .arg(made->cases)
                     .arg(hits);
    out.notes << QStringLiteral("hub-search by length: ") + each.join(QStringLiteral(", "));
    return out;
}

const bench::Registrar search({QStringLiteral("hub-search"),
                               QStringLiteral("the hub's search on a city's hub, the first page for terms of one, "
                                              "two and three characters, against a LIKE over the cases"),
                               searchScenario});
const bench::Registrar cases({QStringLiteral("hub-cases"),
                              QStringLiteral("the hub's case list on a city's hub, first and third pages of six "
                                             "lists, against one plain statement per page with OFFSET"),
                              casesScenario});

} // namespace
} // namespace hubbench
