#include "HubSearchRows.h"

#include "HubConnection.h"
#include "cases/CaseSearchIndex.h"
#include "cases/SearchText.h"
#include "cases/WorkflowAction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd::hub {

namespace grams {

namespace {

const QChar kEnd(search::kEnd);

quint64 gramOf(char32_t first, char32_t second = 0)
{
    return (quint64(first) << 32) | second;
}

void distinct(Grams *grams)
{
    std::sort(grams->begin(), grams->end());
    grams->erase(std::unique(grams->begin(), grams->end()), grams->end());
}

} // namespace

QString closedTexts(const QStringList &texts)
{
    QString out;
    for (const QString &t : texts)
        out += search::fold(t) + kEnd;
    return out;
}

void addGrams(const QString &closed, Grams *grams)
{
    const QList<uint> points = closed.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const uint c = points.at(i);
        if (c == kEnd.unicode())
            continue;
        grams->push_back(gramOf(c));
        if (i + 1 < points.size() && points.at(i + 1) != kEnd.unicode())
            grams->push_back(gramOf(c, points.at(i + 1)));
    }
}

void addTermGrams(const QString &term, Grams *grams)
{
    const QList<uint> points = term.toUcs4();
    if (points.size() == 1)
        grams->push_back(gramOf(points.first()));
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        grams->push_back(gramOf(points.at(i), points.at(i + 1)));
}

QString arrayLiteral(Grams grams)
{
    distinct(&grams);
    QString out;
    out.reserve(int(grams.size()) * 15 + 2);
    out += QLatin1Char('{');
    for (size_t i = 0; i < grams.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(grams[i]);
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace grams

namespace {

using namespace grams;

// Cases read and written at a time when rows are made again.
constexpr int kBatch = 2000;

const char *const kCreate[] = {
    "CREATE TABLE IF NOT EXISTS hub_search (case_id text PRIMARY KEY, received_ms bigint NOT NULL, own text NOT "
    "NULL, place text NOT NULL, notes text NOT NULL, phones text NOT NULL, own_grams bigint[] NOT NULL, all_grams "
    "bigint[] NOT NULL)",
    "CREATE INDEX IF NOT EXISTS hub_search_own ON hub_search USING gin (own_grams)",
    "CREATE INDEX IF NOT EXISTS hub_search_all ON hub_search USING gin (all_grams)",
    "CREATE INDEX IF NOT EXISTS hub_search_received ON hub_search (received_ms, case_id)",
    "CREATE TABLE IF NOT EXISTS hub_search_added (event_id text PRIMARY KEY, case_id text NOT NULL, hlc bigint NOT "
    "NULL, note text NOT NULL, grams bigint[] NOT NULL)",
    "CREATE INDEX IF NOT EXISTS hub_search_added_case ON hub_search_added (case_id, hlc)",
    "CREATE INDEX IF NOT EXISTS hub_search_added_grams ON hub_search_added USING gin (grams)",
};

QVariantList searchRow(const QString &caseId, qint64 receivedMs, const CaseSearchTexts &texts)
{
    const CaseSearchColumns c = CaseSearchIndex::columnsOf(texts);
    const QString own = closedTexts(c.body), place = closedTexts(c.place), notes = closedTexts(c.notes),
                  phones = closedTexts(c.phones);
    Grams ownGrams;
    addGrams(own, &ownGrams);
    Grams allGrams = ownGrams;
    for (const QString *t : {&place, &notes, &phones})
        addGrams(*t, &allGrams);
    return {caseId, receivedMs, own, place, notes, phones, arrayLiteral(ownGrams), arrayLiteral(allGrams)};
}

// The search rows of the listed cases, written a batch at a time. One cursor walks the cases and
// their events in one plan: a district's first year reads its events in one pass, where a
// statement per batch looked each batch's events up again (most of the time of a first ingest).
Status fillHubSearch(HubConnection &hub, const QString &caseIdsSql)
{
    // The whole result is wanted, not its first rows: plan for all of it.
    if (Status s = hub.exec(QStringLiteral("SET LOCAL cursor_tuple_fraction = 1.0")); !s)
        return s;
    if (Status s = hub.exec(
            QStringLiteral("DECLARE hub_search_rows NO SCROLL CURSOR FOR SELECT c.id, c.received_ms, c.description, "
                           "c.request, c.address, c.reporter_name, c.reporter_phone, e.id, e.action, e.note, e.data "
                           "FROM (%1) x (id) JOIN cases c ON c.id = x.id LEFT JOIN case_events e ON e.case_id = c.id "
                           "WHERE c.deleted = 0 ORDER BY c.id, e.hlc, e.id")
                .arg(caseIdsSql));
        !s)
        return s;
    const QStringList columns{QStringLiteral("case_id"),   QStringLiteral("received_ms"), QStringLiteral("own"),
                              QStringLiteral("place"),     QStringLiteral("notes"),       QStringLiteral("phones"),
                              QStringLiteral("own_grams"), QStringLiteral("all_grams")};
    // A case's events may run on into the next fetch: it is written once the next case begins.
    QString id;
    qint64 receivedMs = 0;
    CaseSearchTexts texts;
    for (;;) {
        // Not prepared: PostgreSQL prepares no FETCH.
        QSqlQuery q(hub.sql());
        if (!q.exec(QStringLiteral("FETCH %1 FROM hub_search_rows").arg(kBatch * 8)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        QList<QVariantList> rows;
        int fetched = 0;
        while (q.next()) {
            ++fetched;
            if (q.value(0).toString() != id) {
                if (!id.isEmpty())
                    rows << searchRow(id, receivedMs, texts);
                id = q.value(0).toString();
                receivedMs = q.value(1).toLongLong();
                texts = {};
                texts.description = q.value(2).toString();
                texts.request = q.value(3).toString();
                texts.address = q.value(4).toString();
                texts.reporterName = q.value(5).toString();
                texts.reporterPhone = q.value(6).toString();
            }
            if (!q.value(7).isNull())
                texts.events << CaseSearchIndex::eventTexts(q.value(7).toString(), q.value(8).toString(),
                                                            q.value(9).toString(), q.value(10).toString().toUtf8());
        }
        if (fetched == 0 && !id.isEmpty()) { // the last case
            rows << searchRow(id, receivedMs, texts);
            id.clear();
        }
        if (!rows.isEmpty())
            if (Status s = hub.copyRows(QStringLiteral("hub_search"), columns, rows); !s)
                return s;
        if (fetched == 0)
            return hub.exec(QStringLiteral("CLOSE hub_search_rows"));
    }
}

} // namespace

Status createHubSearch(HubConnection &hub)
{
    for (const char *sql : kCreate)
        if (Status s = hub.exec(QString::fromLatin1(sql)); !s)
            return s;
    return refreshHubSearch(hub, QStringLiteral("SELECT id FROM cases"));
}

Status refreshHubSearch(HubConnection &hub, const QString &caseIdsSql)
{
    for (const char *table : {"hub_search_added", "hub_search"})
        if (Status s =
                hub.exec(QStringLiteral("DELETE FROM %1 WHERE case_id IN (%2)").arg(QLatin1String(table), caseIdsSql));
            !s)
            return s;
    return fillHubSearch(hub, caseIdsSql);
}

Status planHubSearch(HubConnection &hub)
{
    // An event that brings an attached report, or splits one out, changes the place and phones
    // the case is found by: its row is made again.
    const QString reports =
        QStringLiteral("'%1', '%2'")
            .arg(workflow::keyText(workflow::Action::Report), workflow::keyText(workflow::Action::Split));
    const QString newEvent = QStringLiteral("NOT EXISTS (SELECT 1 FROM case_events m WHERE m.id = e.id)");
    for (const QString &sql :
         {QStringLiteral("DROP TABLE IF EXISTS pg_temp.hub_search_remade"),
          QStringLiteral("DROP TABLE IF EXISTS pg_temp.hub_search_notes"),
          QStringLiteral("CREATE TEMP TABLE hub_search_remade ON COMMIT DROP AS SELECT f.id FROM hub_figure_cases f "
                         "WHERE NOT EXISTS (SELECT 1 FROM hub_search s WHERE s.case_id = f.id) OR EXISTS (SELECT 1 "
                         "FROM pkg_cases p JOIN cases m ON m.id = p.id WHERE p.id = f.id AND (p.description, "
                         "p.request, p.address, p.reporter_name, p.reporter_phone, p.received_ms, p.deleted) IS "
                         "DISTINCT FROM (m.description, m.request, m.address, m.reporter_name, m.reporter_phone, "
                         "m.received_ms, m.deleted)) OR "
                         "EXISTS (SELECT 1 FROM pkg_case_events e WHERE e.case_id = f.id AND e.action IN (%1) AND %2)")
              .arg(reports, newEvent),
          QStringLiteral("CREATE TEMP TABLE hub_search_notes ON COMMIT DROP AS SELECT e.id, e.case_id, e.hlc, e.note "
                         "FROM pkg_case_events e WHERE coalesce(e.note, '') <> '' AND %1 AND NOT EXISTS (SELECT 1 FROM "
                         "hub_search_remade r WHERE r.id = e.case_id)")
              .arg(newEvent)})
        if (Status s = hub.exec(sql); !s)
            return s;
    return {};
}

Status keepHubSearch(HubConnection &hub)
{
    if (Status s = refreshHubSearch(hub, QStringLiteral("SELECT id FROM hub_search_remade")); !s)
        return s;
    QList<QVariantList> rows;
    {
        auto q = hub.run(QStringLiteral("SELECT id, case_id, hlc, note FROM hub_search_notes"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString note = closedTexts({q->value(3).toString()});
            Grams g;
            addGrams(note, &g);
            rows.append({q->value(0), q->value(1), q->value(2), note, arrayLiteral(g)});
        }
    }
    return hub.copyRows(QStringLiteral("hub_search_added"),
                        {QStringLiteral("event_id"), QStringLiteral("case_id"), QStringLiteral("hlc"),
                         QStringLiteral("note"), QStringLiteral("grams")},
                        rows);
}

} // namespace gd::hub
