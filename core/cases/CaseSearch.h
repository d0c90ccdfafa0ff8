#pragma once
// Full-text search over the cases (index: CaseSearchIndex.h, tokens: SearchText.h).
//
// What a query finds: split at spaces into terms; a case matches when every term occurs, as a
// plain substring after folding (全角/半角, upper/lower case), in what happened, the request,
// the address, the reporter's name, a timeline note or an attached report — or, for a term of
// at least four digits, at the end of the reporter's (or an attached report's) phone. Terms of
// one, two or more characters all find exactly what a substring scan finds.
//
// Ranking, in three tiers, newest received first within each:
//   1. every term is in what happened or the request;
//   2. every term is there or in the address, the name or the phone;
//   3. the rest (a term only in a note or an attached report).
// Each tier is one FTS5 query read in the index's rowid order (= received time), so a first
// page costs the same for a term in ten cases or in half a million.
#include "CaseQueries.h"
#include "storage/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gd {

class Database;

struct SearchHit {
    CaseRow row;
    int tier = 1; // 0: found by its case number

    // Where the first match is shown from: "number", "description", "request", "address",
    // "reporter_name", "reporter_phone" or "note"; the snippet of that text, and the matches inside the snippet
    // as (start, length).
    QString field;
    QString snippet;
    QList<QPair<int, int>> marks;
};

struct SearchPage {
    QStringList terms; // the folded terms searched for
    QList<SearchHit> hits;
    QString nextKey; // pass to page() for the hits after these; empty when there are none
};

class CaseSearch
{
public:
    explicit CaseSearch(Database &db)
        : m_db(db)
    {}

    static constexpr int kSnippetChars = 60;

    // Up to `limit` (1..CaseQueries::kMaxLimit) hits after `afterKey`. Invalid for an empty
    // query (nothing but spaces), a bad limit or a key that is not one of ours.
    Result<SearchPage> page(const QString &query, int limit, const QString &afterKey = {}) const;
    // How many cases match (all tiers).
    Result<qint64> count(const QString &query) const;

    // The FTS5 expression for folded terms: tier 1..3, or 0 for every match.
    static QString matchExpression(const QStringList &foldedTerms, int tier);

    // What a hit shows, for a search of another store (the hub's, hub/HubSearch.h): the first of
    // these (field, text) pairs holding a term as its field, snippet and marks; false when none does.
    static bool markFirst(const QList<QPair<QString, QString>> &fieldTexts, const QStringList &foldedTerms,
                          SearchHit *hit);
    // A phone found by its last digits: the whole number, its end marked; false when it is not.
    static bool markPhoneTail(const QString &phone, const QStringList &foldedTerms, const QString &field,
                              SearchHit *hit);

private:
    Database &m_db;
};

} // namespace gd
