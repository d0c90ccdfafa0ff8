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

#include <limits>

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

QString codePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// The distinct characters and pairs of neighbouring characters of closed, folded texts.
void addGrams(const QString &closed, QSet<QString> *grams)
{
    for (const QString &text : closed.split(kEnd, Qt::SkipEmptyParts)) {
        const QList<uint> points = text.toUcs4();
        for (int i = 0; i < points.size(); ++i) {
            const QString one = codePoint(points.at(i));
            grams->insert(one);
            if (i + 1 < points.size())
                grams->insert(one + codePoint(points.at(i + 1)));
        }
    }
}

// What a term needs in a text's array: itself when it is one character, else its pairs.
void addTermGrams(const QString &term, QSet<QString> *grams)
{
    const QList<uint> points = term.toUcs4();
    if (points.size() == 1)
        grams->insert(term);
    for (int i = 0; i + 1 < points.size(); ++i)
        grams->insert(codePoint(points.at(i)) + codePoint(points.at(i + 1)));
}

// PostgreSQL's literal of a text array.
QString arrayLiteral(const QSet<QString> &grams)
{
    QStringList parts;
    for (QString g : grams) {
        g.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        g.replace(QLatin1Char('"'), QLatin1String("\\\""));
        parts << QLatin1Char('"') + g + QLatin1Char('"');
    }
    parts.sort();
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariantList searchRow(const QString &caseId, qint64 receivedMs, const CaseSearchTexts &texts)
{
    const CaseSearchColumns c = CaseSearchIndex::columnsOf(texts);
    const QString own = folded(c.body), place = folded(c.place), notes = folded(c.notes), phones = folded(c.phones);
    QSet<QString> ownGrams, allGrams;
    addGrams(own, &ownGrams);
    allGrams = ownGrams;
    for (const QString *t : {&place, &notes, &phones})
        addGrams(*t, &allGrams);
    return {caseId, receivedMs, own, place, notes, phones, arrayLiteral(ownGrams), arrayLiteral(allGrams)};
}

// The conditions of a query's terms, with their values in order.
struct Match {
    QString sql;
    QVariantList binds;
};

// Every term in the texts a tier looks at: 1 what happened and the request; 2 those, the place
// and names, or a phone's end; 3 anywhere, the notes too. Exact: strpos reads the folded texts.
Match everyTermIn(const QStringList &terms, int tier)
{
    Match m;
    QStringList parts;
    for (const QString &t : terms) {
        QStringList where{QStringLiteral("strpos(s.own, ?) > 0")};
        m.binds << t;
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
    QSet<QString> grams;
    for (const QString &t : terms)
        addTermGrams(t, &grams);
    Match m;
    m.sql = tier == 1 ? QStringLiteral("s.own_grams @> CAST(? AS text[])")
                      : QStringLiteral("s.all_grams @> CAST(? AS text[])");
    m.binds << arrayLiteral(grams);
    const Match in = everyTermIn(terms, tier);
    m.sql += QStringLiteral(" AND ") + in.sql;
    m.binds += in.binds;
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
    const QString read =
        // Each batch steps through the listed ids in order, not through every case's: a delta's
        // few thousand among a city's millions.
        QStringLiteral("WITH b AS (SELECT x.id FROM (%1) x (id) JOIN cases c ON c.id = x.id WHERE c.deleted = 0 AND "
                       "x.id > ? ORDER BY x.id LIMIT %2) SELECT c.id, c.received_ms, c.description, c.request, "
                       "c.address, c.reporter_name, c.reporter_phone, e.id, e.action, e.note, e.data FROM b "
                       "JOIN cases c ON c.id = b.id LEFT JOIN case_events e ON e.case_id = c.id ORDER BY c.id, "
                       "e.hlc, e.id")
            .arg(caseIdsSql)
            .arg(kBatch);
    QString after = QStringLiteral(""); // a null string would bind as NULL, and nothing is greater than NULL
    for (;;) {
        auto q = hub.run(read, {after});
        if (!q)
            return q.error();
        QList<QVariantList> rows;
        QString id;
        qint64 receivedMs = 0;
        CaseSearchTexts texts;
        while (q->next()) {
            if (q->value(0).toString() != id) {
                if (!id.isEmpty())
                    rows << searchRow(id, receivedMs, texts);
                id = q->value(0).toString();
                receivedMs = q->value(1).toLongLong();
                texts = {};
                texts.description = q->value(2).toString();
                texts.request = q->value(3).toString();
                texts.address = q->value(4).toString();
                texts.reporterName = q->value(5).toString();
                texts.reporterPhone = q->value(6).toString();
            }
            if (!q->value(7).isNull())
                texts.events << CaseSearchIndex::eventTexts(q->value(7).toString(), q->value(8).toString(),
                                                            q->value(9).toString(), q->value(10).toString().toUtf8());
        }
        if (id.isEmpty())
            return {};
        rows << searchRow(id, receivedMs, texts);
        int next = 0;
        if (Status s = hub.copyIn(QStringLiteral("hub_search"),
                                  {QStringLiteral("case_id"), QStringLiteral("received_ms"), QStringLiteral("own"),
                                   QStringLiteral("place"), QStringLiteral("notes"), QStringLiteral("phones"),
                                   QStringLiteral("own_grams"), QStringLiteral("all_grams")},
                                  [&](QVariantList &values) {
                                      if (next >= rows.size())
                                          return false;
                                      values = rows.at(next++);
                                      return true;
                                  });
            !s)
            return s;
        if (rows.size() < kBatch)
            return {};
        after = id;
    }
}

Result<qint64> countHubSearch(HubConnection &hub, const QString &query)
{
    const QStringList terms = search::terms(query);
    if (terms.isEmpty())
        return invalidQuery();
    QSet<QString> grams;
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
