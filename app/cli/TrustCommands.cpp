// Which offices this one merges packages from: `office show` and `office key` (this office's
// identity, to hand to another office), `trust add`, `trust list` and `trust remove`
// (exchange/Trust.h). Trusting is an administrator's step taken after reading the fingerprint to
// the other office over the phone. And `sync-status --peer`: what a peer is known to hold
// (exchange/PeerWatermarks.h).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "access/ClockAgreement.h"
#include "exchange/OfficeKey.h"
#include "exchange/OfficeList.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "exchange/PeerWatermarks.h"
#include "exchange/Trust.h"
#include "org/OfficeSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QJsonObject trustedJson(const gd::exchange::TrustedOffice &t)
{
    return {{QStringLiteral("fingerprint"), t.fingerprint},
            {QStringLiteral("office"), t.office},
            {QStringLiteral("site"), t.site},
            {QStringLiteral("scope"), t.scope.text()},
            {QStringLiteral("added_at"), isoTime(t.addedMs)},
            {QStringLiteral("added_by"), t.addedBy}};
}

} // namespace

int showOffice(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto key = gd::exchange::officeKey(*db);
    if (!key)
        return fail(DataError, key.message());
    const QString name = db->meta(QStringLiteral("office_name"));
    const QString fingerprint = gd::exchange::fingerprint(key->publicKey);
    const QString caseCode = gd::OfficeSettings(*db).load().caseCode;
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("office"), name},
                              {QStringLiteral("site"), db->siteId()},
                              {QStringLiteral("fingerprint"), fingerprint},
                              {QStringLiteral("case_code"), caseCode}});
    else
        printPairs({{Text::tr("Office"), name},
                    {Text::tr("Site"), db->siteId()},
                    {Text::tr("Fingerprint"), fingerprint},
                    {Text::tr("Case number code"), caseCode}});
    return Ok;
}

int setOfficeCaseCode(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    gd::OfficeSettings settings(*db);
    gd::OfficeIdentity office = settings.load();
    office.caseCode = call.arguments.value(0).trimmed();
    if (gd::Status s = settings.save(office); !s)
        return fail(exitCodeFor(s.error()), s.error().field == QLatin1String("case_code")
                                                ? QStringLiteral("CODE: ") + s.message()
                                                : s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("case_code"), office.caseCode}});
    else
        printLine(Text::tr("New case numbers start with %1.").arg(office.caseCode));
    return Ok;
}

int confirmOfficeClock(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    const gd::ClockAgreement before = gd::clockAgreement(*db);
    if (gd::Status s = gd::confirmClock(*db); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("confirmed"), true},
                              {QStringLiteral("pc_clock"), isoTime(before.wallMs)},
                              {QStringLiteral("file_clock"), isoTime(before.fileMs)}});
    else
        printLine(Text::tr("This PC's clock (%1) is confirmed right; writing is possible again.")
                      .arg(shortTime(before.wallMs)));
    return Ok;
}

int writeOfficeKey(const Invocation &call)
{
    const QString out = call.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return fail(UserError, Text::tr("office key: give the file to write with --out FILE."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::writeKeyFile(*db, out); !s)
        return fail(exitCodeFor(s.error()), s.message());
    auto key = gd::exchange::officeKey(*db);
    printLine(Text::tr("This office's key is in %1. Send it to the other office, and read them the fingerprint "
                       "over the phone: %2")
                  .arg(QDir::toNativeSeparators(out), key ? gd::exchange::fingerprint(key->publicKey) : QString()));
    return Ok;
}

int addTrust(const Invocation &call)
{
    const bool fromKey = call.has(QStringLiteral("key")), fromPackage = call.has(QStringLiteral("package"));
    if (fromKey == fromPackage)
        return fail(UserError, Text::tr("trust add: give the other office's key as --key FILE or the package it "
                                        "sent as --package FILE, one of them."));
    if (!call.has(QStringLiteral("fingerprint")))
        return fail(UserError, Text::tr("trust add: give --fingerprint, as the other office read it to you."));
    auto scope = gd::exchange::TrustScope::parse(call.value(QStringLiteral("scope")));
    if (!scope)
        return fail(UserError, QStringLiteral("--scope: ") + scope.message());
    gd::exchange::TrustedOffice office;
    office.scope = scope.value();
    if (fromKey) {
        auto file = gd::exchange::readKeyFile(call.value(QStringLiteral("key")));
        if (!file)
            return fail(exitCodeFor(file.error()), file.message());
        office.publicKey = file->publicKey;
        office.office = file->office;
        office.site = file->site;
    } else {
        const QString path = call.value(QStringLiteral("package"));
        if (!QFileInfo(path).isFile())
            return fail(UserError, Text::tr("--package: there is no file %1.").arg(path));
        // Only what the package claims: its signature is checked when it is merged.
        const std::optional<gd::exchange::TrustedOffice> sender = gd::exchange::packageSender(path);
        if (!sender)
            return fail(DataError, Text::tr("The package %1 carries no office key (it is not a signed GridDesk "
                                            "package).")
                                       .arg(path));
        office.publicKey = sender->publicKey;
        office.office = sender->office;
        office.site = sender->site;
    }
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::trustOffice(*db, office, call.value(QStringLiteral("fingerprint"))); !s)
        return fail(exitCodeFor(s.error()), s.error().field.isEmpty()
                                                ? s.message()
                                                : QStringLiteral("--%1: ").arg(s.error().field) + s.message());
    const QString fingerprint = gd::exchange::fingerprint(office.publicKey);
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("trusted"), fingerprint},
                              {QStringLiteral("office"), office.office},
                              {QStringLiteral("scope"), office.scope.text()}});
    else
        printLine(Text::tr("Packages signed by %1 (%2) are now merged here, within %3.")
                      .arg(office.office, fingerprint, office.scope.text()));
    return Ok;
}

int listTrust(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto trusted = gd::exchange::trustedOffices(*db);
    if (!trusted)
        return fail(exitCodeFor(trusted.error()), trusted.message());
    if (call.json) {
        QJsonArray list;
        for (const gd::exchange::TrustedOffice &t : *trusted)
            list.append(trustedJson(t));
        printJson(list);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::exchange::TrustedOffice &t : *trusted)
        rows << QStringList{t.office, t.fingerprint, t.scope.text(), isoTime(t.addedMs), t.addedBy};
    if (rows.isEmpty())
        printLine(Text::tr("This office trusts no other office yet: no package can be merged."));
    else
        printTable(
            {Text::tr("Office"), Text::tr("Fingerprint"), Text::tr("Scope"), Text::tr("Trusted on"), Text::tr("By")},
            rows);
    return Ok;
}

int exportOfficeList(const Invocation &call)
{
    const QString out = call.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return fail(UserError, Text::tr("trust export-list: give the file to write with --out FILE."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::writeOfficeList(*db, out); !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(Text::tr("The signed list of the offices trusted here is in %1.").arg(out));
    return Ok;
}

int importOfficeList(const Invocation &call)
{
    if (call.arguments.value(0).trimmed().isEmpty())
        return fail(UserError, Text::tr("trust import-list: give the list file the district sent."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    auto taken = gd::exchange::importOfficeList(*db, call.arguments.value(0));
    if (!taken)
        return fail(exitCodeFor(taken.error()), taken.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("issuer"), taken->issuer},
                              {QStringLiteral("trusted"), taken->trusted},
                              {QStringLiteral("skipped"), taken->skipped}});
    else
        printLine(Text::tr("%1 office(s) on %2's list are trusted now, each for its area.")
                      .arg(taken->trusted)
                      .arg(taken->issuer));
    return Ok;
}

int removeTrust(const Invocation &call)
{
    const QString fingerprint = gd::exchange::normalizeFingerprint(call.arguments.value(0));
    if (fingerprint.isEmpty())
        return fail(UserError, Text::tr("trust remove: give the fingerprint of the office (see trust list)."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::withdrawTrust(*db, fingerprint); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("withdrawn"), fingerprint}});
    else
        printLine(Text::tr("Packages signed by %1 are no longer merged here.").arg(fingerprint));
    return Ok;
}

int syncStatus(const Invocation &call)
{
    const QString peer = call.value(QStringLiteral("peer")).trimmed();
    if (peer.isEmpty())
        return fail(UserError, Text::tr("sync-status: give the office with --peer OFFICE (as export --since-last-to "
                                        "names it)."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto statuses = gd::exchange::peerStatuses(*db);
    if (!statuses)
        return fail(exitCodeFor(statuses.error()), statuses.message());
    QJsonArray list;
    QList<QStringList> rows;
    bool known = false, inSync = true;
    for (const gd::exchange::PeerStatus &p : *statuses) {
        if (p.peer != peer)
            continue;
        known = true;
        const gd::exchange::ExportScope scope = gd::exchange::ExportScope::fromAreaJson(p.scope, peer);
        auto waiting = gd::exchange::waitingRows(*db, scope);
        if (!waiting)
            return fail(exitCodeFor(waiting.error()), waiting.message());
        inSync = inSync && *waiting == 0;
        const QString area = scope.kind == gd::exchange::ExportScope::All ? Text::tr("everything") : scope.code;
        list.append(QJsonObject{{QStringLiteral("scope"), area},
                                {QStringLiteral("last_sent"), isoTime(p.sentMs)},
                                {QStringLiteral("last_acknowledged"),
                                 p.ackedMs ? QJsonValue(isoTime(p.ackedMs)) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("unacknowledged_packages"), p.unacknowledged},
                                {QStringLiteral("waiting_rows"), double(*waiting)}});
        rows << QStringList{area, isoTime(p.sentMs), p.ackedMs ? isoTime(p.ackedMs) : Text::tr("never"),
                            QString::number(p.unacknowledged), QString::number(*waiting)};
    }
    if (!known)
        return fail(UserError,
                    Text::tr("sync-status: nothing was ever sent to \"%1\" with export --since-last-to.").arg(peer));
    if (call.json) {
        printJson(QJsonObject{
            {QStringLiteral("peer"), peer}, {QStringLiteral("in_sync"), inSync}, {QStringLiteral("scopes"), list}});
        return Ok;
    }
    printTable({Text::tr("Area"), Text::tr("Last sent"), Text::tr("Last acknowledged"),
                Text::tr("Unconfirmed packages"), Text::tr("Rows waiting")},
               rows);
    printLine(
        inSync ? Text::tr("%1 holds everything this office would send it.").arg(peer)
               : Text::tr("%1 lacks rows this office holds: the next export --since-last-to carries them.").arg(peer));
    return Ok;
}

} // namespace gdcli
