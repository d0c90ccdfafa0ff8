#pragma once
// The reference data every office starts with: China's working-day calendar for the years whose
// State Council notice is published, and the two-level category tree (docs/domain.md). Run as the
// data step of schema v3, inside the migration's transaction.
//
// The rows are the same, byte for byte, in every office: ids are uuid::v5 of the natural key
// ("calendar_days/2026-02-16", "categories/0101"), the origin and last-change site is the nil
// UUID, the stamps are 0 and the version vector is empty. Merging two offices' seeds is then a
// no-op, and any office's later edit (a real site, a real stamp) wins over the seed.
#include "storage/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace gd {

// The site recorded on seeded rows: no office made them.
inline QString seedSite()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

// The merge metadata of a seeded row, the same in every office: the column list, the matching
// VALUES list (five "?" bound by bindSeedMeta, the rest fixed values), and the binding.
extern const char kSeedMetaColumns[];
extern const char kSeedMetaValues[];
void bindSeedMeta(QSqlQuery &q, const QString &id);

// Inserts the shipped calendar days and categories; a row whose id is already in the table
// (live, edited, or deleted by an administrator) is left as it is, so running it again, or on
// a file that received the seed through a merge, changes nothing.
Status seedReferenceData(QSqlDatabase db);

} // namespace gd
