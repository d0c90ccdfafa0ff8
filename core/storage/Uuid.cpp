#include "Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace gd::uuid {

namespace {
// Fixed namespace for GridDesk's name-based ids; changing it would break merging.
const QUuid kNamespace("{6f3c2a1e-9d4b-4c8e-b0a7-5e2d1f4a9c30}");
} // namespace

QString v7(qint64 unixMs)
{
    QByteArray b(16, '\0');
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xFF);
    quint32 rnd[3];
    QRandomGenerator::system()->fillRange(rnd, 3);
    memcpy(b.data() + 6, rnd, 10);
    b[6] = char((b[6] & 0x0F) | 0x70); // version 7
    b[8] = char((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

QString v5(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

bool isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace gd::uuid
