#pragma once
// Ed25519 signatures through OpenSSL's libcrypto: an office signs what it sends with its private
// key, and a receiving office checks the signature with the public key it trusts. Keys and
// signatures are the raw bytes of RFC 8032 (32-byte keys, 64-byte signatures).
#include "storage/Result.h"

#include <QByteArray>

namespace gd::ed25519 {

constexpr int kKeyBytes = 32;
constexpr int kSignatureBytes = 64;

struct KeyPair {
    QByteArray publicKey;
    QByteArray privateKey;
};

Result<KeyPair> generate();
// The public key of a private key (to check a stored pair belongs together).
Result<QByteArray> publicKeyOf(const QByteArray &privateKey);
Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message);
// False for a wrong signature, a wrong key, or a key or signature of the wrong length.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace gd::ed25519
