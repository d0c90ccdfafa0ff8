#pragma once
// The offices whose packages this office merges. A package is merged only when it is signed by
// an office an administrator trusted here, by its key's fingerprint read over the phone (from the
// other office's key file or from the key its first package carries); trust can be withdrawn.
// Each trusted office has a scope: the whole district, or one street, community or grid by code.
// The list is this office's own: no package carries it. Every change is audited.
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gd {
class Database;
}

namespace gd::exchange {

// "district", or a level and its code: "street:370202002".
struct TrustScope {
    QString level = QStringLiteral("district"); // district | street | community | grid
    QString code;
    QString text() const;
    // Parses the text form; Invalid naming the value when it is not one.
    static Result<TrustScope> parse(const QString &text);
};

struct TrustedOffice {
    QString fingerprint; // as OfficeKey.h writes it
    QByteArray publicKey;
    QString office, site; // as the key file or the package said, for people to recognise it
    TrustScope scope;
    qint64 addedMs = 0;
    QString addedBy;
};

// The offices trusted now, by name.
Result<QList<TrustedOffice>> trustedOffices(Database &db);
// The office trusted with this public key, if any.
Result<std::optional<TrustedOffice>> trustedOffice(Database &db, const QByteArray &publicKey);

// The office a package says it is signed by (its key, name and file), read without any other
// check: what an administrator compares the fingerprint of. Empty when it carries no key.
std::optional<TrustedOffice> packageSender(const QString &packagePath);
// The office a package says it is signed by, when this office does not trust its key yet: what
// the window offers to trust once the fingerprint is compared (nothing of the package is checked
// here but the key it carries). Empty when the package carries no key or its key is trusted.
std::optional<TrustedOffice> untrustedSender(Database &db, const QString &packagePath);

// The key's fingerprint when `confirmedFingerprint` (as the administrator typed what the other office
// read out) is it; Invalid naming the field otherwise. The office's file and the hub both ask it.
Result<QString> confirmFingerprint(const QByteArray &publicKey, const QString &confirmedFingerprint);
// Trusts a key as an administrator. `confirmedFingerprint` is what the administrator compared with
// the other office: refused unless it is the key's fingerprint. Trusting a key again replaces its
// name and scope. This office's own key is refused.
Status trustOffice(Database &db, const TrustedOffice &office, const QString &confirmedFingerprint);
// Withdraws trust, as an administrator: the office's later packages are refused.
Status withdrawTrust(Database &db, const QString &fingerprint);

} // namespace gd::exchange
