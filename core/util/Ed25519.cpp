#include "Ed25519.h"

#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace gd::ed25519 {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

// OpenSSL's reason, for the log of a failure that should never happen on a working system.
Error failed(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return Error::make(ErrorKind::Internal,
                       QStringLiteral("Ed25519 %1: %2").arg(QLatin1String(what), QString::fromLatin1(buffer)));
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

Result<QByteArray> raw(EVP_PKEY *key, bool privatePart)
{
    size_t size = kKeyBytes;
    QByteArray out(kKeyBytes, Qt::Uninitialized);
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    const int ok =
        privatePart ? EVP_PKEY_get_raw_private_key(key, data, &size) : EVP_PKEY_get_raw_public_key(key, data, &size);
    if (ok != 1 || size != size_t(kKeyBytes))
        return failed("raw key");
    return out;
}

} // namespace

Result<KeyPair> generate()
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *made = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &made) != 1)
        return failed("key generation");
    Pkey key(made);
    auto pub = raw(key.get(), false);
    if (!pub)
        return pub.error();
    auto priv = raw(key.get(), true);
    if (!priv)
        return priv.error();
    return KeyPair{pub.value(), priv.value()};
}

Result<QByteArray> publicKeyOf(const QByteArray &privateKey)
{
    if (privateKey.size() != kKeyBytes)
        return Error::make(ErrorKind::Invalid, QStringLiteral("an Ed25519 private key is 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), kKeyBytes));
    if (!key)
        return failed("private key");
    return raw(key.get(), false);
}

Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message)
{
    if (privateKey.size() != kKeyBytes)
        return Error::make(ErrorKind::Invalid, QStringLiteral("an Ed25519 private key is 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), kKeyBytes));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return failed("signing");
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    size_t size = kSignatureBytes;
    // Ed25519 signs the message itself in one pass (no separate digest).
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(message),
                       size_t(message.size())) != 1 ||
        size != size_t(kSignatureBytes))
        return failed("signing");
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kKeyBytes || signature.size() != kSignatureBytes)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), kKeyBytes));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    const bool ok = EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                                     size_t(message.size())) == 1;
    ERR_clear_error(); // a refused signature leaves a reason on OpenSSL's queue
    return ok;
}

} // namespace gd::ed25519
