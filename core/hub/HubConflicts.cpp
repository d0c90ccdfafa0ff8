#include "HubConflicts.h"

#include "DesktopSchema.h"
#include "HubConnection.h"
#include "HubFigures.h"
#include "HubOffices.h"
#include "HubRefold.h"
#include "HubSchema.h"
#include "HubSearchRows.h"
#include "schema/Tables.h"
#include "storage/HybridClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub::HubConflicts)
};

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The conflict settled inside the caller's transaction.
Status settle(HubConnection &hub, const HubIdentity &id, qint64 conflictId, exchange::Resolution how,
              const QVariant &newValue)
{
    auto c = hub.run(QStringLiteral("SELECT table_name, row_id, field, kept_value, lost_value, kept_stamp, lost_stamp "
                                    "FROM merge_conflicts WHERE id = ? AND resolved_ms IS NULL FOR UPDATE"),
                     {conflictId});
    if (!c)
        return c.error();
    if (!c->next())
        return Error::make(
            ErrorKind::NotFound,
            Text::tr("Conflict %1 is not open (resolved already, or no such conflict).").arg(conflictId));
    const QString table = c->value(0).toString(), rowId = c->value(1).toString(), field = c->value(2).toString();
    const QVariant kept = c->value(3), lost = c->value(4);
    const qint64 conflictStamp = qMax(c->value(5).toLongLong(), c->value(6).toLongLong());
    const TableDef *def = tables::byName(table);
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    QString declared;
    for (const exchange::PackageColumn &column : (*desktop)->columns.value(table))
        if (column.name == field)
            declared = column.type;
    if (!def || (declared.isEmpty() && field != QLatin1String("deleted")))
        return Error::make(ErrorKind::Internal, QStringLiteral("no field %1.%2").arg(table, field));

    auto row = hub.run(QStringLiteral("SELECT %1, hlc, vv, fstamps FROM %2 WHERE id = ? FOR UPDATE")
                           .arg(pgIdentifier(field), pgIdentifier(table)),
                       {rowId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::make(ErrorKind::NotFound,
                           Text::tr("The record of conflict %1 no longer exists.").arg(conflictId));
    QVariant value = how == exchange::Resolution::KeepCurrent ? row->value(0)
                     : how == exchange::Resolution::TakeOther ? lost
                                                              : newValue;
    if (Status s = exchange::settledValue(field, declared, &value); !s)
        return s;
    // A text left empty is written empty, as an office writes it (RowStore), never as NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        value = QStringLiteral("");
    const qint64 rowStamp = row->value(1).toLongLong();
    QJsonObject vv = jsonObject(row->value(2).toString()), fstamps = jsonObject(row->value(3).toString());

    // The hub's stamp: after everything the row and the conflict hold and the hub's last, so the
    // decision wins in every office and closes their conflicts of the field (RowMerge.h).
    auto last = hubMeta(hub, QStringLiteral("clock_last"));
    if (!last)
        return last.error();
    const qint64 stamp = qMax(HybridClock::pack(QDateTime::currentMSecsSinceEpoch(), 0),
                              qMax(last->toLongLong(), qMax(rowStamp, conflictStamp)) + 1);
    if (Status s = hub.exec(QStringLiteral("INSERT INTO hub_meta (key, value) VALUES ('clock_last', '%1') ON "
                                           "CONFLICT (key) DO UPDATE SET value = excluded.value")
                                .arg(stamp));
        !s)
        return s;
    vv.insert(id.siteId, QString::number(stamp));
    fstamps.insert(field, QJsonArray{QString::number(stamp), id.siteId});

    // The cases whose figures and search rows the decision may change: the case itself, or the
    // cases of a grid moved to another community.
    QStringList cases;
    if (table == QLatin1String("cases")) {
        cases << rowId;
    } else if (table == QLatin1String("grids") && field == QLatin1String("community_id")) {
        auto q = hub.run(QStringLiteral("SELECT id FROM cases WHERE grid_id = ?"), {rowId});
        if (!q)
            return q.error();
        while (q->next())
            cases << q->value(0).toString();
    }
    // A day of the calendar decided: the cases whose working days it touches are counted again.
    const bool calendar = table == QLatin1String("calendar_days");
    HubFigureUpkeep figures(hub);
    if (!cases.isEmpty() || calendar)
        if (Status s = figures.before(cases, calendar); !s)
            return s;
    auto write = hub.run(QStringLiteral("UPDATE %1 SET %2 = ?, site = ?, hlc = ?, vv = ?, fstamps = ? WHERE id = ?")
                             .arg(pgIdentifier(table), pgIdentifier(field)),
                         {value, id.siteId, stamp, compact(vv), compact(fstamps), rowId});
    if (!write)
        return write.error();
    if (table == QLatin1String("cases")) {
        auto refolded = refoldHubCases(hub, {rowId});
        if (!refolded)
            return refolded.error();
    }
    if (!cases.isEmpty() || calendar) {
        if (Status s = figures.after(); !s)
            return s;
        if (Status s = refreshHubSearch(hub, QStringLiteral("SELECT id FROM hub_figure_cases")); !s)
            return s;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto closed = hub.run(QStringLiteral("UPDATE merge_conflicts SET resolved_ms = ? WHERE table_name = ? AND row_id "
                                         "= ? AND field = ? AND resolved_ms IS NULL"),
                          {nowMs, table, rowId, field});
    if (!closed)
        return closed.error();
    // What the offices were sent of the hub's own edits goes below this one.
    if (Status s = lowerOfficeMarks(hub, {{id.siteId, stamp}}); !s)
        return s;
    const char *choice = how == exchange::Resolution::KeepCurrent ? "keep"
                         : how == exchange::Resolution::TakeOther ? "other"
                                                                  : "new";
    const QJsonObject detail{{QStringLiteral("table"), table},
                             {QStringLiteral("row"), rowId},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("kept"), kept.toString()},
                             {QStringLiteral("lost"), lost.toString()},
                             {QStringLiteral("choice"), QLatin1String(choice)},
                             {QStringLiteral("value"), QJsonValue::fromVariant(value)},
                             {QStringLiteral("stamp"), QString::number(stamp)}};
    auto audited = hub.run(QStringLiteral("INSERT INTO hub_audit (at_ms, action, target, detail) VALUES (?, 'resolve', "
                                          "?, ?)"),
                           {nowMs, QStringLiteral("merge_conflicts/%1").arg(conflictId), compact(detail)});
    if (!audited)
        return audited.error();
    return {};
}

} // namespace

Result<QList<exchange::MergeConflict>> openHubConflicts(HubConnection &hub)
{
    QHash<QString, QString> offices;
    {
        auto q = hub.run(QStringLiteral("SELECT site, office FROM hub_trust WHERE site <> ''"));
        if (!q)
            return q.error();
        while (q->next())
            offices.insert(q->value(0).toString(), q->value(1).toString());
    }
    auto q = hub.run(QStringLiteral("SELECT id, table_name, row_id, field, kept_value, lost_value, kept_stamp, "
                                    "lost_stamp, kept_site, lost_site, found_ms FROM merge_conflicts WHERE resolved_ms "
                                    "IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<exchange::MergeConflict> out;
    while (q->next()) {
        exchange::MergeConflict c;
        c.id = q->value(0).toLongLong();
        c.table = q->value(1).toString();
        c.rowId = q->value(2).toString();
        c.field = q->value(3).toString();
        c.kept = q->value(4).toString();
        c.lost = q->value(5).toString();
        c.keptStamp = q->value(6).toString();
        c.lostStamp = q->value(7).toString();
        c.keptSite = q->value(8).toString();
        c.lostSite = q->value(9).toString();
        c.foundMs = q->value(10).toLongLong();
        c.keptOffice = offices.value(c.keptSite, c.keptSite);
        c.lostOffice = offices.value(c.lostSite, c.lostSite);
        c.keptMs = HybridClock::physicalMs(c.keptStamp.toLongLong());
        c.lostMs = HybridClock::physicalMs(c.lostStamp.toLongLong());
        out << c;
    }
    return out;
}

Status resolveHubConflict(HubConnection &hub, qint64 conflictId, exchange::Resolution how, const QVariant &newValue)
{
    auto id = hubIdentity(hub);
    if (!id)
        return id.error();
    if (!hub.sql().transaction())
        return Error::make(ErrorKind::Internal,
                           Text::tr("Could not start a transaction on the hub: %1").arg(hub.sql().lastError().text()));
    // Never beside an ingest: a package touching the row must see the decision, or the decision it.
    Status s = hub.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4748)"));
    if (s)
        s = settle(hub, *id, conflictId, how, newValue);
    if (!s) {
        hub.sql().rollback();
        return s;
    }
    if (!hub.sql().commit()) {
        const QString why = hub.sql().lastError().text();
        hub.sql().rollback();
        return Error::make(ErrorKind::Internal, Text::tr("Could not commit the decision to the hub: %1").arg(why));
    }
    return {};
}

} // namespace gd::hub
