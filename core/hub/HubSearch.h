#pragma once
// Search on the hub: what an office's search finds (cases/CaseSearch.h), in the same three tiers
// and newest first within each, over a city's cases. An office's FTS5 index lives in its file; the
// hub keeps hub_search, one row per case: its texts folded as search folds them (cases/SearchText.h)
// in the columns an office indexes (CaseSearchIndex::columnsOf: what happened and the request; the
// place and names; the notes and attached reports; the phones), and two arrays of the distinct
// characters and character pairs of those texts, under GIN indexes:
//   - a term of one or two characters is in a text exactly when the text's array holds it, so the
//     index alone answers it, however rare or common;
//   - a longer term needs all of its pairs (the index narrows to those cases), then the text is
//     read for the term itself (strpos), as the office reads a phrase of pairs;
//   - a term of four or more digits also matches the end of a phone.
// A frequent term is read the other way: PostgreSQL walks the newest cases and checks each, which
// its statistics of the arrays tell it to. Kept per ingest for the cases a package may change
// (the figures' set, hub/HubFigures.h); filled for every case when the hub is upgraded.
#include "cases/CaseSearch.h"

namespace gd::hub {

class HubConnection;

// The table and its indexes (hub schema 5), and its rows for every case the hub holds.
Status createHubSearch(HubConnection &hub);
// The rows of the cases a statement lists (one column of ids), made again from their texts; a
// deleted case's row goes. In the caller's transaction.
Status refreshHubSearch(HubConnection &hub, const QString &caseIdsSql);

// As CaseSearch::page and CaseSearch::count: Invalid for an empty query, a bad limit or a key
// that is not this search's. `nowMs` is what a hit's "overdue" is measured against.
Result<SearchPage> searchHub(HubConnection &hub, const QString &query, int limit, const QString &afterKey,
                             qint64 nowMs);
Result<qint64> countHubSearch(HubConnection &hub, const QString &query);

} // namespace gd::hub
