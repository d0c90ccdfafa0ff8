#pragma once
// Salted PBKDF2-HMAC-SHA256 password hashes (RFC 8018), compared in constant time.
#include <QByteArray>
#include <QString>

namespace gd::password {

constexpr int kDefaultIterations = 60000;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);
QByteArray newSalt();
bool verify(const QString &password, const QByteArray &salt, const QByteArray &hash, int iterations);
QByteArray hash(const QString &password, const QByteArray &salt, int iterations = kDefaultIterations);

} // namespace gd::password
