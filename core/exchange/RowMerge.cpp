#include "RowMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd::exchange {

namespace {

const QString kDeleted = QStringLiteral("deleted");

// Values compare by what they hold: 1 and 1.0 and "1" are different values in different columns
// only; within a column a copy never changes the type.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

bool RowVersion::operator==(const RowVersion &o) const
{
    if (id != o.id || originSite != o.originSite || site != o.site || createdHlc != o.createdHlc || hlc != o.hlc ||
        vv != o.vv || fstamps != o.fstamps || deleted != o.deleted || fields.keys() != o.fields.keys())
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!sameValue(it.value(), o.fields.value(it.key())))
            return false;
    return true;
}

RowMergeResult mergeRow(const RowVersion &target, const RowVersion &incoming, const QStringList &fields)
{
    RowMergeResult r;
    r.merged = target;
    // Everything the incoming copy knows, the target knows already: nothing to do.
    bool dominated = true;
    for (auto it = incoming.vv.cbegin(); it != incoming.vv.cend(); ++it)
        dominated = dominated && target.vv.value(it.key(), -1) >= it.value();
    if (dominated)
        return r;

    RowVersion &m = r.merged;
    QMap<QString, FieldStamp> winners; // per field (and "deleted"), the stamp of the value kept
    // Edits each side made that the other had not seen: a field changed on both is a conflict,
    // and so is a delete on one side against any edit on the other.
    bool targetEditedUnseen = false, incomingEditedUnseen = false;
    for (const QString &f : fields) {
        const FieldStamp t = target.stampOf(f), i = incoming.stampOf(f);
        targetEditedUnseen = targetEditedUnseen || (target.fstamps.contains(f) && !incoming.hasSeen(t));
        incomingEditedUnseen = incomingEditedUnseen || (incoming.fstamps.contains(f) && !target.hasSeen(i));
        winners.insert(f, qMax(t, i));
        if (t == i)
            continue;
        const bool incomingWins = t < i;
        const QVariant tv = target.fields.value(f), iv = incoming.fields.value(f);
        if (incomingWins) {
            m.fields.insert(f, iv);
            if (incoming.fstamps.contains(f))
                m.fstamps.insert(f, i);
            else
                m.fstamps.remove(f);
        }
        if (!target.hasSeen(i) && !incoming.hasSeen(t) && !sameValue(tv, iv))
            r.conflicts << FieldConflict{f, incomingWins ? iv : tv, incomingWins ? tv : iv, incomingWins ? i : t,
                                         incomingWins ? t : i};
    }
    const FieldStamp td = target.stampOf(kDeleted), id = incoming.stampOf(kDeleted);
    winners.insert(kDeleted, qMax(td, id));
    if (td < id) {
        m.deleted = incoming.deleted;
        if (incoming.fstamps.contains(kDeleted))
            m.fstamps.insert(kDeleted, id);
        else
            m.fstamps.remove(kDeleted);
    }
    const bool targetDeletedUnseen = target.deleted && target.fstamps.contains(kDeleted) && !incoming.hasSeen(td);
    const bool incomingDeletedUnseen = incoming.deleted && incoming.fstamps.contains(kDeleted) && !target.hasSeen(id);
    // Deleted on one side and restored (or kept) on the other, each unaware of the other.
    const bool bothUnseen = target.fstamps.contains(kDeleted) && incoming.fstamps.contains(kDeleted) &&
                            !incoming.hasSeen(td) && !target.hasSeen(id);
    if (target.deleted != incoming.deleted && (bothUnseen || (targetDeletedUnseen && incomingEditedUnseen) ||
                                               (incomingDeletedUnseen && targetEditedUnseen))) {
        const bool incomingWins = td < id;
        r.conflicts << FieldConflict{kDeleted, incomingWins ? incoming.deleted : target.deleted,
                                     incomingWins ? target.deleted : incoming.deleted, incomingWins ? id : td,
                                     incomingWins ? td : id};
    }

    // A row with a natural key (a UUIDv5) can be made on two offices: both copies take the earlier
    // creation, and a field whose kept value came from the later one keeps that stamp explicitly
    // (an unstamped field reads as set at creation).
    const FieldStamp targetCreated{target.createdHlc, target.originSite},
        incomingCreated{incoming.createdHlc, incoming.originSite};
    if (incomingCreated < targetCreated) {
        m.createdHlc = incoming.createdHlc;
        m.originSite = incoming.originSite;
    }
    const FieldStamp created = m.created();
    for (auto it = winners.cbegin(); it != winners.cend(); ++it)
        if (!m.fstamps.contains(it.key()) && !(it.value() == created))
            m.fstamps.insert(it.key(), it.value());

    for (auto it = incoming.vv.cbegin(); it != incoming.vv.cend(); ++it)
        m.vv.insert(it.key(), qMax(m.vv.value(it.key(), -1), it.value()));
    const FieldStamp lastTarget{target.hlc, target.site}, lastIncoming{incoming.hlc, incoming.site};
    if (lastTarget < lastIncoming) {
        m.hlc = incoming.hlc;
        m.site = incoming.site;
    }
    r.outcome = m == target ? RowMergeResult::Unchanged : RowMergeResult::Updated;
    return r;
}

QMap<QString, qint64> parseVersionVector(const QString &json)
{
    QMap<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().isString() ? it.value().toString().toLongLong() : it.value().toInteger());
    return out;
}

QMap<QString, FieldStamp> parseFieldStamps(const QString &json)
{
    QMap<QString, FieldStamp> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonArray a = it.value().toArray();
        out.insert(it.key(), FieldStamp{a.at(0).toString().toLongLong(), a.at(1).toString()});
    }
    return out;
}

QString versionVectorJson(const QMap<QString, qint64> &vv)
{
    QJsonObject o;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        o.insert(it.key(), QString::number(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString fieldStampsJson(const QMap<QString, FieldStamp> &stamps)
{
    QJsonObject o;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
        o.insert(it.key(), QJsonArray{QString::number(it.value().hlc), it.value().site});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RowVersion rowVersionOf(const QVariantMap &row, const QStringList &fields)
{
    RowVersion v;
    v.id = row.value(QStringLiteral("id")).toString();
    v.originSite = row.value(QStringLiteral("origin_site")).toString();
    v.createdHlc = row.value(QStringLiteral("created_hlc")).toLongLong();
    v.site = row.value(QStringLiteral("site")).toString();
    v.hlc = row.value(QStringLiteral("hlc")).toLongLong();
    v.vv = parseVersionVector(row.value(QStringLiteral("vv")).toString());
    v.fstamps = parseFieldStamps(row.value(QStringLiteral("fstamps")).toString());
    v.deleted = row.value(QStringLiteral("deleted")).toLongLong() != 0;
    for (const QString &f : fields)
        v.fields.insert(f, row.value(f));
    return v;
}

QList<qint64> settledConflicts(const RowVersion &merged, const QList<OpenConflict> &open)
{
    QList<qint64> out;
    for (const OpenConflict &c : open)
        if (merged.stampOf(c.field).hlc > c.newest)
            out << c.id;
    return out;
}

} // namespace gd::exchange
