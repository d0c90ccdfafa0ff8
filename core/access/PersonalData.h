#pragma once
// Residents' phone numbers leave the office masked (138****1234): exports, the case sheet and
// anything else written for people outside the desk. Only an administrator writes them in full,
// and each such export is recorded in the audit log with who, when, what and where.
#include "storage/Result.h"

#include <QString>
#include <QVariantMap>

namespace gd {

class Database;
struct Actor;

namespace privacy {

// Who sees a grid's residents in full (its care households, the parties to its disputes): the
// grid's worker and its grid head, supervisors and administrators, and `alsoWorkerId` when given
// (the paired police grid's officer, for a dispute). Everyone else reads them masked.
bool seesResidents(const Actor &actor, const QString &gridWorkerId, const QString &gridHeadId,
                   const QString &alsoWorkerId = {});

// The digits kept: the first three and the last four, the rest as '*'; a number of eight digits
// or fewer keeps only its last two. Separators stay where they were ("0532-8287****" is not
// produced: "053*-****0000"). Empty stays empty.
QString maskPhone(const QString &phone);
// A person's name with only its first character: 王** (the surname an office greets by). Empty
// stays empty.
QString maskName(const QString &name);
// An address to its building at most: the text up to the first 号楼/号/栋 kept, the flat hidden
// ("书香家园3号楼2单元301" → "书香家园3号楼***"); an address with none of those is hidden whole.
QString maskAddress(const QString &address);

// Refused (Permission, translated) unless the signed-in operator may export full numbers.
Status requireFullExport(const Database &db);
// Records one export of full numbers: `what` names it ("cases export"), `target` where it went
// (a path), `details` what it held (the filter, the number of rows). In a transaction of its own.
// `table`: whose rows the personal data came from (the audit entry's table).
Status auditFullExport(Database &db, const QString &what, const QString &target, const QVariantMap &details,
                       const QString &table = QStringLiteral("cases"));

} // namespace privacy
} // namespace gd
