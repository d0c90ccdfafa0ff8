#pragma once
// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: with
// QCryptographicHash, hashing took 60% of a digest of a million cases with their events (perf);
// with this, the whole digest went from 43.7 s to 22.3 s.
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
