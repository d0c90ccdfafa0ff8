#pragma once
// The integrity and schema report of one open GridDesk file (`griddesk-cli check`): SQLite's own
// checks, plus what SQLite cannot see — live rows that point at tombstoned rows, and a clock
// that has fallen behind the stamps already written.
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

class Database;

struct TableCount {
    QString table;
    qint64 live = 0;
    qint64 deleted = 0; // tombstones
};

// One row of PRAGMA foreign_key_check: the row's reference names no existing parent row.
struct ForeignKeyViolation {
    QString table;
    qint64 rowid = 0;
    QString column;
    QString parent;
};

// A live row whose reference names a parent that is tombstoned or missing altogether.
struct DanglingReference {
    QString table;
    QString rowId;
    QString label; // the row's code or name, so a person can find it
    QString column;
    QString targetTable;
    QString targetId;
    bool targetDeleted = false; // false: no such row at all
};

struct ClockStatus {
    qint64 stored = 0;         // the file's persisted HLC
    qint64 newestRow = 0;      // the largest stamp on any exchanged row or audit entry
    qint64 wallMs = 0;         // this PC's clock when checked
    bool aheadOfWall = false;  // the stored clock is more than a day ahead of this PC
    bool behindRows = false;   // a row carries a stamp later than the stored clock
    bool rowsInFuture = false; // a row is stamped more than a day ahead of this PC
};

struct HealthReport {
    QString path;
    int schemaVersion = 0;
    int latestVersion = 0;
    QString siteId;
    QString backupPath;                              // set when opening upgraded an older file
    QStringList quickCheck;                          // "ok", or SQLite's findings
    QList<ForeignKeyViolation> foreignKeyViolations; // the first kDetailLimit
    int foreignKeyViolationCount = 0;
    QList<TableCount> tables; // every exchanged table, parents first
    int operators = 0;
    QList<DanglingReference> danglingReferences; // the first kDetailLimit
    int danglingReferenceCount = 0;
    ClockStatus clock;
    QStringList problems; // translated, one sentence each; any problem makes the file unhealthy
    QStringList warnings; // translated; worth knowing, but the data is sound

    bool healthy() const { return problems.isEmpty(); }
};

class HealthCheck
{
public:
    // Details are listed up to this many per kind; the counts are always complete.
    static constexpr int kDetailLimit = 200;

    explicit HealthCheck(Database &db)
        : m_db(db)
    {}

    HealthReport run() const;
    // Whether the file holds anything a person made: rows of exchanged tables (tombstones
    // included, since they are history that travels) or operators.
    bool holdsData() const;

private:
    Database &m_db;
};

} // namespace gd
