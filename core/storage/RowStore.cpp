#include "RowStore.h"

#include "Database.h"
#include "EditRecord.h"
#include "Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::RowStore)
};

// Audit entries keep text; a photo is recorded by its size, not its bytes.
QJsonObject toAuditJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QStringLiteral("<%1 bytes>").arg(v.toByteArray().size()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(v));
    }
    return o;
}

// A null QString (an untouched line edit, QString()) means "empty text", not SQL NULL; NULL is
// asked for explicitly with an invalid QVariant (see org::idOrNull).
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool RowStore::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull(), bNull = b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    return a.toString() == b.toString();
}

Status RowStore::checkWritable(const TableDef &table, const QVariantMap &values) const
{
    if (!m_db.inTransaction())
        return Error::make(ErrorKind::Internal, QStringLiteral("write to %1 outside a transaction").arg(table.name));
    if (!m_db.actor().signedIn)
        return Error::make(ErrorKind::Permission, Text::tr("Sign in before changing anything."));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!table.fields.contains(it.key()))
            return Error::make(ErrorKind::Internal, QStringLiteral("%1 has no field %2").arg(table.name, it.key()));
        // The last net for what a service did not check itself: no stored text holds control
        // characters or direction overrides.
        if (it.value().typeId() == QMetaType::QString)
            if (Error e =
                    check::safeText(it.key(), it.key(), it.value().toString(), table.multiline.contains(it.key()));
                e.isError())
                return e;
        if (table.required.contains(it.key()) && (it.value().isNull() || it.value().toString().trimmed().isEmpty()))
            return Error::invalid(it.key(), Text::tr("%1 may not be empty.").arg(it.key()));
        for (const auto &[field, least] : table.atLeast)
            if (field == it.key() && !it.value().isNull() && it.value().toLongLong() < least)
                return Error::invalid(
                    it.key(),
                    Text::tr("%1 is earlier than the records kept (%2).").arg(it.key(), it.value().toString()));
    }
    return {};
}

Result<QString> RowStore::insert(const TableDef &table, const QVariantMap &values, const QString &givenId)
{
    Status ok = checkWritable(table, values);
    if (!ok)
        return ok.error();
    for (const QString &field : table.required)
        if (!values.contains(field))
            return Error::invalid(field, Text::tr("%1 may not be empty.").arg(field));
    const qint64 stamp = m_db.nextStamp();
    const QString site = m_db.siteId();
    const QString id = givenId.isEmpty() ? uuid::v7(HybridClock::physicalMs(stamp)) : givenId;

    QStringList columns = {QStringLiteral("id"),   QStringLiteral("origin_site"), QStringLiteral("created_hlc"),
                           QStringLiteral("site"), QStringLiteral("hlc"),         QStringLiteral("vv")};
    const QStringList fields = values.keys(); // sorted: the cached statement text is stable
    columns += fields;
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                     .arg(table.name, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    q.addBindValue(id);
    q.addBindValue(site);
    q.addBindValue(stamp);
    q.addBindValue(site);
    q.addBindValue(stamp);
    q.addBindValue(compact(QJsonObject{{site, QString::number(stamp)}}));
    for (const QString &f : fields)
        q.addBindValue(bindable(values.value(f)));
    Status s = exec(q);
    if (!s)
        return s.error();
    m_db.noteChanged(table.name);
    if (EditRecord *capture = m_db.editCapture()) {
        // The whole row as inserted, defaults too: its undo checks nobody set any field since.
        Result<QVariantMap> row = fetch(table, id);
        if (!row)
            return row.error();
        capture->rows.append({RowChange::Kind::Inserted, table.name, &table, id, stamp, site, {}, row.value()});
    }
    s = audit::record(m_db, stamp, QStringLiteral("insert"), table.name, id, {}, values);
    if (!s)
        return s.error();
    return id;
}

Result<QVariantMap> RowStore::fetch(const TableDef &table, const QString &id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0")
                                     .arg(table.fields.join(QLatin1Char(',')), table.name));
    q.addBindValue(id);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("The record no longer exists (it may have been deleted)."));
    QVariantMap row;
    for (int i = 0; i < table.fields.size(); ++i)
        row.insert(table.fields.at(i), q.value(i));
    q.finish();
    return row;
}

bool RowStore::exists(const TableDef &table, const QString &id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table.name));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Status RowStore::update(const TableDef &table, const QString &id, const QVariantMap &changes, bool *changed)
{
    return write(table, id, changes, changed, false);
}

Status RowStore::settle(const TableDef &table, const QString &id, const QString &field, const QVariant &value)
{
    if (field == QLatin1String("deleted"))
        return setDeleted(table, id,
                          value.toString() == QLatin1String("1") || value.toString() == QLatin1String("true"), true);
    return write(table, id, {{field, value}}, nullptr, true);
}

Status RowStore::write(const TableDef &table, const QString &id, const QVariantMap &changes, bool *changed, bool force)
{
    if (changed)
        *changed = false;
    Status ok = checkWritable(table, changes);
    if (!ok)
        return ok;
    QVariantMap currentRow;
    if (force) {
        // A settled row may be tombstoned: its fields are read whatever its state.
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(table.fields.join(QLatin1Char(',')), table.name));
        q.addBindValue(id);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
        if (!q.next())
            return Error::make(ErrorKind::NotFound,
                               Text::tr("The record no longer exists (it may have been deleted)."));
        for (int i = 0; i < table.fields.size(); ++i)
            currentRow.insert(table.fields.at(i), q.value(i));
        q.finish();
    } else {
        Result<QVariantMap> current = fetch(table, id);
        if (!current)
            return current.status();
        currentRow = *current;
    }
    QVariantMap before, after;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QVariant old = currentRow.value(it.key());
        const QVariant now = bindable(it.value());
        if (force || !sameValue(old, now)) {
            before.insert(it.key(), old);
            after.insert(it.key(), now);
        }
    }
    if (after.isEmpty())
        return {};

    QSqlQuery &meta = m_db.prepared(QStringLiteral("SELECT vv, fstamps FROM %1 WHERE id = ?").arg(table.name));
    meta.addBindValue(id);
    if (!meta.exec() || !meta.next())
        return Error::make(ErrorKind::Internal, meta.lastError().text());
    QJsonObject vv = QJsonDocument::fromJson(meta.value(0).toString().toUtf8()).object();
    QJsonObject fstamps = QJsonDocument::fromJson(meta.value(1).toString().toUtf8()).object();
    meta.finish();

    const qint64 stamp = m_db.nextStamp();
    const QString site = m_db.siteId();
    vv.insert(site, QString::number(stamp)); // the site's newest edit of the row (see RowStore.h)
    const QStringList fields = after.keys();
    for (const QString &f : fields)
        fstamps.insert(f, QJsonArray{QString::number(stamp), site});

    QStringList sets;
    for (const QString &f : fields)
        sets << f + QStringLiteral("=?");
    sets << QStringLiteral("site=?") << QStringLiteral("hlc=?") << QStringLiteral("vv=?")
         << QStringLiteral("fstamps=?");
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(table.name, sets.join(QLatin1Char(','))));
    for (const QString &f : fields)
        q.addBindValue(bindable(after.value(f)));
    q.addBindValue(site);
    q.addBindValue(stamp);
    q.addBindValue(compact(vv));
    q.addBindValue(compact(fstamps));
    q.addBindValue(id);
    Status s = exec(q);
    if (!s)
        return s;
    m_db.noteChanged(table.name);
    if (changed)
        *changed = true;
    if (EditRecord *capture = m_db.editCapture())
        capture->rows.append({RowChange::Kind::Updated, table.name, &table, id, stamp, site, before, after});
    return audit::record(m_db, stamp, QStringLiteral("update"), table.name, id, before, after);
}

Status RowStore::put(const TableDef &table, const QString &id, const QVariantMap &values)
{
    if (!known(table, id))
        return insert(table, values, id).status();
    if (!exists(table, id))
        if (Status s = restore(table, id); !s)
            return s;
    return update(table, id, values);
}

bool RowStore::known(const TableDef &table, const QString &id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Status RowStore::tombstone(const TableDef &table, const QString &id)
{
    return setDeleted(table, id, true);
}

Status RowStore::restore(const TableDef &table, const QString &id)
{
    return setDeleted(table, id, false);
}

Status RowStore::setDeleted(const TableDef &table, const QString &id, bool deleted, bool force)
{
    Status ok = checkWritable(table, {});
    if (!ok)
        return ok;
    QVariantMap current;
    if (deleted && force && !exists(table, id)) {
        if (!known(table, id))
            return Error::make(ErrorKind::NotFound,
                               Text::tr("The record no longer exists (it may have been deleted)."));
    } else if (deleted) {
        Result<QVariantMap> live = fetch(table, id);
        if (!live)
            return live.status();
        current = *live;
    } else if (!known(table, id)) {
        return Error::make(ErrorKind::NotFound, Text::tr("The record no longer exists (it may have been deleted)."));
    }
    QSqlQuery &meta = m_db.prepared(QStringLiteral("SELECT vv, fstamps FROM %1 WHERE id = ?").arg(table.name));
    meta.addBindValue(id);
    if (!meta.exec() || !meta.next())
        return Error::make(ErrorKind::Internal, meta.lastError().text());
    QJsonObject vv = QJsonDocument::fromJson(meta.value(0).toString().toUtf8()).object();
    QJsonObject fstamps = QJsonDocument::fromJson(meta.value(1).toString().toUtf8()).object();
    meta.finish();
    const qint64 stamp = m_db.nextStamp();
    const QString site = m_db.siteId();
    vv.insert(site, QString::number(stamp)); // the site's newest edit of the row (see RowStore.h)
    fstamps.insert(QStringLiteral("deleted"), QJsonArray{QString::number(stamp), site});
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE %1 SET deleted=?, site=?, hlc=?, vv=?, fstamps=? WHERE id=?").arg(table.name));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(site);
    q.addBindValue(stamp);
    q.addBindValue(compact(vv));
    q.addBindValue(compact(fstamps));
    q.addBindValue(id);
    Status s = exec(q);
    if (!s)
        return s;
    m_db.noteChanged(table.name);
    if (EditRecord *capture = m_db.editCapture()) {
        // A row brought back is recorded whole, as an inserted one: taking that back checks that
        // nobody changed it since.
        QVariantMap row;
        if (!deleted) {
            Result<QVariantMap> now = fetch(table, id);
            if (!now)
                return now.status();
            row = now.value();
        }
        capture->rows.append({deleted ? RowChange::Kind::Deleted : RowChange::Kind::Restored,
                              table.name,
                              &table,
                              id,
                              stamp,
                              site,
                              {},
                              row});
    }
    if (deleted)
        return audit::record(m_db, stamp, QStringLiteral("delete"), table.name, id, current, {});
    return audit::record(m_db, stamp, QStringLiteral("restore"), table.name, id, {}, {});
}

namespace audit {

Status record(Database &db, qint64 stamp, const QString &action, const QString &table, const QString &rowId,
              const QVariantMap &before, const QVariantMap &after)
{
    QSqlQuery &q = db.prepared(QStringLiteral(
        "INSERT INTO audit_log(id, hlc, site, at_ms, operator_id, operator_login, action, table_name, row_id, "
        "before_json, after_json) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(uuid::v7(db.nowMs()));
    q.addBindValue(stamp);
    q.addBindValue(db.siteId());
    q.addBindValue(db.nowMs());
    q.addBindValue(db.actor().operatorId.isEmpty() ? QVariant() : QVariant(db.actor().operatorId));
    q.addBindValue(db.actor().login);
    q.addBindValue(action);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(before.isEmpty() ? QVariant() : QVariant(compact(toAuditJson(before))));
    q.addBindValue(after.isEmpty() ? QVariant() : QVariant(compact(toAuditJson(after))));
    db.noteChanged(QStringLiteral("audit_log"));
    return exec(q);
}

} // namespace audit
} // namespace gd
