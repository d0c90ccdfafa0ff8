#include "Password.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace gd::password {

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = char((block >> 24) & 0xFF);
        counter[1] = char((block >> 16) & 0xFF);
        counter[2] = char((block >> 8) & 0xFF);
        counter[3] = char(block & 0xFF);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        out.append(t);
    }
    return out.left(length);
}

QByteArray newSalt()
{
    QByteArray salt(kSaltBytes, '\0');
    for (int i = 0; i < kSaltBytes; ++i)
        salt[i] = char(QRandomGenerator::system()->bounded(256));
    return salt;
}

QByteArray hash(const QString &password, const QByteArray &salt, int iterations)
{
    return pbkdf2Sha256(password.toUtf8(), salt, iterations, kHashBytes);
}

bool verify(const QString &password, const QByteArray &salt, const QByteArray &expected, int iterations)
{
    const QByteArray actual = hash(password, salt, iterations);
    if (actual.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < actual.size(); ++i)
        diff |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return diff == 0;
}

} // namespace gd::password
