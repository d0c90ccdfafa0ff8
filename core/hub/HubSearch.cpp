#include "HubSearch.h"

#include "HubConnection.h"
#include "HubDialect.h"
#include "cases/CaseRowSql.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/SearchText.h"
#include "cases/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <vector>

namespace gd::hub {

namespace {

// Cases read and written at a time when rows are made again.
constexpr int kBatch = 2000;
const QChar kEnd(search::kEnd);

const char *const kCreate[] = {
    "CREATE TABLE IF NOT EXISTS hub_search (case_id text PRIMARY KEY, received_ms bigint NOT NULL, own text NOT "
    "NULL, place text NOT NULL, notes text NOT NULL, phones text NOT NULL, own_grams text[] NOT NULL, all_grams "
    "text[] NOT NULL)",
    "CREATE INDEX IF NOT EXISTS hub_search_own ON hub_search USING gin (own_grams)",
    "CREATE INDEX IF NOT EXISTS hub_search_all ON hub_search USING gin (all_grams)",
    "CREATE INDEX IF NOT EXISTS hub_search_received ON hub_search (received_ms, case_id)",
};

// A column's texts folded, each closed by the end mark, so no term runs from one into the next.
QString folded(const QStringList &texts)
{
    QString out;
    for (const QString &t : texts)
        out += search::fold(t) + kEnd;
    return out;
}

// A character or a pair of neighbouring characters as one number: the first code point high, the
// second (none: 0) low. A case's texts hold thousands; numbers are sorted and made distinct
// without a string each.
using Grams = std::vector<quint64>;

quint64 gramOf(char32_t first, char32_t second = 0)
{
    return (quint64(first) << 32) | second;
}

void distinct(Grams *grams)
{
    std::sort(grams->begin(), grams->end());
    grams->erase(std::unique(grams->begin(), grams->end()), grams->end());
}

// The characters and pairs of neighbouring characters of closed, folded texts (a pair never
// spans the end mark between two texts).
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

// What a term needs in a text's array: itself when it is one character, else its pairs.
void addTermGrams(const QString &term, Grams *grams)
{
    const QList<uint> points = term.toUcs4();
    if (points.size() == 1)
        grams->push_back(gramOf(points.first()));
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        grams->push_back(gramOf(points.at(i), points.at(i + 1)));
}

void appendPoint(QString *out, char32_t c)
{
    if (c == U'\\' || c == U'"')
        *out += QLatin1Char('\\');
    if (QChar::requiresSurrogates(c)) {
        *out += QChar(QChar::highSurrogate(c));
        *out += QChar(QChar::lowSurrogate(c));
    } else {
        *out += QChar(char16_t(c));
    }
}

// PostgreSQL's literal of a text array of distinct grams.
QString arrayLiteral(Grams grams)
{
    distinct(&grams);
    QString out;
    out.reserve(int(grams.size()) * 6 + 2);
    out += QLatin1Char('{');
    for (size_t i = 0; i < grams.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        appendPoint(&out, char32_t(grams[i] >> 32));
        if (const char32_t second = char32_t(grams[i] & 0xffffffffu))
            appendPoint(&out, second);
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

QVariantList searchRow(const QString &caseId, qint64 receivedMs, const CaseSearchTexts &texts)
{
    const CaseSearchColumns c = CaseSearchIndex::columnsOf(texts);
    const QString own = folded(c.body), place = folded(c.place), notes = folded(c.notes), phones = folded(c.phones);
    Grams ownGrams;
    addGrams(own, &ownGrams);
    Grams allGrams = ownGrams;
    for (const QString *t : {&place, &notes, &phones})
        addGrams(*t, &allGrams);
    return {caseId, receivedMs, own, place, notes, phones, arrayLiteral(ownGrams), arrayLiteral(allGrams)};
}

// The conditions of a query's terms, with their values in order.
struct Match {
    QString sql;
    QVariantList binds;
};

// A term of one or two characters is in a text exactly when the text's array holds it: what
// happened and the request are then told by their array, not by reading the text.
bool shortTerm(const QString &term)
{
    return term.toUcs4().size() <= 2;
}

// Every term in the texts a tier looks at: 1 what happened and the request; 2 those, the place
// and names, or a phone's end; 3 anywhere, the notes too. Exact: strpos reads the folded texts.
Match everyTermIn(const QStringList &terms, int tier)
{
    Match m;
    QStringList parts;
    for (const QString &t : terms) {
        QStringList where;
        if (shortTerm(t)) {
            Grams g;
            addTermGrams(t, &g);
            where << QStringLiteral("s.own_grams @> CAST(? AS text[])");
            m.binds << arrayLiteral(g);
        } else {
            where << QStringLiteral("strpos(s.own, ?) > 0");
            m.binds << t;
        }
        if (tier >= 2) {
            where << QStringLiteral("strpos(s.place, ?) > 0");
            m.binds << t;
        }
        if (tier >= 3) {
            where << QStringLiteral("strpos(s.notes, ?) > 0");
            m.binds << t;
        }
        if (tier >= 2 && search::isPhoneTail(t)) {
            where << QStringLiteral("strpos(s.phones, ?) > 0");
            m.binds << t + kEnd;
        }
        parts << QLatin1Char('(') + where.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    m.sql = parts.join(QStringLiteral(" AND "));
    return m;
}

// A tier's cases: the index narrows to those holding every term's characters or pairs, the
// texts settle it; a case of a lower tier is left to it.
Match tierMatch(const QStringList &terms, int tier)
{
    Grams grams;
    for (const QString &t : terms)
        addTermGrams(t, &grams);
    Match m;
    m.sql = tier == 1 ? QStringLiteral("s.own_grams @> CAST(? AS text[])")
                      : QStringLiteral("s.all_grams @> CAST(? AS text[])");
    m.binds << arrayLiteral(grams);
    // In what happened and the request, terms of one or two characters are settled by the index.
    if (tier > 1 || !std::all_of(terms.cbegin(), terms.cend(), shortTerm)) {
        const Match in = everyTermIn(terms, tier);
        m.sql += QStringLiteral(" AND ") + in.sql;
        m.binds += in.binds;
    }
    if (tier > 1) {
        const Match lower = everyTermIn(terms, tier - 1);
        m.sql += QStringLiteral(" AND NOT (") + lower.sql + QLatin1Char(')');
        m.binds += lower.binds;
    }
    return m;
}

Error invalidQuery()
{
    return Error::invalid(
        QStringLiteral("query"),
        QCoreApplication::translate("gd::CaseSearch", "Search: type a word, a name or a phone number."));
}

struct Key {
    int tier = 1;
    qint64 receivedMs = std::numeric_limits<qint64>::max();
    QString caseId; // with receivedMs, the last hit shown; none: from the tier's start
};

bool parseKey(const QString &text, Key *key)
{
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(QLatin1Char('|'));
    bool tierOk = false, msOk = false;
    if (parts.size() != 3)
        return false;
    key->tier = parts[0].toInt(&tierOk);
    key->receivedMs = parts[1].toLongLong(&msOk);
    key->caseId = parts[2];
    return tierOk && msOk && key->tier >= 1 && key->tier <= 3;
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
        int next = 0;
        if (!rows.isEmpty())
            if (Status s = hub.copyIn(QStringLiteral("hub_search"), columns,
                                      [&](QVariantList &values) {
                                          if (next >= rows.size())
                                              return false;
                                          values = rows.at(next++);
                                          return true;
                                      });
                !s)
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
    if (Status s = hub.exec(QStringLiteral("DELETE FROM hub_search WHERE case_id IN (%1)").arg(caseIdsSql)); !s)
        return s;
    return fillHubSearch(hub, caseIdsSql);
}

Result<qint64> countHubSearch(HubConnection &hub, const QString &query)
{
    const QStringList terms = search::terms(query);
    if (terms.isEmpty())
        return invalidQuery();
    Grams grams;
    for (const QString &t : terms)
        addTermGrams(t, &grams);
    const Match anywhere = everyTermIn(terms, 3);
    auto n = hub.scalar(
        QStringLiteral("SELECT count(*) FROM hub_search s WHERE s.all_grams @> CAST(? AS text[]) AND ") + anywhere.sql,
        QVariantList{arrayLiteral(grams)} + anywhere.binds);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<SearchPage> searchHub(HubConnection &hub, const QString &query, int limit, const QString &afterKey, qint64 nowMs)
{
    SearchPage out;
    out.terms = search::terms(query);
    if (out.terms.isEmpty())
        return invalidQuery();
    if (limit < 1 || limit > CaseQueries::kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              QCoreApplication::translate("gd::CaseSearch", "Search: show between 1 and %1 cases at a "
                                                                            "time.")
                                  .arg(CaseQueries::kMaxLimit));
    Key key;
    if (!parseKey(afterKey, &key))
        return Error::invalid(
            QStringLiteral("key"),
            QCoreApplication::translate("gd::CaseSearch", "Search: the page key is not one of this search's."));
    const auto overdue = [nowMs](const CaseRow &r) {
        return workflow::isOpen(r.state) && r.dueMs > 0 && r.dueMs < nowMs;
    };
    // A case number finds its case first, on the first page, as an office's search does.
    QSet<QString> byNumber;
    auto numbered = hub.run(postgresStatement(caseRowSelect()) + QStringLiteral("WHERE c.number = ? AND c.deleted = 0"),
                            {CaseService::normalizeNumber(query)});
    if (!numbered)
        return numbered.error();
    while (numbered->next()) {
        SearchHit hit;
        hit.tier = 0;
        hit.row = readCaseRow(*numbered);
        byNumber.insert(hit.row.id);
        if (!afterKey.isEmpty() || out.hits.size() >= limit)
            continue;
        hit.row.overdue = overdue(hit.row);
        hit.field = QStringLiteral("number");
        hit.snippet = hit.row.number;
        hit.marks << qMakePair(0, int(hit.snippet.size()));
        out.hits << hit;
    }

    struct Found {
        int tier;
        qint64 receivedMs;
        QString caseId;
    };
    const int want = limit - int(out.hits.size());
    QList<Found> found;
    for (int tier = key.tier; tier <= 3 && found.size() <= want; ++tier) {
        Match m = tierMatch(out.terms, tier);
        if (tier == key.tier && !key.caseId.isEmpty()) {
            m.sql += QStringLiteral(" AND (s.received_ms, s.case_id) < (?, ?)");
            m.binds << key.receivedMs << key.caseId;
        }
        m.binds << want + 1 - found.size();
        auto q = hub.run(QStringLiteral("SELECT s.case_id, s.received_ms FROM hub_search s WHERE ") + m.sql +
                             QStringLiteral(" ORDER BY s.received_ms DESC, s.case_id DESC LIMIT ?"),
                         m.binds);
        if (!q)
            return q.error();
        while (q->next())
            found << Found{tier, q->value(1).toLongLong(), q->value(0).toString()};
    }
    if (found.size() > want) {
        found.removeLast();
        // With no hit by text on this page (only the case found by its number), the next starts at the top.
        out.nextKey = found.isEmpty() ? QStringLiteral("1|%1|").arg(std::numeric_limits<qint64>::max())
                                      : QStringLiteral("%1|%2|%3")
                                            .arg(found.last().tier)
                                            .arg(found.last().receivedMs)
                                            .arg(found.last().caseId);
    }
    if (found.isEmpty())
        return out;

    // The page's rows and the texts their snippets come from, in two statements.
    QStringList ids;
    for (const Found &f : found)
        ids << f.caseId;
    const QString list = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QVariantList binds;
    for (const QString &id : ids)
        binds << id;
    auto rows = hub.run(postgresStatement(caseRowSelect()) + QStringLiteral("WHERE c.id IN (%1)").arg(list), binds);
    if (!rows)
        return rows.error();
    QHash<QString, CaseRow> rowOf;
    while (rows->next()) {
        const CaseRow r = readCaseRow(*rows);
        rowOf.insert(r.id, r);
    }
    auto texts = hub.run(QStringLiteral("SELECT c.id, c.description, c.request, c.address, c.reporter_name, "
                                        "c.reporter_phone, s.notes, s.phones FROM cases c JOIN hub_search s ON "
                                        "s.case_id = c.id WHERE c.id IN (%1)")
                             .arg(list),
                         binds);
    if (!texts)
        return texts.error();
    QHash<QString, QStringList> textsOf;
    while (texts->next()) {
        QStringList t;
        for (int i = 1; i < 8; ++i)
            t << texts->value(i).toString();
        textsOf.insert(texts->value(0).toString(), t);
    }
    for (const Found &f : found) {
        if (byNumber.contains(f.caseId) || !rowOf.contains(f.caseId))
            continue; // already first, found by its number
        SearchHit hit;
        hit.tier = f.tier;
        hit.row = rowOf.value(f.caseId);
        hit.row.overdue = overdue(hit.row);
        const QStringList t = textsOf.value(f.caseId);
        if (t.size() == 7 &&
            !CaseSearch::markFirst({{QStringLiteral("description"), t.at(0)},
                                    {QStringLiteral("request"), t.at(1)},
                                    {QStringLiteral("address"), t.at(2)},
                                    {QStringLiteral("reporter_name"), t.at(3)}},
                                   out.terms, &hit) &&
            !CaseSearch::markPhoneTail(t.at(4), out.terms, QStringLiteral("reporter_phone"), &hit)) {
            // A note or an attached report: its folded text as the hub keeps it.
            QList<QPair<QString, QString>> notes;
            for (const QString &n : t.at(5).split(kEnd, Qt::SkipEmptyParts))
                notes << qMakePair(QStringLiteral("note"), n);
            if (!CaseSearch::markFirst(notes, out.terms, &hit))
                for (const QString &phone : t.at(6).split(kEnd, Qt::SkipEmptyParts))
                    if (CaseSearch::markPhoneTail(phone, out.terms, QStringLiteral("note"), &hit))
                        break;
        }
        out.hits << hit;
    }
    return out;
}

} // namespace gd::hub
