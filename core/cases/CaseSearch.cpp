#include "CaseSearch.h"

#include "CaseRowSql.h"
#include "CaseService.h"
#include "SearchText.h"
#include "Workflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseSearch)
};

Error sqlError(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, q.lastError().text());
}

QString joined(const QStringList &parts, const char *op)
{
    return QStringLiteral("(") + parts.join(QLatin1String(op)) + QStringLiteral(")");
}

// Where a term is looked for, one pass of the ranking each: what happened and the request; those,
// the place and the name, and a phone's end when the term looks like one; or anywhere, the notes
// too, whose tokens carry their own mark (SearchText.h), so their phrase is the marked one.
enum class Where { Body, Own, Anywhere };

QString termIn(const QString &term, Where where)
{
    if (where == Where::Body)
        return QStringLiteral("{body} : ") + search::phrase(term);
    QString e = QStringLiteral("{body place} : ") + search::phrase(term);
    if (where == Where::Anywhere)
        e += QStringLiteral(" OR {notes} : ") + search::phrase(term, false, search::Space::Notes);
    if (search::isPhoneTail(term))
        e += QStringLiteral(" OR {phone} : ") + search::phrase(term, true);
    return QStringLiteral("(") + e + QStringLiteral(")");
}

QString allTerms(const QStringList &terms, Where where)
{
    QStringList parts;
    for (const QString &t : terms)
        parts << termIn(t, where);
    return joined(parts, " AND ");
}

struct Key {
    int tier = 1;
    qint64 doc = 0; // 0: from the tier's start
};

bool parseKey(const QString &text, Key *key)
{
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(QLatin1Char(':'));
    bool tierOk = false, docOk = false;
    if (parts.size() != 2)
        return false;
    key->tier = parts[0].toInt(&tierOk);
    key->doc = parts[1].toLongLong(&docOk);
    return tierOk && docOk && key->tier >= 1 && key->tier <= 3 && key->doc > 0;
}

// The window of `text` around its first match, with every match inside it marked.
void snippetOf(const QString &text, const QList<QPair<int, int>> &spans, SearchHit *hit)
{
    const int first = spans.first().first;
    int from = qMax(0, first - CaseSearch::kSnippetChars / 3);
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    int to = qMin<int>(text.size(), from + CaseSearch::kSnippetChars);
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    hit->snippet = lead + text.mid(from, to - from) + (to < text.size() ? QStringLiteral("…") : QString());
    hit->snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const auto &s : spans) {
        const int start = qMax(s.first, from), end = qMin(s.first + s.second, to);
        if (start < end)
            hit->marks << qMakePair(int(lead.size()) + start - from, end - start);
    }
}

// A phone found by its last digits: the whole number, its end marked.
void markPhoneTail(const QString &phone, const QStringList &terms, const QString &field, SearchHit *hit)
{
    for (const QString &t : terms)
        if (search::isPhoneTail(t) && search::fold(phone).endsWith(t)) {
            hit->field = field;
            hit->snippet = phone;
            hit->marks << qMakePair(int(phone.size() - t.size()), int(t.size()));
            return;
        }
}

} // namespace

bool CaseSearch::markFirst(const QList<QPair<QString, QString>> &fieldTexts, const QStringList &terms, SearchHit *hit)
{
    for (const auto &[field, text] : fieldTexts) {
        const auto spans = search::occurrences(text, terms);
        if (!spans.isEmpty()) {
            hit->field = field;
            snippetOf(text, spans, hit);
            return true;
        }
    }
    return false;
}

bool CaseSearch::markPhoneTail(const QString &phone, const QStringList &terms, const QString &field, SearchHit *hit)
{
    gd::markPhoneTail(phone, terms, field, hit);
    return !hit->snippet.isEmpty();
}

QString CaseSearch::matchExpression(const QStringList &terms, int tier)
{
    const QString inBody = allTerms(terms, Where::Body);
    const QString own = allTerms(terms, Where::Own);
    switch (tier) {
    case 1: return inBody;
    case 2: return own + QStringLiteral(" NOT ") + inBody;
    case 3: return allTerms(terms, Where::Anywhere) + QStringLiteral(" NOT ") + own;
    default: return allTerms(terms, Where::Anywhere);
    }
}

Result<qint64> CaseSearch::count(const QString &query) const
{
    const QStringList terms = search::terms(query);
    if (terms.isEmpty())
        return Error::invalid(QStringLiteral("query"), Text::tr("Search: type a word, a name or a phone number."));
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"));
    q.addBindValue(matchExpression(terms, 0));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<SearchPage> CaseSearch::page(const QString &query, int limit, const QString &afterKey) const
{
    SearchPage out;
    out.terms = search::terms(query);
    if (out.terms.isEmpty())
        return Error::invalid(QStringLiteral("query"), Text::tr("Search: type a word, a name or a phone number."));
    if (limit < 1 || limit > CaseQueries::kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              Text::tr("Search: show between 1 and %1 cases at a time.").arg(CaseQueries::kMaxLimit));
    Key key;
    if (!parseKey(afterKey, &key))
        return Error::invalid(QStringLiteral("key"), Text::tr("Search: the page key is not one of this search's."));

    // A case number, new (0117-20261205-0012, or its digits) or old (260302-7F3A9C), finds its
    // case first, on the first page.
    // It is looked up on every page, so that its hit by text is never shown again on a later one.
    QSet<QString> byNumber;
    {
        QSqlQuery &n = m_db.prepared(caseRowSelect() + QStringLiteral("WHERE c.number = ? AND c.deleted = 0"));
        n.addBindValue(CaseService::normalizeNumber(query));
        if (!n.exec())
            return sqlError(n);
        while (n.next()) {
            SearchHit hit;
            hit.tier = 0;
            hit.row = readCaseRow(n);
            byNumber.insert(hit.row.id);
            if (!afterKey.isEmpty() || out.hits.size() >= limit)
                continue;
            hit.row.overdue = workflow::isOpen(hit.row.state) && hit.row.dueMs > 0 && hit.row.dueMs < m_db.nowMs();
            hit.field = QStringLiteral("number");
            hit.snippet = hit.row.number;
            hit.marks << qMakePair(0, int(hit.snippet.size()));
            out.hits << hit;
        }
        n.finish();
    }

    // The docs of the page and one more (to know whether a next page exists), tier by tier; a case
    // found by its number takes one of the page's places.
    const int want = limit - int(out.hits.size());
    QList<QPair<int, qint64>> docs;
    for (int tier = key.tier; tier <= 3 && docs.size() <= want; ++tier) {
        const bool bounded = tier == key.tier && key.doc > 0;
        QSqlQuery &q = m_db.prepared(
            bounded ? QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH ? AND rowid < ? "
                                     "ORDER BY rowid DESC LIMIT ?")
                    : QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC "
                                     "LIMIT ?"));
        q.addBindValue(matchExpression(out.terms, tier));
        if (bounded)
            q.addBindValue(key.doc);
        q.addBindValue(want + 1 - docs.size());
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            docs << qMakePair(tier, q.value(0).toLongLong());
        q.finish();
    }
    if (docs.size() > want) {
        docs.removeLast();
        // With no doc on this page (only the case found by its number), the next starts at the top.
        out.nextKey = docs.isEmpty() ? QStringLiteral("1:%1").arg(std::numeric_limits<qint64>::max())
                                     : QStringLiteral("%1:%2").arg(docs.last().first).arg(docs.last().second);
    }

    QSqlQuery &row = m_db.prepared(caseRowSelect() +
                                   QStringLiteral("WHERE c.id = (SELECT case_id FROM case_search_map WHERE doc = ?)"));
    QSqlQuery &texts = m_db.prepared(
        QStringLiteral("SELECT description, request, address, reporter_name, reporter_phone FROM cases WHERE id = ?"));
    const qint64 now = m_db.nowMs();
    for (const auto &[tier, doc] : docs) {
        row.addBindValue(doc);
        if (!row.exec())
            return sqlError(row);
        if (!row.next())
            continue; // a map row without its case: the index is rebuilt by `check`, never shown
        SearchHit hit;
        hit.tier = tier;
        hit.row = readCaseRow(row);
        hit.row.overdue = workflow::isOpen(hit.row.state) && hit.row.dueMs > 0 && hit.row.dueMs < now;
        row.finish();
        if (byNumber.contains(hit.row.id))
            continue; // already first, found by its number
        texts.addBindValue(hit.row.id);
        if (!texts.exec() || !texts.next())
            return sqlError(texts);
        static const char *const fields[] = {"description", "request", "address", "reporter_name"};
        for (int i = 0; i < 4 && hit.snippet.isEmpty(); ++i) {
            const QString text = texts.value(i).toString();
            const auto spans = search::occurrences(text, out.terms);
            if (!spans.isEmpty()) {
                hit.field = QString::fromLatin1(fields[i]);
                snippetOf(text, spans, &hit);
            }
        }
        const QString phone = texts.value(4).toString();
        texts.finish();
        if (hit.snippet.isEmpty())
            markPhoneTail(phone, out.terms, QStringLiteral("reporter_phone"), &hit);
        if (hit.snippet.isEmpty()) {
            // A note or an attached report (its texts, address, reporter, phone): read the
            // timeline of this one case, in the order the index took its texts.
            QSqlQuery &notes = m_db.prepared(
                QStringLiteral("SELECT note, json_extract(data, '$.description'), json_extract(data, '$.request'), "
                               "json_extract(data, '$.address'), json_extract(data, '$.reporter_name'), "
                               "json_extract(data, '$.reporter_phone') FROM case_events WHERE case_id = ? "
                               "ORDER BY hlc, id"));
            notes.addBindValue(hit.row.id);
            if (!notes.exec())
                return sqlError(notes);
            while (hit.snippet.isEmpty() && notes.next()) {
                for (int i = 0; i < 5 && hit.snippet.isEmpty(); ++i) {
                    const QString text = notes.value(i).toString();
                    const auto spans = search::occurrences(text, out.terms);
                    if (!spans.isEmpty()) {
                        hit.field = QStringLiteral("note");
                        snippetOf(text, spans, &hit);
                    }
                }
                if (hit.snippet.isEmpty())
                    markPhoneTail(notes.value(5).toString(), out.terms, QStringLiteral("note"), &hit);
            }
            notes.finish();
        }
        out.hits << hit;
    }
    return out;
}

} // namespace gd
