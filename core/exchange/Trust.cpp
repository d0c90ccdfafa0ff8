#include "Trust.h"

#include "OfficeKey.h"
#include "PackageReader.h"
#include "storage/ServiceSupport.h"
#include "util/Ed25519.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

const QString kColumns = QStringLiteral("fingerprint, public_key, office_name, site, scope, added_ms, added_by");

Result<TrustedOffice> fromQuery(const QSqlQuery &q)
{
    TrustedOffice t;
    t.fingerprint = q.value(0).toString();
    t.publicKey = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    t.office = q.value(2).toString();
    t.site = q.value(3).toString();
    auto scope = TrustScope::parse(q.value(4).toString());
    if (!scope)
        return scope.error();
    t.scope = scope.value();
    t.addedMs = q.value(5).toLongLong();
    t.addedBy = q.value(6).toString();
    return t;
}

} // namespace

QString TrustScope::text() const
{
    return level == QLatin1String("district") ? level : level + QLatin1Char(':') + code;
}

Result<TrustScope> TrustScope::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("district"))
        return TrustScope{};
    static const QRegularExpression form(QStringLiteral("^(street|community|grid):([0-9]{6,20})$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return Error::invalid(
            QStringLiteral("scope"),
            Text::tr("Scope: \"%1\" is not district, street:CODE, community:CODE or grid:CODE.").arg(text));
    return TrustScope{m.captured(1), m.captured(2)};
}

Result<QList<TrustedOffice>> trustedOffices(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM trusted_offices WHERE withdrawn_ms IS NULL ORDER BY office_name, "
                               "fingerprint")
                    .arg(kColumns)))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    QList<TrustedOffice> out;
    while (q.next()) {
        auto t = fromQuery(q);
        if (!t)
            return t.error();
        out << t.value();
    }
    return out;
}

Result<std::optional<TrustedOffice>> trustedOffice(Database &db, const QByteArray &publicKey)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT %1 FROM trusted_offices WHERE fingerprint = ? AND withdrawn_ms IS NULL").arg(kColumns));
    q.addBindValue(fingerprint(publicKey));
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    if (!q.next())
        return std::optional<TrustedOffice>();
    auto t = fromQuery(q);
    if (!t)
        return t.error();
    // The fingerprint is a prefix of the key's hash: the stored key itself must be the one.
    if (t->publicKey != publicKey)
        return std::optional<TrustedOffice>();
    return std::optional<TrustedOffice>(t.value());
}

std::optional<TrustedOffice> packageSender(const QString &packagePath)
{
    const PackageReader::Claim claim = PackageReader::claimed(packagePath);
    if (claim.signerKey.size() != ed25519::kKeyBytes)
        return std::nullopt;
    TrustedOffice office;
    office.publicKey = claim.signerKey;
    office.fingerprint = fingerprint(claim.signerKey);
    office.office = claim.sourceOffice;
    office.site = claim.sourceSite;
    return office;
}

std::optional<TrustedOffice> untrustedSender(Database &db, const QString &packagePath)
{
    std::optional<TrustedOffice> sender = packageSender(packagePath);
    if (!sender)
        return std::nullopt;
    auto trusted = trustedOffice(db, sender->publicKey);
    if (!trusted || trusted->has_value())
        return std::nullopt;
    return sender;
}

Result<QString> confirmFingerprint(const QByteArray &publicKey, const QString &confirmedFingerprint)
{
    if (publicKey.size() != ed25519::kKeyBytes)
        return Error::invalid(QStringLiteral("key"), Text::tr("Key: it is not an office's public key."));
    const QString actual = fingerprint(publicKey);
    const QString confirmed = normalizeFingerprint(confirmedFingerprint);
    if (confirmed.isEmpty())
        return Error::invalid(QStringLiteral("fingerprint"),
                              Text::tr("Fingerprint: type the 32 digits and letters the other office read to you."));
    if (confirmed != actual)
        return Error::invalid(QStringLiteral("fingerprint"),
                              Text::tr("Fingerprint: %1 is not this key's fingerprint (%2). Do not trust the key: "
                                       "ask the other office for its key file again.")
                                  .arg(confirmed, actual));
    return actual;
}

Status trustOffice(Database &db, const TrustedOffice &office, const QString &confirmedFingerprint)
{
    auto confirmed = confirmFingerprint(office.publicKey, confirmedFingerprint);
    if (!confirmed)
        return confirmed.error();
    const QString actual = *confirmed;
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   auto own = officeKey(db);
                   if (own && own->publicKey == office.publicKey)
                       return Error::invalid(QStringLiteral("key"),
                                             Text::tr("Key: this is this office's own key; an office never merges its "
                                                      "own packages."));
                   const qint64 stamp = db.nextStamp();
                   QSqlQuery q(db.sql());
                   q.prepare(QStringLiteral("INSERT OR REPLACE INTO trusted_offices(%1, withdrawn_ms) "
                                            "VALUES(?, ?, ?, ?, ?, ?, ?, NULL)")
                                 .arg(kColumns));
                   q.addBindValue(actual);
                   q.addBindValue(QString::fromLatin1(office.publicKey.toBase64()));
                   q.addBindValue(office.office.trimmed());
                   q.addBindValue(office.site.trimmed());
                   q.addBindValue(office.scope.text());
                   q.addBindValue(db.nowMs());
                   q.addBindValue(db.actor().login);
                   if (!q.exec())
                       return Error::make(ErrorKind::Internal, q.lastError().text());
                   if (Status s = audit::record(db, stamp, QStringLiteral("trust"), QStringLiteral("trusted_offices"),
                                                actual, {},
                                                {{QStringLiteral("office"), office.office.trimmed()},
                                                 {QStringLiteral("site"), office.site.trimmed()},
                                                 {QStringLiteral("scope"), office.scope.text()}});
                       !s)
                       return s.error();
                   return true;
               })
        .status();
}

Status withdrawTrust(Database &db, const QString &typed)
{
    const QString fp = normalizeFingerprint(typed);
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   QSqlQuery q(db.sql());
                   q.prepare(QStringLiteral(
                       "UPDATE trusted_offices SET withdrawn_ms = ? WHERE fingerprint = ? AND withdrawn_ms IS NULL"));
                   q.addBindValue(db.nowMs());
                   q.addBindValue(fp);
                   if (!q.exec())
                       return Error::make(ErrorKind::Internal, q.lastError().text());
                   if (q.numRowsAffected() == 0)
                       return Error::make(ErrorKind::NotFound,
                                          Text::tr("No trusted office has the fingerprint \"%1\".").arg(typed));
                   if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("withdraw"),
                                                QStringLiteral("trusted_offices"), fp, {}, {});
                       !s)
                       return s.error();
                   return true;
               })
        .status();
}

} // namespace gd::exchange
