#pragma once
// The command line speaks in the codes printed on paper; the services filter by id.
#include <QString>

namespace gd {
class Database;
}

namespace gdcli {

// The id of the street (option "street") or community (option "community") with this code;
// empty after printing, as a user error, that the file at dbPath has none.
QString orgIdForCode(gd::Database &db, const QString &dbPath, const QString &option, const QString &code);

} // namespace gdcli
