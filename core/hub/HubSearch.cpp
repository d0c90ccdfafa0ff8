#include "HubSearch.h"

#include "HubConnection.h"
#include "HubDialect.h"
#include "HubSearchRows.h"
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

using namespace grams;

const QChar kEnd(search::kEnd);

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

// A term in a folded text: one or two characters are told by the text's array exactly, a longer
// term by reading the text.
void termIn(const QString &term, const QString &text, const QString &array, QStringList *where, QVariantList *binds)
{
    if (shortTerm(term)) {
        Grams g;
        addTermGrams(term, &g);
        *where << array + QStringLiteral(" @> CAST(? AS bigint[])");
        *binds << arrayLiteral(g);
    } else {
        *where << QStringLiteral("strpos(%1, ?) > 0").arg(text);
        *binds << term;
    }
}

// Every term in the texts a tier looks at: 1 what happened and the request; 2 those, the place
// and names, or a phone's end; 3 anywhere, the notes too. Exact: strpos reads the folded texts.
Match everyTermIn(const QStringList &terms, int tier)
{
    Match m;
    QStringList parts;
    for (const QString &t : terms) {
        QStringList where;
        termIn(t, QStringLiteral("s.own"), QStringLiteral("s.own_grams"), &where, &m.binds);
        if (tier >= 2) {
            where << QStringLiteral("strpos(s.place, ?) > 0");
            m.binds << t;
        }
        if (tier >= 3) {
            where << QStringLiteral("strpos(s.notes, ?) > 0");
            m.binds << t;
            // Or in a note added since the row was made (HubSearchRows.h).
            QStringList inNote;
            termIn(t, QStringLiteral("a.note"), QStringLiteral("a.grams"), &inNote, &m.binds);
            where << QStringLiteral("EXISTS (SELECT 1 FROM hub_search_added a WHERE a.case_id = s.case_id AND %1)")
                         .arg(inNote.first());
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

// The cases a tier may find, by the indexes alone: those whose row holds every term's characters
// or pairs and, in the third tier, those with an added note holding some term's (a term is in one
// text, so a case that has the others in its row and that one in an added note is among them).
Match narrowed(const QStringList &terms, int tier)
{
    Grams all;
    for (const QString &t : terms)
        addTermGrams(t, &all);
    Match m;
    m.sql = tier == 1 ? QStringLiteral("s.own_grams @> CAST(? AS bigint[])")
                      : QStringLiteral("s.all_grams @> CAST(? AS bigint[])");
    m.binds << arrayLiteral(all);
    if (tier < 3)
        return m;
    QStringList added;
    for (const QString &t : terms) {
        Grams g;
        addTermGrams(t, &g);
        added << QStringLiteral("a.grams @> CAST(? AS bigint[])");
        m.binds << arrayLiteral(g);
    }
    m.sql = QStringLiteral("(%1 OR s.case_id = ANY (ARRAY(SELECT a.case_id FROM hub_search_added a WHERE %2)))")
                .arg(m.sql, added.join(QStringLiteral(" OR ")));
    return m;
}

// A tier's cases: the indexes narrow to those holding every term's characters or pairs, the
// texts settle it; a case of a lower tier is left to it.
Match tierMatch(const QStringList &terms, int tier)
{
    Match m = narrowed(terms, tier);
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

} // namespace

Result<qint64> countHubSearch(HubConnection &hub, const QString &query)
{
    const QStringList terms = search::terms(query);
    if (terms.isEmpty())
        return invalidQuery();
    const Match some = narrowed(terms, 3), anywhere = everyTermIn(terms, 3);
    auto n = hub.scalar(QStringLiteral("SELECT count(*) FROM hub_search s WHERE ") + some.sql +
                            QStringLiteral(" AND ") + anywhere.sql,
                        some.binds + anywhere.binds);
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
                                        "c.reporter_phone, s.notes || coalesce((SELECT string_agg(a.note, '' ORDER BY "
                                        "a.hlc, a.event_id) FROM hub_search_added a WHERE a.case_id = s.case_id), ''), "
                                        "s.phones FROM cases c JOIN hub_search s ON "
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
