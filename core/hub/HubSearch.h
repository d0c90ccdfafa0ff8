#pragma once
// Search on the hub: what an office's search finds (cases/CaseSearch.h), in the same three tiers
// and newest first within each, over a city's cases. An office's FTS5 index lives in its file; the
// hub reads hub_search and hub_search_added (HubSearchRows.h: each case's folded texts, and the
// notes it gained since, with the distinct characters and character pairs of each under GIN
// indexes):
//   - a term of one or two characters is in a text exactly when the text's array holds it, so the
//     index alone answers it, however rare or common;
//   - a longer term needs all of its pairs (the index narrows to those cases), then the text is
//     read for the term itself (strpos), as the office reads a phrase of pairs;
//   - a term of four or more digits also matches the end of a phone;
//   - the third tier (anywhere, the notes too) also takes a case whose added notes hold a term.
// A frequent term is read the other way: PostgreSQL walks the newest cases and checks each, which
// its statistics of the arrays tell it to.
#include "cases/CaseSearch.h"

namespace gd::hub {

class HubConnection;

// As CaseSearch::page and CaseSearch::count: Invalid for an empty query, a bad limit or a key
// that is not this search's. `nowMs` is what a hit's "overdue" is measured against.
Result<SearchPage> searchHub(HubConnection &hub, const QString &query, int limit, const QString &afterKey,
                             qint64 nowMs);
Result<qint64> countHubSearch(HubConnection &hub, const QString &query);

} // namespace gd::hub
