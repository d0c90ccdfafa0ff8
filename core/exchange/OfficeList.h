#pragma once
// The district's signed list of its offices' keys (issue 15 §2). Comparing fingerprints by phone
// between every pair of seventy offices is thousands of calls; instead the district, which each
// office trusts once, hands out one file: every office it trusts, with its key and area, signed
// with the district's key. An office that trusts the district takes the list whole: each listed
// office is trusted for its listed area. A list from an office not trusted here, or changed after
// it was signed, is refused with nothing trusted.
#include "storage/Result.h"

namespace gd {
class Database;
}

namespace gd::exchange {

// This office's trusted offices (its own entry first, as the district), signed. Administrators
// only (it hands out who may send packages).
Status writeOfficeList(Database &db, const QString &path);

struct OfficeListImport {
    QString issuer;  // the office that signed the list
    int trusted = 0; // offices trusted (or their name and area brought up to date)
    int skipped = 0; // this office itself, and the issuer (trusted already)
};
// Administrators only; Data naming the file and the reason when it is not a list, is unsigned or
// changed, or its issuer is not trusted here (compare its fingerprint first, once).
Result<OfficeListImport> importOfficeList(Database &db, const QString &path);

} // namespace gd::exchange
