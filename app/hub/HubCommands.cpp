#include "HubCommands.h"

#include "../cli/CliOutput.h"
#include "cases/CaseTypes.h"
#include "exchange/AreaCheck.h"
#include "exchange/OfficeKey.h"
#include "exchange/Trust.h"
#include "hub/HubConflicts.h"
#include "hub/HubConnection.h"
#include "hub/HubDigest.h"
#include "hub/HubIngest.h"
#include "hub/HubPackage.h"
#include "hub/HubSchema.h"
#include "hub/HubTrust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace gdcli;

namespace gdhub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdhub)
};

int noArguments(const Invocation &in)
{
    if (!in.arguments.isEmpty())
        return fail(UserError, Text::tr("Unexpected arguments: %1").arg(in.arguments.join(u' ')));
    return Ok;
}

QJsonObject identityJson(const gd::hub::HubIdentity &id)
{
    return {{QStringLiteral("name"), id.name},
            {QStringLiteral("site"), id.siteId},
            {QStringLiteral("fingerprint"), id.fingerprint},
            {QStringLiteral("hub_version"), id.hubVersion},
            {QStringLiteral("file_version"), id.desktopVersion}};
}

int printIdentity(const gd::hub::HubIdentity &id, bool json)
{
    if (json) {
        printJson(identityJson(id));
        return Ok;
    }
    printPairs({{Text::tr("Hub"), id.name},
                {Text::tr("Site"), id.siteId},
                {Text::tr("Key fingerprint"), id.fingerprint},
                {Text::tr("Versions"), Text::tr("hub %1, file %2").arg(id.hubVersion).arg(id.desktopVersion)}});
    return Ok;
}

} // namespace

int failWith(const gd::Error &error)
{
    const bool data = error.kind == gd::ErrorKind::Data || error.kind == gd::ErrorKind::Internal;
    return fail(data ? DataError : UserError, error.message);
}

int initCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    auto id = gd::hub::initHub(hub, in.parser.value(QStringLiteral("name")));
    if (!id)
        return failWith(id.error());
    return printIdentity(*id, in.json);
}

int showCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return failWith(id.error());
    return printIdentity(*id, in.json);
}

int keyCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    const QString out = in.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(UserError, Text::tr("--out: name the key file to write."));
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return failWith(id.error());
    auto key = gd::hub::hubMeta(hub, QStringLiteral("public_key"));
    if (!key)
        return failWith(key.error());
    if (gd::Status s = gd::exchange::writeKeyFile({id->name, id->siteId, QByteArray::fromBase64(key->toLatin1())}, out);
        !s)
        return failWith(s.error());
    printLine(Text::tr("Wrote %1 (fingerprint %2).").arg(out, id->fingerprint));
    return Ok;
}

int ingestCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (in.arguments.isEmpty())
        return fail(UserError, Text::tr("Name the packages to ingest."));
    QJsonArray results;
    for (const QString &path : in.arguments) {
        auto report = gd::hub::ingestPackage(hub, path);
        if (!report)
            return failWith(report.error());
        const QString office = report->sourceOffice.isEmpty() ? report->sourceSite : report->sourceOffice;
        gd::exchange::TableMergeCounts total;
        QJsonObject tables;
        for (auto it = report->tables.cbegin(); it != report->tables.cend(); ++it) {
            total.added += it->added;
            total.updated += it->updated;
            total.unchanged += it->unchanged;
            total.conflicts += it->conflicts;
        }
        gd::exchange::MergeReport counts;
        counts.tables = report->tables;
        results.append(QJsonObject{{QStringLiteral("package"), QFileInfo(path).fileName()},
                                   {QStringLiteral("office"), office},
                                   {QStringLiteral("already_ingested"), report->alreadyTaken},
                                   {QStringLiteral("tables"), gd::exchange::countsJson(counts)},
                                   {QStringLiteral("cases_refolded"), report->casesRefolded}});
        if (in.json)
            continue;
        if (report->alreadyTaken)
            printLine(
                Text::tr("%1 (from %2): ingested before, nothing changed.").arg(QFileInfo(path).fileName(), office));
        else
            printLine(Text::tr("%1 (from %2): %3 added, %4 updated, %5 unchanged, %6 conflicts.")
                          .arg(QFileInfo(path).fileName(), office)
                          .arg(total.added)
                          .arg(total.updated)
                          .arg(total.unchanged)
                          .arg(total.conflicts));
    }
    if (in.json)
        printJson(results);
    return Ok;
}

int packageCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    const QString office = in.parser.value(QStringLiteral("for"));
    const QString out = in.parser.value(QStringLiteral("out"));
    if (office.isEmpty())
        return fail(UserError, Text::tr("--for: name the office the package is for (its name, site or fingerprint)."));
    if (out.isEmpty())
        return fail(UserError, Text::tr("--out: name the package file to write."));
    // --scope street:CODE (community:, grid:) for only that area's rows, as its office's export.
    gd::exchange::ExportScope area;
    if (in.parser.isSet(QStringLiteral("scope"))) {
        auto scope = gd::exchange::TrustScope::parse(in.parser.value(QStringLiteral("scope")));
        if (!scope)
            return fail(UserError, QStringLiteral("--scope: %1").arg(scope.message()));
        area = gd::exchange::areaOf(*scope);
    }
    auto report = gd::hub::writePackageFor(hub, office, out, area);
    if (!report)
        return failWith(report.error());
    if (in.json) {
        printJson(QJsonObject{{QStringLiteral("package"), report->path},
                              {QStringLiteral("office"), report->office},
                              {QStringLiteral("rows"), double(report->rows)},
                              {QStringLiteral("bytes"), double(report->bytes)},
                              {QStringLiteral("content"), QString::fromLatin1(report->content.toHex())}});
        return Ok;
    }
    printLine(Text::tr("Wrote %1 for %2: %3 rows the office has not confirmed holding.")
                  .arg(report->path, report->office)
                  .arg(report->rows));
    return Ok;
}

int digestCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return failWith(id.error());
    auto digest = gd::hub::digestHub(hub);
    if (!digest)
        return failWith(digest.error());
    if (in.json) {
        QJsonObject tables;
        for (const gd::exchange::TableDigest &t : digest->tables)
            tables.insert(t.table, QJsonObject{{QStringLiteral("rows"), double(t.rows)},
                                               {QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex())}});
        printJson(QJsonObject{{QStringLiteral("content"), digest->hex()}, {QStringLiteral("tables"), tables}});
        return Ok;
    }
    printLine(digest->hex());
    return Ok;
}

int conflictsListCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    auto conflicts = gd::hub::openHubConflicts(hub);
    if (!conflicts)
        return failWith(conflicts.error());
    if (in.json) {
        QJsonArray out;
        for (const gd::exchange::MergeConflict &c : *conflicts)
            out.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                   {QStringLiteral("table"), c.table},
                                   {QStringLiteral("row"), c.rowId},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("kept"), c.kept},
                                   {QStringLiteral("lost"), c.lost},
                                   {QStringLiteral("kept_office"), c.keptOffice},
                                   {QStringLiteral("lost_office"), c.lostOffice}});
        printJson(out);
        return Ok;
    }
    if (conflicts->isEmpty()) {
        printLine(Text::tr("No open conflicts."));
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::exchange::MergeConflict &c : *conflicts)
        rows << QStringList{QString::number(c.id), c.table, c.rowId.left(8), c.field, c.kept, c.lost, c.lostOffice};
    printTable({Text::tr("Id"), Text::tr("Table"), Text::tr("Row"), Text::tr("Field"), Text::tr("Kept"),
                Text::tr("Set aside"), Text::tr("Set aside from")},
               rows);
    return Ok;
}

int conflictsResolveCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    bool numeric = false;
    const qint64 id = in.arguments.value(0).toLongLong(&numeric);
    if (!numeric || in.arguments.size() != 1)
        return fail(UserError, Text::tr("conflicts resolve: give the conflict's number (see conflicts list)."));
    const bool keep = in.parser.isSet(QStringLiteral("keep")), other = in.parser.isSet(QStringLiteral("other")),
               typed = in.parser.isSet(QStringLiteral("value"));
    if (int(keep) + int(other) + int(typed) != 1)
        return fail(UserError, Text::tr("conflicts resolve: give exactly one of --keep, --other and --value TEXT."));
    const gd::exchange::Resolution how = keep    ? gd::exchange::Resolution::KeepCurrent
                                         : other ? gd::exchange::Resolution::TakeOther
                                                 : gd::exchange::Resolution::NewValue;
    if (gd::Status s = gd::hub::resolveHubConflict(hub, id, how, in.parser.value(QStringLiteral("value"))); !s)
        return failWith(s.error());
    if (in.json)
        printJson(QJsonObject{{QStringLiteral("resolved"), double(id)}});
    else
        printLine(Text::tr("Conflict %1 resolved; the decision goes to the offices with their next package.").arg(id));
    return Ok;
}

int trustAddCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    if (auto id = gd::hub::hubIdentity(hub); !id)
        return failWith(id.error());
    const QString keyFile = in.parser.value(QStringLiteral("key"));
    const QString package = in.parser.value(QStringLiteral("package"));
    if (keyFile.isEmpty() == package.isEmpty())
        return fail(UserError, Text::tr("Give the office's key as --key FILE or --package PKG (one of them)."));
    gd::exchange::TrustedOffice office;
    if (!keyFile.isEmpty()) {
        auto key = gd::exchange::readKeyFile(keyFile);
        if (!key)
            return failWith(key.error());
        office.publicKey = key->publicKey;
        office.office = key->office;
        office.site = key->site;
    } else {
        const auto sender = gd::exchange::packageSender(package);
        if (!sender)
            return fail(DataError, Text::tr("The package %1 carries no office key.").arg(package));
        office = *sender;
    }
    auto scope = gd::exchange::TrustScope::parse(in.parser.value(QStringLiteral("scope")));
    if (!scope)
        return failWith(scope.error());
    office.scope = *scope;
    if (gd::Status s = gd::hub::trustHubOffice(hub, office, in.parser.value(QStringLiteral("fingerprint"))); !s)
        return failWith(s.error());
    printLine(Text::tr("The hub now takes packages from %1 (%2), area %3.")
                  .arg(office.office, gd::exchange::fingerprint(office.publicKey), office.scope.text()));
    return Ok;
}

int trustListCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    auto offices = gd::hub::hubTrustedOffices(hub);
    if (!offices)
        return failWith(offices.error());
    if (in.json) {
        QJsonArray out;
        for (const gd::exchange::TrustedOffice &o : *offices)
            out.append(QJsonObject{{QStringLiteral("office"), o.office},
                                   {QStringLiteral("site"), o.site},
                                   {QStringLiteral("fingerprint"), o.fingerprint},
                                   {QStringLiteral("scope"), o.scope.text()},
                                   {QStringLiteral("added_by"), o.addedBy}});
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::exchange::TrustedOffice &o : *offices)
        rows << QStringList{o.office, o.fingerprint, o.scope.text(), gd::cases::timeText(o.addedMs), o.addedBy};
    printTable({Text::tr("Office"), Text::tr("Fingerprint"), Text::tr("Area"), Text::tr("Trusted"), Text::tr("By")},
               rows);
    return Ok;
}

int trustRemoveCommand(gd::hub::HubConnection &hub, const Invocation &in)
{
    if (int rc = noArguments(in))
        return rc;
    const QString fp = in.parser.value(QStringLiteral("fingerprint"));
    if (fp.isEmpty())
        return fail(UserError, Text::tr("--fingerprint: name the office whose trust to withdraw."));
    if (gd::Status s = gd::hub::withdrawHubTrust(hub, fp); !s)
        return failWith(s.error());
    printLine(Text::tr("The hub no longer takes packages signed with %1.").arg(fp));
    return Ok;
}

} // namespace gdhub
