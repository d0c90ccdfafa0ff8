#include "RatingTemplate.h"

#include "cases/ReferenceSeed.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct DefaultItem {
    const char *code, *name, *kind, *source;
    double maxPoints;
    const char *params;
};

// Out of 100 (docs/domain.md: visits, cases and on-time rate, satisfaction, information, patrol,
// training, judgement), then bonus and veto. Names are data: the office renames them.
const DefaultItem kDefaults[] = {
    {"handled", "办结诉求", "cases", "handled", 20, R"({"per_case":2})"},
    {"on_time", "按时办结率", "cases", "on_time", 15, "{}"},
    {"satisfaction", "群众满意度", "cases", "satisfaction", 15, "{}"},
    {"proactive", "主动发现问题", "cases", "proactive", 10, R"({"per_case":2.5})"},
    {"visits", "走访入户", "entered", "", 15, "{}"},
    {"information", "信息采集完整", "entered", "", 10, "{}"},
    {"training", "参加培训", "records", "training", 5, R"({"per_session":2.5})"}, // as schema v13 made it
    {"judgement", "综合评价", "entered", "", 10, "{}"},
    {"bonus", "加分项（表彰、经验推广）", "bonus", "", 5, "{}"},
    {"veto", "一票否决", "veto", "", 0, "{}"},
};

constexpr char kFirstMonth[] = "2000-01";

} // namespace

bool isMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

MonthDays monthDays(const QString &month)
{
    return {month + QStringLiteral("-01"), month + QStringLiteral("-32")};
}

Status seedDefaultTemplate(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rating_items(%1, code, name, kind, source, max_points, params, from_month, "
                             "to_month, sort) VALUES(%2, ?, ?, ?, ?, ?, ?, ?, '', ?) ON CONFLICT(id) DO NOTHING")
                  .arg(QLatin1String(kSeedMetaColumns), QLatin1String(kSeedMetaValues)));
    int sort = 0;
    for (const DefaultItem &d : kDefaults) {
        bindSeedMeta(
            q, uuid::v5(QStringLiteral("rating_items/%1/%2").arg(QLatin1String(kFirstMonth), QLatin1String(d.code))));
        q.addBindValue(QLatin1String(d.code));
        q.addBindValue(QString::fromUtf8(d.name));
        q.addBindValue(QLatin1String(d.kind));
        q.addBindValue(QLatin1String(d.source));
        q.addBindValue(d.maxPoints);
        q.addBindValue(QLatin1String(d.params));
        q.addBindValue(QLatin1String(kFirstMonth));
        q.addBindValue(sort += 10);
        if (Status failed = exec(q); !failed)
            return failed.error();
    }
    return {};
}

Result<QList<RatingItem>> itemsForMonth(Database &db, const QString &month)
{
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"),
                              QCoreApplication::translate("gd::rating", "%1 is not a month (YYYY-MM).").arg(month));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, code, name, kind, source, max_points, params, from_month, to_month, sort "
                             "FROM rating_items WHERE deleted = 0 AND from_month <= ? AND (to_month = '' OR "
                             "to_month >= ?) ORDER BY sort, code"));
    q.addBindValue(month);
    q.addBindValue(month);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<RatingItem> items;
    while (q.next())
        items << RatingItem{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toDouble(),
                            QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                            q.value(7).toString(),
                            q.value(8).toString(),
                            q.value(9).toInt()};
    return items;
}

} // namespace gd::rating
