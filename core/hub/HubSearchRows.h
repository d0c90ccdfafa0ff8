#pragma once
// What the hub's search (HubSearch.h) reads, and how an ingest keeps it.
//   - hub_search: one row per case, its texts folded as search folds them (cases/SearchText.h) in
//     the columns an office indexes (CaseSearchIndex::columnsOf: what happened and the request; the
//     place and names; the notes and attached reports; the phones), and two arrays of the distinct
//     characters and character pairs of those texts (as numbers, below) under GIN indexes.
//   - hub_search_added: the notes a case gained after its row was made, a row each with its own
//     characters and pairs. A delta's notes are most of what it brings (10,000 notes on ~3,000
//     cases); writing a case's whole row again for each wrote ~600 index entries a case where its
//     new notes hold a few dozen. A case whose own texts change, or that gains or loses an
//     attached report, has its row made again and its added notes folded into it.
#include "storage/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gd::hub {

class HubConnection;

namespace grams {

// A character or a pair of neighbouring characters as one number: the first code point high, the
// second (none: 0) low. A case's texts hold thousands; numbers are sorted and made distinct
// without a string each, and the hub keeps them so (below 2^53: a bigint), which a GIN index
// compares without the database's collation (C.UTF-8 or zh_CN.UTF-8 compare texts through the C
// library: writing a case's grams as texts took half again as long).
using Grams = std::vector<quint64>;

// Texts folded, each closed by the end mark, so no term runs from one into the next.
QString closedTexts(const QStringList &texts);
// The characters and pairs of neighbouring characters of closed, folded texts (a pair never
// spans the end mark between two texts).
void addGrams(const QString &closed, Grams *grams);
// What a term needs in a text's array: itself when it is one character, else its pairs.
void addTermGrams(const QString &term, Grams *grams);
// PostgreSQL's literal of an array of the distinct grams.
QString arrayLiteral(Grams grams);

} // namespace grams

// The tables and their indexes (hub schema 9), and the rows of every case the hub holds.
Status createHubSearch(HubConnection &hub);
// The rows of the cases a statement lists (one column of ids), made again from their texts, their
// added notes folded in; a deleted case's row goes. In the caller's transaction.
Status refreshHubSearch(HubConnection &hub, const QString &caseIdsSql);

// An ingest's upkeep, in its transaction. Before the merge, with the package staged (pkg_cases,
// pkg_case_events) and the cases it may change listed (hub_figure_cases): which of those only
// gain notes (their own texts as the hub holds them, no attached report coming or going) — their
// new notes will be added — and which are made again.
Status planHubSearch(HubConnection &hub);
// After the merge: the planned rows made again and the notes added.
Status keepHubSearch(HubConnection &hub);

} // namespace gd::hub
