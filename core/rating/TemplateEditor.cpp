#include "TemplateEditor.h"

#include "access/Permissions.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

QString monthBefore(const QString &month)
{
    return QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"))
        .addMonths(-1)
        .toString(QStringLiteral("yyyy-MM"));
}

bool sameDefinition(const RatingItem &a, const RatingItem &b)
{
    return a.code == b.code && a.name == b.name && a.kind == b.kind && a.source == b.source &&
           qFuzzyCompare(1 + a.maxPoints, 1 + b.maxPoints) && a.params == b.params && a.sort == b.sort;
}

QVariantMap valuesOf(const RatingItem &item, const QString &fromMonth)
{
    return {{QStringLiteral("code"), item.code},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("source"), item.source},
            {QStringLiteral("max_points"), item.maxPoints},
            {QStringLiteral("params"), QString::fromUtf8(QJsonDocument(item.params).toJson(QJsonDocument::Compact))},
            {QStringLiteral("from_month"), fromMonth},
            {QStringLiteral("to_month"), QString()},
            {QStringLiteral("sort"), item.sort}};
}

} // namespace

QString rateParameter(const QString &kind, const QString &source)
{
    if (kind == QLatin1String("records"))
        return source == QLatin1String("visits") ? QStringLiteral("per_visit") : QStringLiteral("per_session");
    if (kind == QLatin1String("cases") && (source == QLatin1String("handled") || source == QLatin1String("proactive")))
        return QStringLiteral("per_case");
    return {};
}

QStringList itemKinds()
{
    return {QStringLiteral("cases"), QStringLiteral("records"), QStringLiteral("entered"), QStringLiteral("bonus"),
            QStringLiteral("veto")};
}

QStringList itemSources(const QString &kind)
{
    if (kind == QLatin1String("cases"))
        return {QStringLiteral("handled"), QStringLiteral("on_time"), QStringLiteral("satisfaction"),
                QStringLiteral("proactive")};
    if (kind == QLatin1String("records"))
        return {QStringLiteral("training"), QStringLiteral("visits")};
    return {QString()};
}

Error checkTemplate(const QList<RatingItem> &items)
{
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    QSet<QString> codes;
    double base = 0;
    for (int i = 0; i < items.size(); ++i) {
        const RatingItem &it = items.at(i);
        const QString row = Text::tr("Item %1").arg(i + 1);
        if (!codeRe.match(it.code).hasMatch())
            return Error::invalid(
                QStringLiteral("code"),
                Text::tr("%1: the code is lower-case letters, digits and _ (up to 32), starting with a "
                         "letter, not \"%2\".")
                    .arg(row, it.code));
        if (codes.contains(it.code))
            return Error::invalid(QStringLiteral("code"), Text::tr("%1: the code %2 is used twice.").arg(row, it.code));
        codes.insert(it.code);
        if (it.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("name"), Text::tr("%1 (%2): give the item a name.").arg(row, it.code));
        if (!itemKinds().contains(it.kind))
            return Error::invalid(QStringLiteral("kind"),
                                  Text::tr("%1 (%2): the kind is one of %3, not \"%4\".")
                                      .arg(row, it.name, itemKinds().join(QStringLiteral(", ")), it.kind));
        if (!itemSources(it.kind).contains(it.source))
            return Error::invalid(QStringLiteral("source"),
                                  Text::tr("%1 (%2): an item of kind %3 is counted from one of: %4.")
                                      .arg(row, it.name, it.kind, itemSources(it.kind).join(QStringLiteral(", "))));
        const bool veto = it.kind == QLatin1String("veto");
        if (!(it.maxPoints >= 0 && it.maxPoints <= 100) || (veto && it.maxPoints != 0))
            return Error::invalid(QStringLiteral("max_points"),
                                  veto ? Text::tr("%1 (%2): a veto item scores no points (0).").arg(row, it.name)
                                       : Text::tr("%1 (%2): the maximum is 0 to 100 points.").arg(row, it.name));
        if (const QString key = rateParameter(it.kind, it.source);
            !key.isEmpty() && !(it.params.value(key).toDouble() > 0))
            return Error::invalid(
                QStringLiteral("rate"),
                Text::tr("%1 (%2): give the points for each case or session counted (above 0).").arg(row, it.name));
        if (!veto && it.kind != QLatin1String("bonus"))
            base += it.maxPoints;
    }
    if (qAbs(base - 100) > 1e-6)
        return Error::invalid(
            QStringLiteral("max_points"),
            Text::tr("The items other than bonus and veto must make 100 points together, not %1.").arg(base));
    return {};
}

Status saveTemplate(Database &db, const QString &fromMonth, const QList<RatingItem> &items)
{
    if (!isMonth(fromMonth))
        return Error::invalid(QStringLiteral("month"), Text::tr("%1 is not a month (YYYY-MM).").arg(fromMonth));
    if (Error e = checkTemplate(items); e.kind != ErrorKind::None)
        return e;
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   QSqlQuery q(db.sql());
                   if (Status failed = exec(q, QStringLiteral("SELECT max(month) FROM rating_months WHERE state = "
                                                              "'approved' AND deleted = 0"));
                       !failed)
                       return failed.error();
                   const QString approved = q.next() ? q.value(0).toString() : QString();
                   if (!approved.isEmpty() && fromMonth <= approved)
                       return Error::invalid(
                           QStringLiteral("month"),
                           Text::tr("%1 is reviewed and approved already: change the template from %2 on.")
                               .arg(approved,
                                    QDate::fromString(approved + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"))
                                        .addMonths(1)
                                        .toString(QStringLiteral("yyyy-MM"))));
                   auto current = itemsForMonth(db, fromMonth);
                   if (!current)
                       return current.error();
                   // Every row still in force from the month on, this version's and later ones'.
                   q.prepare(QStringLiteral("SELECT id, from_month FROM rating_items WHERE deleted = 0 AND (to_month = "
                                            "'' OR to_month >= ?)"));
                   q.addBindValue(fromMonth);
                   if (Status failed = exec(q); !failed)
                       return failed.error();
                   QHash<QString, QString> inForce; // id → from_month
                   while (q.next())
                       inForce.insert(q.value(0).toString(), q.value(1).toString());
                   QHash<QString, RatingItem> kept; // code → unchanged current item
                   for (const RatingItem &now : *current)
                       for (const RatingItem &wanted : items)
                           if (sameDefinition(now, wanted))
                               kept.insert(now.code, now);
                   RowStore rows(db);
                   QSqlQuery typed(db.sql());
                   typed.prepare(
                       QStringLiteral("SELECT min(month) FROM rating_entries WHERE item_id = ? AND month >= ? "
                                      "AND deleted = 0"));
                   for (auto it = inForce.cbegin(); it != inForce.cend(); ++it) {
                       bool isKept = false;
                       for (const RatingItem &k : std::as_const(kept))
                           isKept = isKept || k.id == it.key();
                       if (isKept)
                           continue;
                       typed.bindValue(0, it.key());
                       typed.bindValue(1, fromMonth);
                       if (Status failed = exec(typed); !failed)
                           return failed.error();
                       if (typed.next() && !typed.value(0).isNull()) {
                           auto row = rows.fetch(tables::ratingItems(), it.key());
                           return Error::invalid(
                               QStringLiteral("month"),
                               Text::tr(
                                   "Values are typed for %1 in %2: a new version from %3 would hide them. Change the "
                                   "template from a month without them.")
                                   .arg(row ? row->value(QStringLiteral("name")).toString() : it.key(),
                                        typed.value(0).toString(), fromMonth));
                       }
                       typed.finish();
                       // Ended the month before; withdrawn if it only began in the month or later.
                       Status s = it.value() >= fromMonth
                                      ? rows.tombstone(tables::ratingItems(), it.key())
                                      : rows.update(tables::ratingItems(), it.key(),
                                                    {{QStringLiteral("to_month"), monthBefore(fromMonth)}});
                       if (!s)
                           return s.error();
                   }
                   for (const RatingItem &k : std::as_const(kept))
                       if (!k.toMonth.isEmpty()) // it stays, now with no end
                           if (Status s =
                                   rows.update(tables::ratingItems(), k.id, {{QStringLiteral("to_month"), QString()}});
                               !s)
                               return s.error();
                   for (const RatingItem &wanted : items) {
                       if (kept.contains(wanted.code))
                           continue;
                       if (auto id = rows.insert(tables::ratingItems(), valuesOf(wanted, fromMonth)); !id)
                           return id.error();
                   }
                   db.noteChanged(QStringLiteral("rating_items"));
                   return true;
               })
        .status();
}

} // namespace gd::rating
