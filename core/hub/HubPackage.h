#pragma once
// A package the hub makes for one office (`griddesk-hub package --for OFFICE`): what the hub holds
// that the office has not confirmed holding (HubOffices.h), as an ordinary package an office
// merges (exchange/PackageFormat.h): the same schema, each table in id order with its SHA-256, the
// manifest listing the packages the hub took (so the office learns the hub holds them) and signed
// with the hub's key, which the office trusts as it trusts any other office's. Written under a
// temporary name and renamed when complete; read in one snapshot of the hub.
#include "exchange/ContentDigest.h"
#include "exchange/PackageScope.h"

namespace gd::hub {

class HubConnection;

struct HubPackageReport {
    QString path, office, site;
    QList<exchange::TableDigest> tables;
    QByteArray content;
    qint64 rows = 0, bytes = 0;
};

// `office`: a trusted office's name, site id or key fingerprint; NotFound when the hub trusts no
// such office, Invalid when a name is ambiguous or the office's site is unknown. `area`: a street,
// community or grid (by code) for only its rows, as an office's export of that area carries them,
// with watermarks of their own (HubOffices.h); Invalid when the hub holds no such place.
Result<HubPackageReport> writePackageFor(HubConnection &hub, const QString &office, const QString &path,
                                         const exchange::ExportScope &area = {});

} // namespace gd::hub
