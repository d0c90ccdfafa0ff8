#include "EditRecord.h"

#include "Database.h"
#include "RowStore.h"
#include "Tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

EditCapture::EditCapture(Database &db)
    : m_db(db)
    , m_outer(db.editCapture())
{
    m_db.setEditCapture(&m_record);
}

EditCapture::~EditCapture()
{
    m_db.setEditCapture(m_outer);
}

EditRecord EditCapture::take()
{
    EditRecord taken = std::move(m_record);
    m_record = EditRecord();
    return taken;
}

namespace edits {

namespace {

struct Stamp {
    qint64 stamp = 0;
    QString site;
    bool operator==(const Stamp &o) const { return stamp == o.stamp && site == o.site; }
};

// fstamps holds, per field, the [stamp, site] of the edit that last set it (RowStore.h).
Stamp stampOf(const QJsonObject &fstamps, const QString &field)
{
    const QJsonArray a = fstamps.value(field).toArray();
    if (a.size() < 2)
        return {};
    return {a.at(0).toString().toLongLong(), a.at(1).toString()};
}

struct RowNow {
    bool found = false;
    bool deleted = false;
    QJsonObject fstamps;
};

Result<RowNow> readRow(Database &db, const TableDef &table, const QString &id)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT deleted, fstamps FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    RowNow now;
    if (q.next()) {
        now.found = true;
        now.deleted = q.value(0).toInt() != 0;
        now.fstamps = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }
    q.finish();
    return now;
}

QString rowKey(const RowChange &c)
{
    return c.table + QLatin1Char('/') + c.id;
}

} // namespace

Result<std::optional<ChangedSince>> changedSince(Database &db, const EditRecord &edit)
{
    // Per row: the stamps this edit wrote on it, and per field (and "deleted") the last of them;
    // an edit that set a field twice is checked against its own last write.
    QHash<QString, QList<Stamp>> ownStamps;
    QHash<QString, QHash<QString, Stamp>> lastWrite;
    for (const RowChange &c : edit.rows) {
        const QString key = rowKey(c);
        ownStamps[key].append({c.stamp, c.site});
        if (c.kind == RowChange::Kind::Updated)
            for (auto it = c.after.begin(); it != c.after.end(); ++it)
                lastWrite[key].insert(it.key(), {c.stamp, c.site});
        else if (c.kind != RowChange::Kind::Inserted)
            lastWrite[key].insert(QStringLiteral("deleted"), {c.stamp, c.site});
    }

    QHash<QString, bool> checked;
    for (const RowChange &c : edit.rows) {
        const QString key = rowKey(c);
        if (checked.value(key))
            continue;
        checked.insert(key, true);
        const TableDef *table = tables::byName(c.table);
        if (!table)
            return Error::make(ErrorKind::Internal, QStringLiteral("edit record names no table %1").arg(c.table));
        Result<RowNow> now = readRow(db, *table, c.id);
        if (!now)
            return now.error();
        if (!now->found)
            return std::optional<ChangedSince>(ChangedSince{c.table, c.id, {}, 0, {}});

        const QList<Stamp> &own = ownStamps.value(key);
        const QHash<QString, Stamp> &last = lastWrite.value(key);
        // A field this edit wrote must still hold this edit's stamp.
        for (auto it = last.begin(); it != last.end(); ++it) {
            const Stamp current = stampOf(now->fstamps, it.key());
            if (!(current == it.value()))
                return std::optional<ChangedSince>(ChangedSince{c.table, c.id, it.key(), current.stamp, current.site});
        }
        // A row this edit created must have no field set since by anyone else.
        const bool created = std::any_of(edit.rows.begin(), edit.rows.end(), [&](const RowChange &r) {
            return r.kind == RowChange::Kind::Inserted && rowKey(r) == key;
        });
        if (created) {
            for (auto it = now->fstamps.begin(); it != now->fstamps.end(); ++it) {
                const Stamp current = stampOf(now->fstamps, it.key());
                if (!own.contains(current))
                    return std::optional<ChangedSince>(
                        ChangedSince{c.table, c.id, it.key(), current.stamp, current.site});
            }
            if (now->deleted && !last.contains(QStringLiteral("deleted")))
                return std::optional<ChangedSince>(ChangedSince{c.table, c.id, {}, 0, {}});
        }
    }
    return std::optional<ChangedSince>();
}

Result<EditRecord> writeInverse(Database &db, const EditRecord &edit)
{
    EditCapture capture(db);
    RowStore rows(db);
    for (auto it = edit.rows.crbegin(); it != edit.rows.crend(); ++it) {
        const TableDef *table = tables::byName(it->table);
        if (!table)
            return Error::make(ErrorKind::Internal, QStringLiteral("edit record names no table %1").arg(it->table));
        Status s;
        switch (it->kind) {
        case RowChange::Kind::Updated: s = rows.update(*table, it->id, it->before); break;
        case RowChange::Kind::Inserted:
        case RowChange::Kind::Restored: s = rows.tombstone(*table, it->id); break;
        case RowChange::Kind::Deleted: s = rows.restore(*table, it->id); break;
        }
        if (!s)
            return s.error();
    }
    EditRecord inverse = capture.take();
    inverse.permissions = edit.permissions;
    return inverse;
}

} // namespace edits
} // namespace gd
