#include "OfficeKey.h"

#include "storage/Database.h"
#include "util/Ed25519.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

const char kPrivateKey[] = "office_private_key";
const char kPublicKey[] = "office_public_key";
const char kKeyFileMark[] = "griddesk_office_key";
// A key file is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxKeyFileBytes = 16 * 1024;

Error keyFileError(const QString &path, const QString &why)
{
    return Error::make(ErrorKind::Data,
                       Text::tr("%1 is not an office key file: %2").arg(QFileInfo(path).fileName(), why));
}

} // namespace

Status ensureOfficeKey(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = '%1' AND value <> ''")
                    .arg(QLatin1String(kPrivateKey))) ||
        !q.next())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    if (q.value(0).toInt() > 0)
        return {};
    q.finish();
    auto pair = ed25519::generate();
    if (!pair)
        return pair.error();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    for (const auto &[key, value] :
         {std::pair{kPrivateKey, pair->privateKey}, std::pair{kPublicKey, pair->publicKey}}) {
        q.addBindValue(QLatin1String(key));
        q.addBindValue(QString::fromLatin1(value.toBase64()));
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
    }
    return {};
}

Result<OfficeKey> officeKey(Database &db)
{
    OfficeKey key;
    key.privateKey = QByteArray::fromBase64(db.meta(QLatin1String(kPrivateKey)).toLatin1());
    key.publicKey = QByteArray::fromBase64(db.meta(QLatin1String(kPublicKey)).toLatin1());
    auto derived = ed25519::publicKeyOf(key.privateKey);
    if (!derived || derived.value() != key.publicKey)
        return Error::make(ErrorKind::Internal,
                           Text::tr("This file's signing key is missing or damaged: packages cannot be signed."));
    return key;
}

QString fingerprint(const QByteArray &publicKey)
{
    Sha256 hash;
    hash.addData(publicKey);
    const QString hex = QString::fromLatin1(hash.result().left(16).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString normalizeFingerprint(const QString &typed)
{
    QString hex;
    for (const QChar c : typed.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char(':'))
            continue;
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
            return {};
        hex += c.toUpper();
    }
    if (hex.size() != 32)
        return {};
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

Status writeKeyFile(Database &db, const QString &path)
{
    auto key = officeKey(db);
    if (!key)
        return key.error();
    return writeKeyFile(KeyFile{db.meta(QStringLiteral("office_name")), db.siteId(), key->publicKey}, path);
}

Status writeKeyFile(const KeyFile &key, const QString &path)
{
    const QJsonObject o{{QLatin1String(kKeyFileMark), 1},
                        {QStringLiteral("office"), key.office},
                        {QStringLiteral("site"), key.site},
                        {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64())},
                        {QStringLiteral("fingerprint"), fingerprint(key.publicKey)}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The key file %1 could not be written: %2").arg(path, f.errorString()));
    return {};
}

Result<KeyFile> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           Text::tr("The key file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxKeyFileBytes)
        return keyFileError(path, Text::tr("it is far too large."));
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError || o.value(QLatin1String(kKeyFileMark)).toInt() != 1)
        return keyFileError(path, Text::tr("it is not the file GridDesk writes with \"office key\"."));
    KeyFile k;
    k.office = o.value(QStringLiteral("office")).toString();
    k.site = o.value(QStringLiteral("site")).toString();
    k.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    if (k.publicKey.size() != ed25519::kKeyBytes)
        return keyFileError(path, Text::tr("its public key is not a key."));
    if (normalizeFingerprint(o.value(QStringLiteral("fingerprint")).toString()) != fingerprint(k.publicKey))
        return keyFileError(path, Text::tr("the fingerprint it states is not the one of its key."));
    return k;
}

} // namespace gd::exchange
