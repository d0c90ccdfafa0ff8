#pragma once
// Lists read a page at a time, newest first, ordered by (time, id) descending: the key of a page
// is "ms:id" of its last row, and the next page starts strictly after it — so rows added while
// someone scrolls neither repeat nor shift the pages (no OFFSET).
#include "Result.h"

#include <QVariantList>

namespace gd::keyset {

// Appends to `where` the condition for the rows after `key` ("" appends nothing), its values to
// `binds`; Invalid (field "after") when the key is not one keyOf made.
Error after(const QString &key, const QString &msColumn, const QString &idColumn, QString *where, QVariantList *binds);
QString keyOf(qint64 ms, const QString &id);

} // namespace gd::keyset
