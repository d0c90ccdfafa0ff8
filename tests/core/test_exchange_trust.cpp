// Signed packages and trusted offices (exchange/OfficeKey.h, exchange/Trust.h): a package is
// merged only when the key that signed its manifest is one an administrator here trusted after
// comparing its fingerprint. The hostile cases: a package resealed with new checksums, one
// resealed and signed by a forger's own key, one with its signature removed, one of the old
// unsigned format, and trust given with a wrong fingerprint.
#include "TrustSender.h"
#include "exchange/ContentDigest.h"
#include "exchange/OfficeKey.h"
#include "exchange/PackageFormat.h"
#include "exchange/Trust.h"
#include "test_org_fixture.h"
#include "test_package_tamper.h"
#include "util/Ed25519.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

void setManifest(sqlite3 *db, const char *key, const QString &value)
{
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "UPDATE manifest SET value = ? WHERE key = ?", -1, &st, nullptr) == SQLITE_OK);
    const QByteArray v = value.toUtf8();
    sqlite3_bind_text(st, 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    REQUIRE(sqlite3_changes(db) == 1);
    sqlite3_finalize(st);
}

// Every table's checksum and the one over all written anew for the rows as they are now: what
// a forger who edited rows does so that the checksums hold.
void reseal(sqlite3 *db)
{
    QList<exchange::TableDigest> digests;
    QJsonObject tables;
    for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
        auto d = exchange::digestTable(db, QStringLiteral("main"), t);
        REQUIRE(d.ok());
        digests << *d;
        tables.insert(t.name, QJsonObject{{QStringLiteral("rows"), double(d->rows)},
                                          {QStringLiteral("sha256"), QString::fromLatin1(d->sha256.toHex())}});
    }
    setManifest(db, exchange::manifest::kTables,
                QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact)));
    setManifest(db, exchange::manifest::kContent, QString::fromLatin1(exchange::combinedDigest(digests).toHex()));
}

// Signs the manifest as it is now with `key`, as a forger with a key of their own would.
void signWith(sqlite3 *db, const ed25519::KeyPair &key)
{
    setManifest(db, exchange::manifest::kSignerKey, QString::fromLatin1(key.publicKey.toBase64()));
    QList<QPair<QString, QString>> entries;
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT key, value FROM manifest", -1, &st, nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW)
        entries.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)))});
    sqlite3_finalize(st);
    auto signature = ed25519::sign(key.privateKey, exchange::signedBytes(entries));
    REQUIRE(signature.ok());
    setManifest(db, exchange::manifest::kSignature, QString::fromLatin1(signature->toBase64()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString senderFingerprint(Exchange &x)
{
    auto key = exchange::officeKey(*x.sender.t);
    REQUIRE(key.ok());
    return exchange::fingerprint(key->publicKey);
}

} // namespace

TEST_CASE("every file has its own key pair, and its fingerprint reads as groups of four", "[exchange][trust]")
{
    Exchange x;
    auto a = exchange::officeKey(*x.sender.t);
    auto b = exchange::officeKey(*x.receiver);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->publicKey.size() == 32);
    CHECK(a->publicKey != b->publicKey);
    const QString fp = exchange::fingerprint(a->publicKey);
    CHECK(fp.size() == 39);
    CHECK(fp.count(QLatin1Char(' ')) == 7);
    // Read out and typed in any reasonable way, it is the same fingerprint.
    QString typed = fp.toLower();
    typed.replace(QLatin1Char(' '), QLatin1Char('-'));
    CHECK(exchange::normalizeFingerprint(typed) == fp);
    QString wide;
    const QString digits = QString(fp).remove(QLatin1Char(' '));
    for (const QChar c : digits)
        wide += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c; // full-width digits from a Chinese IME
    CHECK(exchange::normalizeFingerprint(wide) == fp);
    CHECK(exchange::normalizeFingerprint(fp.left(30)).isEmpty());
    CHECK(exchange::normalizeFingerprint(fp + QStringLiteral("0")).isEmpty());
    CHECK(exchange::normalizeFingerprint(QString(fp).replace(0, 1, QStringLiteral("G"))).isEmpty());
    // The key stays with the file: opened again, the same key.
    x.receiver.reopen();
    CHECK(exchange::officeKey(*x.receiver)->publicKey == b->publicKey);
}

TEST_CASE("a package from an office not trusted is refused, naming it, until its fingerprint is confirmed",
          "[exchange][trust]")
{
    Exchange x;
    const QString fp = senderFingerprint(x);
    refusedWith(x, x.package, QStringLiteral("does not trust"));
    refusedWith(x, x.package, fp);

    // What the window offers to trust: the key the package carries.
    const std::optional<exchange::TrustedOffice> offered = exchange::untrustedSender(*x.receiver, x.package);
    REQUIRE(offered.has_value());
    CHECK(offered->fingerprint == fp);
    CHECK(offered->site == x.sender.t->siteId());

    // A wrong fingerprint read over the phone: refused, naming both, nothing trusted.
    QString wrong = fp;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const Status mistaken = exchange::trustOffice(*x.receiver, *offered, wrong);
    REQUIRE_FALSE(mistaken.ok());
    CHECK(mistaken.error().field == QStringLiteral("fingerprint"));
    CHECK(mistaken.message().contains(fp));
    CHECK(exchange::trustOffice(*x.receiver, *offered, QStringLiteral("abc")).error().field ==
          QStringLiteral("fingerprint"));
    CHECK(exchange::trustedOffices(*x.receiver)->isEmpty());

    // Only an administrator trusts.
    x.receiver->setActor(actorAs(Role::Supervisor));
    CHECK(exchange::trustOffice(*x.receiver, *offered, fp).error().kind == ErrorKind::Permission);
    x.receiver->setActor(Actor::system());

    REQUIRE(exchange::trustOffice(*x.receiver, *offered, fp.toLower()).ok());
    CHECK_FALSE(exchange::untrustedSender(*x.receiver, x.package).has_value());
    auto opened = exchange::PackageReader::open(x.package, *x.receiver);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    CHECK((*opened)->info().fingerprint == fp);
    CHECK((*opened)->info().trusted.scope.level == QStringLiteral("district"));
    auto list = exchange::trustedOffices(*x.receiver);
    REQUIRE(list->size() == 1);
    CHECK(list->first().addedBy == x.receiver->actor().login);

    // Withdrawn: refused again; withdrawing twice says there is no such office.
    REQUIRE(exchange::withdrawTrust(*x.receiver, fp).ok());
    refusedWith(x, x.package, QStringLiteral("does not trust"));
    CHECK(exchange::withdrawTrust(*x.receiver, fp).error().kind == ErrorKind::NotFound);
    QSqlQuery audit(x.receiver->sql());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'trusted_offices'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 2);
}

TEST_CASE("an office never trusts its own key", "[exchange][trust]")
{
    Exchange x;
    auto own = exchange::officeKey(*x.receiver);
    exchange::TrustedOffice self;
    self.publicKey = own->publicKey;
    CHECK(exchange::trustOffice(*x.receiver, self, exchange::fingerprint(own->publicKey)).error().field ==
          QStringLiteral("key"));
}

TEST_CASE("a package resealed with new checksums, or signed by a forger's own key, is refused", "[exchange][trust]")
{
    Exchange x;
    receiveFrom(*x.receiver, x.package);

    // An edited value and fifty deleted rows with every checksum made to fit: the signature no
    // longer covers the manifest.
    const QString resealed = x.tampered(QStringLiteral("resealed.gdpkg"), [](sqlite3 *db) {
        run(db, "UPDATE streets SET name = '伪造街道' WHERE id IN (SELECT id FROM streets LIMIT 1)");
        run(db, "DELETE FROM case_events WHERE id IN (SELECT id FROM case_events LIMIT 50)");
        reseal(db);
    });
    refusedWith(x, resealed, QStringLiteral("signature does not match"));

    // The same, signed anew by a key the forger made: its signature holds, but nobody here trusts it.
    const auto forger = ed25519::generate();
    REQUIRE(forger.ok());
    const QString forged = x.tampered(QStringLiteral("forged.gdpkg"), [&](sqlite3 *db) {
        run(db, "UPDATE streets SET name = '伪造街道' WHERE id IN (SELECT id FROM streets LIMIT 1)");
        reseal(db);
        signWith(db, *forger);
    });
    refusedWith(x, forged, QStringLiteral("does not trust"));
    refusedWith(x, forged, exchange::fingerprint(forger->publicKey));

    // The sender's key with a signature made by another key: refused.
    const QString swapped = x.tampered(QStringLiteral("swapped.gdpkg"), [&](sqlite3 *db) {
        const QString senderKey = sqlText(db, QStringLiteral("SELECT value FROM manifest WHERE key = 'signer_key'"));
        signWith(db, *forger);
        setManifest(db, exchange::manifest::kSignerKey, senderKey);
    });
    refusedWith(x, swapped, QStringLiteral("signature does not match"));
}

TEST_CASE("unsigned packages are refused: signature removed, or made by an older GridDesk", "[exchange][trust]")
{
    Exchange x;
    receiveFrom(*x.receiver, x.package);
    refusedWith(
        x,
        x.tampered(QStringLiteral("unsigned.gdpkg"),
                   [](sqlite3 *db) { run(db, "DELETE FROM manifest WHERE key IN ('signature', 'signer_key')"); }),
        QStringLiteral("not signed"));
    refusedWith(x,
                x.tampered(QStringLiteral("empty-signature.gdpkg"),
                           [](sqlite3 *db) { run(db, "UPDATE manifest SET value = '' WHERE key = 'signature'"); }),
                QStringLiteral("not signed"));
    refusedWith(x, x.tampered(QStringLiteral("old.gdpkg"), [](sqlite3 *db) { run(db, "PRAGMA user_version=1"); }),
                QStringLiteral("older GridDesk"));
}

TEST_CASE("a key trusted for one office's file does not admit a package from another file", "[exchange][trust]")
{
    Exchange x;
    auto offered = exchange::untrustedSender(*x.receiver, x.package);
    REQUIRE(offered.has_value());
    offered->site = QStringLiteral("01890000-0000-7000-8000-000000000001"); // as another key file said
    REQUIRE(exchange::trustOffice(*x.receiver, *offered, offered->fingerprint).ok());
    refusedWith(x, x.package, QStringLiteral("another file"));
}

TEST_CASE("the office key file carries the key and its fingerprint, and a changed one is refused", "[exchange][trust]")
{
    Exchange x;
    const QString path = x.sender.t.dir.filePath(QStringLiteral("sender.gdkey"));
    REQUIRE(exchange::writeKeyFile(*x.sender.t, path).ok());
    auto read = exchange::readKeyFile(path);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    CHECK(exchange::fingerprint(read->publicKey) == senderFingerprint(x));
    CHECK(read->site == x.sender.t->siteId());
    exchange::TrustedOffice office;
    office.publicKey = read->publicKey;
    office.office = read->office;
    office.site = read->site;
    REQUIRE(exchange::trustOffice(*x.receiver, office, senderFingerprint(x)).ok());
    auto opened = exchange::PackageReader::open(x.package, *x.receiver);
    INFO(opened.message().toStdString());
    CHECK(opened.ok());

    // Another key put in the file: the fingerprint it states is no longer its key's.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(ed25519::generate()->publicKey.toBase64()));
    const QString changed = x.sender.t.dir.filePath(QStringLiteral("changed.gdkey"));
    writeFile(changed, QJsonDocument(o).toJson());
    CHECK(exchange::readKeyFile(changed).error().kind == ErrorKind::Data);
    CHECK(exchange::readKeyFile(changed).message().contains(QStringLiteral("fingerprint")));
    writeFile(changed, QByteArray("not json"));
    CHECK(exchange::readKeyFile(changed).error().kind == ErrorKind::Data);
    CHECK(exchange::readKeyFile(x.sender.t.dir.filePath(QStringLiteral("missing.gdkey"))).error().kind ==
          ErrorKind::NotFound);
}

TEST_CASE("a trust scope is the district or one street, community or grid by code", "[exchange][trust]")
{
    CHECK(exchange::TrustScope::parse(QString())->text() == QStringLiteral("district"));
    CHECK(exchange::TrustScope::parse(QStringLiteral("district"))->text() == QStringLiteral("district"));
    CHECK(exchange::TrustScope::parse(QStringLiteral("street:370202002"))->text() ==
          QStringLiteral("street:370202002"));
    CHECK(exchange::TrustScope::parse(QStringLiteral(" grid:370202002001001 "))->level == QStringLiteral("grid"));
    for (const char *bad : {"city", "street:", "street:abc", "grid:12", "street 370202002"})
        CHECK(exchange::TrustScope::parse(QString::fromLatin1(bad)).error().field == QStringLiteral("scope"));
}

TEST_CASE("Ed25519 signs and checks, and refuses what was changed", "[exchange][trust]")
{
    const auto key = ed25519::generate();
    REQUIRE(key.ok());
    const QByteArray message("manifest\x1f"
                             "content\x1e",
                             18);
    const auto signature = ed25519::sign(key->privateKey, message);
    REQUIRE(signature.ok());
    CHECK(signature->size() == 64);
    CHECK(ed25519::verify(key->publicKey, message, *signature));
    CHECK_FALSE(ed25519::verify(key->publicKey, message + 'x', *signature));
    QByteArray flipped = *signature;
    flipped[5] = char(flipped[5] ^ 1);
    CHECK_FALSE(ed25519::verify(key->publicKey, message, flipped));
    CHECK_FALSE(ed25519::verify(ed25519::generate()->publicKey, message, *signature));
    CHECK_FALSE(ed25519::verify(key->publicKey.left(31), message, *signature));
    CHECK(*ed25519::publicKeyOf(key->privateKey) == key->publicKey);
    CHECK(ed25519::sign(QByteArray(3, 'x'), message).error().kind == ErrorKind::Invalid);
}
