#include "RatingEntries.h"

#include "MonthReview.h"
#include "RatingTemplate.h"
#include "access/Permissions.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

} // namespace

Status enterValues(Database &db, const QString &month, const QList<EnteredValue> &values)
{
    const Result<bool> done = writeTransaction<bool>(db, Permission::ScoreReviews, [&]() -> Result<bool> {
        auto items = itemsForMonth(db, month);
        if (!items)
            return items.error();
        auto status = monthStatus(db, month);
        if (!status)
            return status.error();
        if (status->state == MonthState::Approved)
            return Error::invalid(
                QStringLiteral("month"),
                Text::tr("The review of %1 is approved and locked; reopen it with a reason first.").arg(month));
        RowStore rows(db);
        for (const EnteredValue &v : values) {
            const RatingItem *item = nullptr;
            for (const RatingItem &i : std::as_const(*items))
                if (i.code == v.itemCode)
                    item = &i;
            if (!item)
                return Error::invalid(QStringLiteral("item"),
                                      Text::tr("The review of %1 has no item %2.").arg(month, v.itemCode));
            if (item->kind != QLatin1String("entered") && item->kind != QLatin1String("bonus") &&
                item->kind != QLatin1String("veto"))
                return Error::invalid(
                    QStringLiteral("item"),
                    Text::tr("%1 is computed from the records; it cannot be typed in.").arg(item->name));
            const double max = item->kind == QLatin1String("veto") ? 1 : item->maxPoints;
            if (!(v.value >= 0 && v.value <= max))
                return Error::invalid(QStringLiteral("value"),
                                      Text::tr("%1: %2 is outside 0 – %3.").arg(item->name).arg(v.value).arg(max));
            if (!rows.exists(tables::workers(), v.workerId))
                return Error::invalid(QStringLiteral("worker"), Text::tr("There is no such worker."));
            const QString id = uuid::v5(QStringLiteral("rating_entries/%1/%2/%3").arg(month, v.workerId, item->id));
            const QVariantMap row{{QStringLiteral("month"), month},
                                  {QStringLiteral("worker_id"), v.workerId},
                                  {QStringLiteral("item_id"), item->id},
                                  {QStringLiteral("value"), v.value},
                                  {QStringLiteral("note"), v.note}};
            if (Status s = rows.put(tables::ratingEntries(), id, row); !s)
                return s.error();
        }
        return true;
    });
    return done.status();
}

Status enterValue(Database &db, const QString &month, const QString &workerId, const QString &itemCode, double value,
                  const QString &note)
{
    return enterValues(db, month, {EnteredValue{workerId, itemCode, value, note}});
}

} // namespace gd::rating
