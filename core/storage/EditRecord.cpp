#include "EditRecord.h"

#include "Database.h"
#include "RowStore.h"
#include "TableDef.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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
};

// fstamps holds, per field, the [stamp, site] of the edit that last set it (RowStore.h).
Stamp stampOf(const QJsonObject &fstamps, const QString &field)
{
    const QJsonArray a = fstamps.value(field).toArray();
    if (a.size() < 2)
        return {};
    return {a.at(0).toString().toLongLong(), a.at(1).toString()};
}

QString rowKey(const QString &table, const QString &id)
{
    return table + QLatin1Char('/') + id;
}

QString fieldKey(const RowChange &c, const QString &field)
{
    return rowKey(c.table, c.id) + QLatin1Char('/') + field;
}

const QString kDeleted = QStringLiteral("deleted");

// The state an edit left a row in: the values it wrote last, and live or deleted.
struct Expected {
    const RowChange *first = nullptr;
    QVariantMap fields;
    std::optional<bool> deleted;
};

QList<std::pair<QString, Expected>> expectedRows(const EditRecord &edit)
{
    QList<std::pair<QString, Expected>> rows;
    QHash<QString, int> at;
    for (const RowChange &c : edit.rows) {
        const QString key = rowKey(c.table, c.id);
        if (!at.contains(key)) {
            at.insert(key, int(rows.size()));
            rows.append({key, Expected{&c, {}, {}}});
        }
        Expected &e = rows[at.value(key)].second;
        switch (c.kind) {
        case RowChange::Kind::Inserted:
            e.fields = c.after;
            e.deleted = false;
            break;
        case RowChange::Kind::Updated:
            for (auto it = c.after.begin(); it != c.after.end(); ++it)
                e.fields.insert(it.key(), it.value());
            break;
        case RowChange::Kind::Deleted: e.deleted = true; break;
        case RowChange::Kind::Restored:
            for (auto it = c.after.begin(); it != c.after.end(); ++it)
                e.fields.insert(it.key(), it.value());
            e.deleted = false;
            break;
        }
    }
    return rows;
}

struct RowNow {
    bool found = false;
    bool deleted = false;
    QJsonObject fstamps;
    QVariantMap fields;
};

Result<RowNow> readRow(Database &db, const TableDef &table, const QString &id)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT deleted, fstamps, %1 FROM %2 WHERE id = ?")
                                   .arg(table.fields.join(QLatin1Char(',')), table.name));
    q.addBindValue(id);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    RowNow now;
    if (q.next()) {
        now.found = true;
        now.deleted = q.value(0).toInt() != 0;
        now.fstamps = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        for (int i = 0; i < table.fields.size(); ++i)
            now.fields.insert(table.fields.at(i), q.value(i + 2));
    }
    q.finish();
    return now;
}

Result<const TableDef *> tableOf(const RowChange &c)
{
    if (!c.def)
        return Error::make(ErrorKind::Internal, QStringLiteral("edit record names no table for %1").arg(c.table));
    return c.def;
}

struct ForeignKey {
    QString fromTable;
    QString column;
    QString toTable;
};

// Every reference the file's schema declares between tables whose rows carry an id and a
// tombstone (PRAGMA foreign_key_list): read from the file, so storage names no table itself.
QList<ForeignKey> foreignKeys(Database &db)
{
    QList<ForeignKey> keys;
    QSqlQuery names(db.sql());
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return keys;
    QStringList tables;
    while (names.next())
        tables << names.value(0).toString();
    for (const QString &t : tables) {
        QSqlQuery columns(db.sql());
        QSet<QString> has;
        if (columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t)))
            while (columns.next())
                has.insert(columns.value(1).toString());
        if (!has.contains(QStringLiteral("id")) || !has.contains(QStringLiteral("deleted")))
            continue;
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t)))
            continue;
        while (q.next())
            keys.append({t, q.value(3).toString(), q.value(2).toString()});
    }
    return keys;
}

} // namespace

QSet<QString> writtenKeys(const EditRecord &edit)
{
    QSet<QString> keys;
    for (const RowChange &c : edit.rows) {
        if (c.kind == RowChange::Kind::Updated)
            for (auto it = c.after.begin(); it != c.after.end(); ++it)
                keys.insert(fieldKey(c, it.key()));
        else
            keys.insert(fieldKey(c, kDeleted));
    }
    return keys;
}

Result<std::optional<ChangedSince>> changedSince(Database &db, const EditRecord &edit, const QSet<QString> &ignore)
{
    for (const auto &[key, expected] : expectedRows(edit)) {
        const RowChange &c = *expected.first;
        Result<const TableDef *> table = tableOf(c);
        if (!table)
            return table.error();
        Result<RowNow> now = readRow(db, *table.value(), c.id);
        if (!now)
            return now.error();
        if (!now->found)
            return std::optional<ChangedSince>(ChangedSince{c.table, c.id, {}, 0, {}});
        const bool wantDeleted = expected.deleted.value_or(false);
        if (now->deleted != wantDeleted && !ignore.contains(key + QLatin1Char('/') + kDeleted)) {
            const Stamp s = stampOf(now->fstamps, kDeleted);
            return std::optional<ChangedSince>(ChangedSince{c.table, c.id, kDeleted, s.stamp, s.site});
        }
        for (auto it = expected.fields.begin(); it != expected.fields.end(); ++it) {
            if (ignore.contains(key + QLatin1Char('/') + it.key()))
                continue;
            if (!RowStore::sameValue(now->fields.value(it.key()), it.value())) {
                const Stamp s = stampOf(now->fstamps, it.key());
                return std::optional<ChangedSince>(ChangedSince{c.table, c.id, it.key(), s.stamp, s.site});
            }
        }
    }
    return std::optional<ChangedSince>();
}

Result<std::optional<BlockedBy>> blockedBy(Database &db, const EditRecord &edit)
{
    // What the inverse deletes (rows the edit created or brought back) and brings back (rows it
    // deleted): a reference into the first from outside it, or from a reverted field to a row
    // gone since, would be left dangling.
    QSet<QString> deleting, restoring;
    for (const RowChange &c : edit.rows) {
        const QString key = rowKey(c.table, c.id);
        if (c.kind == RowChange::Kind::Inserted || c.kind == RowChange::Kind::Restored) {
            deleting.insert(key);
            restoring.remove(key);
        } else if (c.kind == RowChange::Kind::Deleted) {
            restoring.insert(key);
            deleting.remove(key);
        }
    }
    const QList<ForeignKey> keys = foreignKeys(db);
    for (const QString &key : deleting) {
        const QString table = key.section(QLatin1Char('/'), 0, 0), id = key.section(QLatin1Char('/'), 1);
        for (const ForeignKey &k : keys) {
            if (k.toTable != table)
                continue;
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0").arg(k.fromTable, k.column));
            q.addBindValue(id);
            if (!q.exec())
                return Error::make(ErrorKind::Internal, q.lastError().text());
            while (q.next()) {
                const QString by = q.value(0).toString();
                if (!deleting.contains(rowKey(k.fromTable, by)))
                    return std::optional<BlockedBy>(BlockedBy{table, id, {}, k.fromTable, by});
            }
        }
    }
    for (const RowChange &c : edit.rows) {
        if (c.kind != RowChange::Kind::Updated)
            continue;
        for (const ForeignKey &k : keys) {
            if (k.fromTable != c.table || !c.before.contains(k.column))
                continue;
            const QString target = c.before.value(k.column).toString();
            if (target.isEmpty() || restoring.contains(rowKey(k.toTable, target)))
                continue;
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(k.toTable));
            q.addBindValue(target);
            if (!q.exec())
                return Error::make(ErrorKind::Internal, q.lastError().text());
            if (!q.next())
                return std::optional<BlockedBy>(BlockedBy{c.table, c.id, k.column, k.toTable, target});
        }
    }
    return std::optional<BlockedBy>();
}

Result<EditRecord> writeInverse(Database &db, const EditRecord &edit)
{
    EditCapture capture(db);
    RowStore rows(db);
    for (auto it = edit.rows.crbegin(); it != edit.rows.crend(); ++it) {
        Result<const TableDef *> table = tableOf(*it);
        if (!table)
            return table.error();
        Status s;
        switch (it->kind) {
        case RowChange::Kind::Updated: s = rows.update(*table.value(), it->id, it->before); break;
        case RowChange::Kind::Inserted:
        case RowChange::Kind::Restored: s = rows.tombstone(*table.value(), it->id); break;
        case RowChange::Kind::Deleted: s = rows.restore(*table.value(), it->id); break;
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
