#include "MergeConflicts.h"

#include "access/Permissions.h"
#include "cases/CaseReplay.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

} // namespace

QHash<QString, QString> officeNamesBySite(Database &db)
{
    QHash<QString, QString> names;
    QSqlQuery q(db.sql());
    // The names the trusted offices were added under, then the names their packages gave.
    if (q.exec(QStringLiteral("SELECT site, office_name FROM trusted_offices WHERE site != '' AND office_name != ''")))
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    if (q.exec(QStringLiteral("SELECT source_site, source_office FROM exchange_ledger ORDER BY merged_ms")))
        while (q.next())
            if (!q.value(1).toString().isEmpty())
                names.insert(q.value(0).toString(), q.value(1).toString());
    const QString own = db.meta(QStringLiteral("office_name"));
    names.insert(db.siteId(), own.isEmpty() ? Text::tr("this office") : own);
    return names;
}

namespace {

// The column people know a row by, when the table has one.
QString labelColumn(const TableDef &def)
{
    for (const char *c : {"number", "name", "text", "code", "date"})
        if (def.fields.contains(QLatin1String(c)))
            return QLatin1String(c);
    return {};
}

QString rowLabel(Database &db, const QString &table, const QString &rowId)
{
    const TableDef *def = tables::byName(table);
    if (!def)
        return {};
    const QString column = labelColumn(*def);
    if (column.isEmpty())
        return {};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(rowId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Fields that may not be empty: a resolution writes what the forms would accept.
bool requiresText(const QString &field)
{
    return field == QLatin1String("name") || field == QLatin1String("code") || field == QLatin1String("number");
}

// A value for a column declared INTEGER or REAL must be a number (the packages' tables are
// STRICT: a text there would stop every later export); "deleted" is 0 or 1.
Status conformValue(const QString &declaredType, const QString &field, QVariant *value)
{
    if (value->isNull())
        return {};
    const QString type = declaredType.toUpper();
    const QString text = value->toString().trimmed();
    if (field == QLatin1String("deleted")) {
        if (text != QLatin1String("0") && text != QLatin1String("1") && text != QLatin1String("true") &&
            text != QLatin1String("false"))
            return Error::invalid(field, Text::tr("Deleted takes 1 (deleted) or 0 (kept)."));
        *value = (text == QLatin1String("1") || text == QLatin1String("true")) ? 1 : 0;
        return {};
    }
    bool ok = true;
    if (type == QLatin1String("INTEGER")) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            *value = n;
    } else if (type == QLatin1String("REAL")) {
        const double d = text.toDouble(&ok);
        if (ok)
            *value = d;
    } else if (type == QLatin1String("BLOB")) {
        return Error::invalid(field, Text::tr("A photo cannot be typed in: keep one of the two."));
    }
    if (!ok)
        return Error::invalid(field, Text::tr("The new value must be a number."));
    return {};
}

} // namespace

Result<QList<MergeConflict>> openConflicts(Database &db)
{
    QSqlQuery q(db.sql());
    if (Status failed = exec(
            q, QStringLiteral("SELECT id, table_name, row_id, field, kept_value, lost_value, kept_stamp, lost_stamp, "
                              "kept_site, lost_site, found_ms FROM merge_conflicts WHERE resolved_ms IS NULL "
                              "ORDER BY id"));
        !failed)
        return failed.error();
    const QHash<QString, QString> names = officeNamesBySite(db);
    QList<MergeConflict> out;
    while (q.next()) {
        MergeConflict c;
        c.id = q.value(0).toLongLong();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.kept = q.value(4).toString();
        c.lost = q.value(5).toString();
        c.keptStamp = q.value(6).toString();
        c.lostStamp = q.value(7).toString();
        c.keptSite = q.value(8).toString();
        c.lostSite = q.value(9).toString();
        c.foundMs = q.value(10).toLongLong();
        c.keptOffice = names.value(c.keptSite, c.keptSite.left(8));
        c.lostOffice = names.value(c.lostSite, c.lostSite.left(8));
        c.keptMs = HybridClock::physicalMs(c.keptStamp.toLongLong());
        c.lostMs = HybridClock::physicalMs(c.lostStamp.toLongLong());
        out << c;
    }
    q.finish();
    for (MergeConflict &c : out)
        c.rowLabel = rowLabel(db, c.table, c.rowId);
    return out;
}

Status settledValue(const QString &field, const QString &declaredType, QVariant *value)
{
    if (value->isNull())
        *value = QVariant(); // NULL stays NULL ("no worker"), never an empty text
    if (requiresText(field) && value->toString().trimmed().isEmpty())
        return Error::invalid(field, Text::tr("The new value may not be empty: this field is required."));
    return conformValue(declaredType, field, value);
}

Status resolveConflict(Database &db, qint64 conflictId, Resolution how, const QVariant &newValue)
{
    const Result<bool> done = writeTransaction<bool>(db, Permission::EditSettings, [&]() -> Result<bool> {
        QString table, rowId, field;
        QVariant kept, lost;
        {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT table_name, row_id, field, kept_value, lost_value FROM merge_conflicts "
                                     "WHERE id = ? AND resolved_ms IS NULL"));
            q.addBindValue(conflictId);
            if (Status failed = exec(q); !failed)
                return failed.error();
            if (!q.next())
                return Error::make(ErrorKind::NotFound,
                                   Text::tr("Conflict %1 is not open (resolved already, or no such "
                                            "conflict).")
                                       .arg(conflictId));
            table = q.value(0).toString();
            rowId = q.value(1).toString();
            field = q.value(2).toString();
            kept = q.value(3);
            lost = q.value(4);
        }
        const TableDef *def = tables::byName(table);
        if (!def)
            return Error::make(ErrorKind::Internal, QStringLiteral("no table %1").arg(table));
        QVariant value = how == Resolution::TakeOther ? lost : newValue;
        if (how == Resolution::KeepCurrent) {
            // What the row holds now: a later edit or merge may have changed it since the conflict.
            QSqlQuery current(db.sql());
            current.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quotedIdentifier(field), table));
            current.addBindValue(rowId);
            if (!current.exec() || !current.next())
                return Error::make(ErrorKind::NotFound,
                                   Text::tr("The record of conflict %1 no longer exists.").arg(conflictId));
            value = current.value(0);
        }
        QString type;
        {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"));
            q.addBindValue(table);
            q.addBindValue(field);
            if (q.exec() && q.next())
                type = q.value(0).toString();
        }
        if (Status s = settledValue(field, type, &value); !s)
            return s.error();

        const bool isCase = table == QLatin1String("cases");
        CaseReplay replay(db);
        if (isCase)
            if (Status s = replay.remember(rowId); !s)
                return s.error();
        if (Status s = RowStore(db).settle(*def, rowId, field, value); !s)
            return s.error();
        if (isCase) // a deleted case keeps its derived columns as they were (nothing to show)
            if (Status s = replay.replay({rowId}); !s)
                return s.error();
        QSqlQuery done(db.sql());
        done.prepare(
            QStringLiteral("UPDATE merge_conflicts SET resolved_ms = ? WHERE table_name = ? AND row_id = ? AND "
                           "field = ? AND resolved_ms IS NULL"));
        done.addBindValue(db.nowMs());
        done.addBindValue(table);
        done.addBindValue(rowId);
        done.addBindValue(field);
        if (Status failed = exec(done); !failed)
            return failed.error();
        db.noteChanged(QStringLiteral("merge_conflicts"));
        const char *choice = how == Resolution::KeepCurrent ? "keep" : how == Resolution::TakeOther ? "other" : "new";
        if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("resolve"), QStringLiteral("merge_conflicts"),
                                     QString::number(conflictId),
                                     {{QStringLiteral("kept"), kept}, {QStringLiteral("lost"), lost}},
                                     {{QStringLiteral("choice"), QLatin1String(choice)}, {field, value}});
            !s)
            return s.error();
        return true;
    });
    return done.status();
}

} // namespace gd::exchange
