#pragma once
// The office's own signing key and the fingerprint that names it. Each file gets an Ed25519 key
// pair when it is created (or upgraded to a version that has them); the private key stays in the
// file's meta table, which no package carries. The fingerprint (SHA-256 of the public key, 32
// hex digits in groups of four) is what two administrators read to each other over the phone
// before one trusts the other's packages (Trust.h).
#include "storage/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace gd {
class Database;
}

namespace gd::exchange {

struct OfficeKey {
    QByteArray publicKey;  // 32 bytes
    QByteArray privateKey; // 32 bytes; never leaves this file
};

// Makes the key pair when the file has none; leaves one that exists. In the caller's transaction.
Status ensureOfficeKey(QSqlDatabase db);
// This file's key pair; Internal when it is missing or damaged (the health check says so too).
Result<OfficeKey> officeKey(Database &db);

// "3F2A 9C01 7B44 E0D2 5A61 0C9F 11B7 82AD": the first 16 bytes of the public key's SHA-256.
QString fingerprint(const QByteArray &publicKey);
// A fingerprint as typed or read out ("3f2a9c01-7b44…", full-width digits, spaces): the 32 hex
// digits, upper case, grouped as fingerprint() writes them; empty when it is not one.
QString normalizeFingerprint(const QString &typed);

// The public key file an administrator hands to another office (`office key --out`): JSON with
// the office's name, its site, the public key (base64) and its fingerprint.
struct KeyFile {
    QString office, site;
    QByteArray publicKey;
};
Status writeKeyFile(Database &db, const QString &path);
// The same for a key held elsewhere (the hub's).
Status writeKeyFile(const KeyFile &key, const QString &path);
// Refused with the file and the reason when it is not a GridDesk office key file, or when the
// fingerprint it states is not its key's.
Result<KeyFile> readKeyFile(const QString &path);

} // namespace gd::exchange
