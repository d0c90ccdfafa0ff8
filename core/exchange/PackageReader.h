#pragma once
// Opens an exchange package someone sent (PackageFormat.h) as the untrusted file it is, and
// checks it whole before anything reads its rows for a merge:
//   - a private copy is opened read-only, with SQLite's defences for untrusted files (defensive
//     mode, trusted_schema off, cell-size checks) and a quick_check;
//   - it must be a GridDesk package (its application id) of a format this GridDesk reads, made
//     by the same schema version as the office's file, by another office;
//   - its schema must be exactly the one packageSchema() makes: no other table, index, trigger
//     or view, no column more or less, every table STRICT;
//   - its manifest must be signed by the key it carries, and that key trusted here (Trust.h);
//   - no stamp may lie more than the office's clock tolerance ahead of its clock;
//   - every id must be a UUID, every value of the type its column declares and of a sane
//     length, and every table's rows and SHA-256, and the hash over all, as the manifest says.
// Any failure refuses the whole package with a message naming the file and the reason. Nothing
// here writes to the office's file.
#include "ContentDigest.h"
#include "Trust.h"
#include "storage/Result.h"

#include <QHash>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace gd {
class Database;
}

namespace gd::exchange {

// What a package is checked against: the store that receives it, an office's file or the hub
// (core/hub). The expected schema is the package schema of the receiver's own tables.
struct Receiver {
    QString scratchTemplate; // QTemporaryDir template for the package's private copy
    QString siteId;          // the receiver's own: a package of its own is refused
    int schemaVersion = 0;
    QStringList expectedSchema; // packageSchema() of the receiver's tables
    std::function<Result<std::optional<TrustedOffice>>(const QByteArray &publicKey)> trusted;
    int toleranceHours = 24; // access/ClockAgreement.h
    qint64 nowMs = 0;
    // The refusal of a package signed by an office the receiver does not trust (%1 the office, %2
    // its fingerprint): each receiver says how it is told to trust one.
    QString untrustedAdvice;
    // An office's file as a receiver.
    static Result<Receiver> of(Database &db);
};

struct PackageInfo {
    int format = 0;
    int schemaVersion = 0;
    QString griddeskVersion, sourceSite, sourceOffice, scope;
    qint64 sourceHlc = 0, createdMs = 0;
    QList<TableDigest> tables;
    QByteArray content;
    QByteArray signerKey;  // the sending office's public key, its signature checked
    QString fingerprint;   // of signerKey
    TrustedOffice trusted; // as this office trusts it (its scope)
    QStringList acks;      // the packages the sender says it merged (hex content hashes)
};

class PackageReader
{
public:
    // The longest text a package value may have (a case's description is at most 2,000
    // characters; notes and JSON data stay far below this).
    static constexpr int kMaxTextBytes = 64 * 1024;

    // progress: the share of the checks done (0–1), for a progress dialog; false cancels (a
    // Cancelled error).
    static Result<std::unique_ptr<PackageReader>> open(const QString &path, const Receiver &target,
                                                       const std::function<bool(double)> &progress = {});
    static Result<std::unique_ptr<PackageReader>> open(const QString &path, Database &target,
                                                       const std::function<bool(double)> &progress = {});
    // What the package's manifest claims, read without any other check (empty when there is
    // nothing to read): enough to skip a package already merged, whatever else it holds, never
    // enough to read its rows.
    struct Claim {
        QByteArray content;
        QString sourceSite, sourceOffice;
        qint64 sourceHlc = 0;
        QByteArray signerKey; // what it claims: an administrator compares its fingerprint before trusting it
    };
    static Claim claimed(const QString &path);
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    const PackageInfo &info() const { return m_info; }
    QString path() const { return m_path; } // the file as the user named it
    sqlite3 *db() const { return m_db; }    // read-only
    // The private copy that was checked, for a merge to ATTACH (never the user's file).
    QString checkedCopy() const;

private:
    PackageReader() = default;
    Status check(const Receiver &target);
    Status checkSchema(const Receiver &target);
    Status checkManifest(const Receiver &target);
    Status checkSignature(const Receiver &target, const QHash<QString, QString> &manifest,
                          const QList<QPair<QString, QString>> &entries);
    Status checkValues();
    Status checkStamps(const Receiver &target);
    Status checkDigests();
    Error refuse(const QString &why) const;
    bool reached(double share); // reports progress; false when the user cancelled

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir; // beside the office's file (Database::scratchTemplate)
    sqlite3 *m_db = nullptr;
    PackageInfo m_info;
    std::function<bool(double)> m_progress;
    double m_share = 0; // of the checks done, as the progress handler reports it
    bool m_cancelled = false;
};

} // namespace gd::exchange
