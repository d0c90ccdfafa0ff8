#pragma once
// How two copies of one exchanged row become one, as plain logic without SQL: the
// merge engine reads the two rows, calls mergeRow() and writes what it returns.
//
// Every field carries the stamp of the edit that set it ([HLC, site] in fstamps; a field never
// edited carries the row's creation stamp), and vv holds per site the stamp of that site's
// newest edit (RowStore.h). Then, field by field:
//   - the value with the later stamp wins (HLC, then site id: a total order, the same in every
//     office). A causally later edit always has the later HLC, so this is "the newer value";
//     merging is commutative, associative and idempotent: any order gives the same row;
//   - it is a conflict when neither copy had seen the other's edit (both changed the field
//     without knowing of each other) and the values differ: the losing value is reported;
//   - the tombstone is a field like the others; a delete that the other copy had not seen,
//     racing an edit the deleting copy had not seen, is reported as a conflict too.
// The merged row's vv is the pointwise maximum, its last change the later of the two. Nothing
// gets a new stamp: merging creates no new versions.
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gd::exchange {

struct FieldStamp {
    qint64 hlc = 0;
    QString site;
    bool operator==(const FieldStamp &o) const { return hlc == o.hlc && site == o.site; }
    bool operator<(const FieldStamp &o) const { return hlc != o.hlc ? hlc < o.hlc : site < o.site; }
};

struct RowVersion {
    QString id, originSite, site;
    qint64 createdHlc = 0, hlc = 0;
    QMap<QString, qint64> vv;          // site → stamp of its newest edit
    QMap<QString, FieldStamp> fstamps; // field → the edit that set it ("deleted" included)
    bool deleted = false;
    QVariantMap fields; // the user fields

    FieldStamp created() const { return {createdHlc, originSite}; }
    FieldStamp stampOf(const QString &field) const { return fstamps.value(field, created()); }
    // Whether this copy had seen the edit stamped s.
    bool hasSeen(const FieldStamp &s) const { return vv.value(s.site, -1) >= s.hlc; }
    bool operator==(const RowVersion &o) const;
};

struct FieldConflict {
    QString field; // a user field, or "deleted"
    QVariant kept, lost;
    FieldStamp keptStamp, lostStamp;
};

struct RowMergeResult {
    enum Outcome { Unchanged, Updated } outcome = Unchanged;
    RowVersion merged;
    QList<FieldConflict> conflicts;
};

// `fields` names the user fields to merge (TableDef::fields); both copies have the same id.
RowMergeResult mergeRow(const RowVersion &target, const RowVersion &incoming, const QStringList &fields);

// A row read by column name (metadata columns and `fields`) as a RowVersion.
RowVersion rowVersionOf(const QVariantMap &row, const QStringList &fields);

// A conflict still open on a row: its field and the newer of its two stamps.
struct OpenConflict {
    qint64 id = 0;
    QString field;
    qint64 newest = 0;
};
// The open conflicts a merged row settles: a field whose merged stamp is newer than both values
// of its conflict was settled since (a decision, or a later edit made knowing both), in the
// office the package comes from or one before it, so it is closed on receipt too.
QList<qint64> settledConflicts(const RowVersion &merged, const QList<OpenConflict> &open);

// The JSON forms the rows store, and back: vv {"site":"stamp"}, fstamps {"field":["stamp","site"]}.
QMap<QString, qint64> parseVersionVector(const QString &json);
QMap<QString, FieldStamp> parseFieldStamps(const QString &json);
QString versionVectorJson(const QMap<QString, qint64> &vv);
QString fieldStampsJson(const QMap<QString, FieldStamp> &stamps);

} // namespace gd::exchange
