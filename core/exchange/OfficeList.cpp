#include "OfficeList.h"

#include "OfficeKey.h"
#include "Trust.h"
#include "access/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Ed25519.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

const char kMark[] = "griddesk_office_list";
constexpr qint64 kMaxListBytes = 4 << 20;

QJsonObject entry(const QString &office, const QString &site, const QByteArray &key, const QString &scope)
{
    return {{QStringLiteral("office"), office},
            {QStringLiteral("site"), site},
            {QStringLiteral("public_key"), QString::fromLatin1(key.toBase64())},
            {QStringLiteral("scope"), scope}};
}

// What the signature covers: the issuer and the offices, as compact JSON (keys sorted by QJson).
QByteArray signedBytes(const QJsonObject &issuer, const QJsonArray &offices)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("issuer"), issuer}, {QStringLiteral("offices"), offices}})
        .toJson(QJsonDocument::Compact);
}

Error listError(const QString &path, const QString &why)
{
    return Error::make(ErrorKind::Data, Text::tr("The office list %1 was refused: %2").arg(path, why));
}

} // namespace

Status writeOfficeList(Database &db, const QString &path)
{
    if (Status allowed = requirePermission(db, Permission::EditSettings); !allowed)
        return allowed;
    auto key = officeKey(db);
    if (!key)
        return key.error();
    auto offices = trustedOffices(db);
    if (!offices)
        return offices.error();
    const QJsonObject issuer =
        entry(db.meta(QStringLiteral("office_name")), db.siteId(), key->publicKey, QStringLiteral("district"));
    QJsonArray list;
    for (const TrustedOffice &o : *offices)
        list.append(entry(o.office, o.site, o.publicKey, o.scope.text()));
    auto signature = ed25519::sign(key->privateKey, signedBytes(issuer, list));
    if (!signature)
        return signature.error();
    const QJsonObject file{{QLatin1String(kMark), 1},
                           {QStringLiteral("issuer"), issuer},
                           {QStringLiteral("offices"), list},
                           {QStringLiteral("signature"), QString::fromLatin1(signature->toBase64())}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(file).toJson()) < 0 || !f.commit())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The office list %1 could not be written: %2").arg(path, f.errorString()));
    return {};
}

Result<OfficeListImport> importOfficeList(Database &db, const QString &path)
{
    if (Status allowed = requirePermission(db, Permission::EditSettings); !allowed)
        return allowed.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           Text::tr("The office list %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxListBytes)
        return listError(path, Text::tr("it is far too large."));
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError || o.value(QLatin1String(kMark)).toInt() != 1)
        return listError(path, Text::tr("it is not the file GridDesk writes with \"trust export-list\"."));
    const QJsonObject issuer = o.value(QStringLiteral("issuer")).toObject();
    const QJsonArray offices = o.value(QStringLiteral("offices")).toArray();
    const QByteArray issuerKey =
        QByteArray::fromBase64(issuer.value(QStringLiteral("public_key")).toString().toLatin1());
    const QString issuerName = issuer.value(QStringLiteral("office")).toString();
    auto trusted = trustedOffice(db, issuerKey);
    if (!trusted)
        return trusted.error();
    if (!trusted->has_value())
        return listError(path, Text::tr("it is signed by %1 (fingerprint %2), which this office does not trust. Trust "
                                        "that office first, comparing its fingerprint by phone.")
                                   .arg(issuerName, fingerprint(issuerKey)));
    if ((*trusted)->scope.level != QLatin1String("district"))
        return listError(
            path, Text::tr("%1 is trusted here for one area only, not to vouch for other offices.").arg(issuerName));
    const QByteArray signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (!ed25519::verify(issuerKey, signedBytes(issuer, offices), signature))
        return listError(path, Text::tr("its signature does not match (changed after %1 signed it?).").arg(issuerName));
    auto own = officeKey(db);
    if (!own)
        return own.error();
    OfficeListImport result;
    result.issuer = issuerName;
    // All of the list or none of it.
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    for (const QJsonValue &v : offices) {
        const QJsonObject e = v.toObject();
        TrustedOffice office;
        office.publicKey = QByteArray::fromBase64(e.value(QStringLiteral("public_key")).toString().toLatin1());
        office.office = e.value(QStringLiteral("office")).toString();
        office.site = e.value(QStringLiteral("site")).toString();
        auto scope = TrustScope::parse(e.value(QStringLiteral("scope")).toString());
        if (!scope)
            return listError(path, scope.message());
        office.scope = *scope;
        if (office.publicKey == own->publicKey || office.publicKey == issuerKey) {
            ++result.skipped;
            continue;
        }
        // The district vouches for the key: its fingerprint is the one confirmed.
        if (Status s = trustOffice(db, office, fingerprint(office.publicKey)); !s)
            return listError(path, Text::tr("the entry of %1: %2").arg(office.office, s.message()));
        ++result.trusted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace gd::exchange
