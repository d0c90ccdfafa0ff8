#include "RatingEntries.h"

#include "RatingTemplate.h"
#include "people/Permissions.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::rating {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::rating", text);
}

} // namespace

Status enterValue(Database &db, const QString &month, const QString &workerId, const QString &itemCode, double value,
                  const QString &note)
{
    if (Status allowed = requirePermission(db, Permission::ScoreReviews); !allowed)
        return allowed;
    auto items = itemsForMonth(db, month);
    if (!items)
        return items.status();
    const RatingItem *item = nullptr;
    for (const RatingItem &i : std::as_const(*items))
        if (i.code == itemCode)
            item = &i;
    if (!item)
        return Error::invalid(QStringLiteral("item"), tr("The review of %1 has no item %2.").arg(month, itemCode));
    if (item->kind != QLatin1String("entered") && item->kind != QLatin1String("bonus") &&
        item->kind != QLatin1String("veto"))
        return Error::invalid(QStringLiteral("item"),
                              tr("%1 is computed from the records; it cannot be typed in.").arg(item->name));
    const double max = item->kind == QLatin1String("veto") ? 1 : item->maxPoints;
    if (!(value >= 0 && value <= max))
        return Error::invalid(QStringLiteral("value"),
                              tr("%1: %2 is outside 0 – %3.").arg(item->name).arg(value).arg(max));
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT state FROM rating_months WHERE month = ? AND deleted = 0"));
        q.addBindValue(month);
        if (q.exec() && q.next() && q.value(0).toString() == QLatin1String("approved"))
            return Error::invalid(
                QStringLiteral("month"),
                tr("The review of %1 is approved and locked; reopen it with a reason first.").arg(month));
    }
    RowStore rows(db);
    if (!rows.exists(tables::workers(), workerId))
        return Error::invalid(QStringLiteral("worker"), tr("There is no such worker."));
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    const QString id = uuid::v5(QStringLiteral("rating_entries/%1/%2/%3").arg(month, workerId, item->id));
    const QVariantMap values{{QStringLiteral("month"), month},
                             {QStringLiteral("worker_id"), workerId},
                             {QStringLiteral("item_id"), item->id},
                             {QStringLiteral("value"), value},
                             {QStringLiteral("note"), note}};
    if (rows.known(tables::ratingEntries(), id)) {
        if (!rows.exists(tables::ratingEntries(), id))
            if (Status s = rows.restore(tables::ratingEntries(), id); !s)
                return s;
        if (Status s = rows.update(tables::ratingEntries(), id, values); !s)
            return s;
    } else if (auto made = rows.insert(tables::ratingEntries(), values, id); !made) {
        return made.status();
    }
    return tx.commit();
}

} // namespace gd::rating
