#include "HubTrust.h"

#include "HubConnection.h"
#include "HubSchema.h"
#include "exchange/OfficeKey.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub)
};

const QString kSelect =
    QStringLiteral("SELECT fingerprint, public_key, office, site, scope, added_ms, added_by FROM hub_trust ");

Result<exchange::TrustedOffice> fromQuery(const QSqlQuery &q)
{
    exchange::TrustedOffice t;
    t.fingerprint = q.value(0).toString();
    t.publicKey = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    t.office = q.value(2).toString();
    t.site = q.value(3).toString();
    auto scope = exchange::TrustScope::parse(q.value(4).toString());
    if (!scope)
        return scope.error();
    t.scope = *scope;
    t.addedMs = q.value(5).toLongLong();
    t.addedBy = q.value(6).toString();
    return t;
}

} // namespace

Result<QList<exchange::TrustedOffice>> hubTrustedOffices(HubConnection &hub)
{
    auto q = hub.run(kSelect + QStringLiteral("ORDER BY office, fingerprint"));
    if (!q)
        return q.error();
    QList<exchange::TrustedOffice> out;
    while (q->next()) {
        auto t = fromQuery(*q);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<std::optional<exchange::TrustedOffice>> trustedHubOffice(HubConnection &hub, const QByteArray &publicKey)
{
    auto q = hub.run(kSelect + QStringLiteral("WHERE fingerprint = ?"), {exchange::fingerprint(publicKey)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<exchange::TrustedOffice>();
    auto t = fromQuery(*q);
    if (!t)
        return t.error();
    if (t->publicKey != publicKey)
        return std::optional<exchange::TrustedOffice>();
    return std::optional<exchange::TrustedOffice>(*t);
}

Status trustHubOffice(HubConnection &hub, const exchange::TrustedOffice &office, const QString &confirmedFingerprint)
{
    auto confirmed = exchange::confirmFingerprint(office.publicKey, confirmedFingerprint);
    if (!confirmed)
        return confirmed.error();
    auto own = hubMeta(hub, QStringLiteral("public_key"));
    if (!own)
        return own.error();
    if (QByteArray::fromBase64(own->toLatin1()) == office.publicKey)
        return Error::invalid(QStringLiteral("key"), Text::tr("Key: this is the hub's own key."));
    auto q =
        hub.run(QStringLiteral("INSERT INTO hub_trust (fingerprint, public_key, office, site, scope, added_ms, "
                               "added_by) VALUES (?, ?, ?, ?, ?, ?, current_user) ON CONFLICT (fingerprint) DO "
                               "UPDATE SET office = excluded.office, site = excluded.site, scope = excluded.scope, "
                               "added_ms = excluded.added_ms, added_by = excluded.added_by"),
                {*confirmed, QString::fromLatin1(office.publicKey.toBase64()), office.office.trimmed(),
                 office.site.trimmed(), office.scope.text(), QDateTime::currentMSecsSinceEpoch()});
    return q ? Status() : Status(q.error());
}

Status withdrawHubTrust(HubConnection &hub, const QString &fingerprint)
{
    const QString fp = exchange::normalizeFingerprint(fingerprint);
    auto q = hub.run(QStringLiteral("DELETE FROM hub_trust WHERE fingerprint = ?"), {fp});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(ErrorKind::NotFound,
                           Text::tr("No office with the fingerprint %1 is trusted by the hub.").arg(fingerprint));
    return {};
}

} // namespace gd::hub
