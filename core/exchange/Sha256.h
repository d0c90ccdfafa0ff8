#pragma once
// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: hashing a
// million cases with their events for a digest or a package took 60% of the time with
// QCryptographicHash (measured), a few percent with this.
#include <QByteArray>
#include <QByteArrayView>

namespace gd::exchange {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // 32 raw bytes; the hash cannot be added to afterwards

private:
    void *m_ctx; // EVP_MD_CTX, kept out of the header
};

} // namespace gd::exchange
