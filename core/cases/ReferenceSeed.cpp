#include "ReferenceSeed.h"

#include "calendar/CalendarService.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

// The core is a static library: its resources are only linked in when something names them.
static void initSeedResources()
{
    Q_INIT_RESOURCE(core_data);
}

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::ReferenceSeed)
};

Result<QByteArray> readResource(const QString &path)
{
    initSeedResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Internal, Text::tr("The built-in reference data %1 is missing.").arg(path));
    return f.readAll();
}

Status failed(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, q.lastError().text());
}

} // namespace

void bindSeedMeta(QSqlQuery &q, const QString &id)
{
    q.addBindValue(id);
    q.addBindValue(seedSite()); // origin_site
    q.addBindValue(0);          // created_hlc
    q.addBindValue(seedSite()); // site
    q.addBindValue(0);          // hlc
}

const char kSeedMetaColumns[] = "id, origin_site, created_hlc, site, hlc, vv, fstamps, deleted";
const char kSeedMetaValues[] = "?, ?, ?, ?, ?, '{}', '{}', 0";

namespace {

const char *const kMetaColumns = kSeedMetaColumns;
const char *const kMetaValues = kSeedMetaValues;

Status seedCalendar(QSqlDatabase db)
{
    auto bytes = readResource(QStringLiteral(":/data/cn-calendar.csv"));
    if (!bytes)
        return bytes.error();
    // The shipped file goes through the administrator's parser: if it ever fails its own
    // checks, the build's tests say so instead of an office getting a broken calendar.
    auto days = CalendarService::parseCsv(*bytes);
    if (!days)
        return Error::make(ErrorKind::Internal, days.message());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO calendar_days(%1, date, kind, name) VALUES(%2, ?, ?, ?) "
                             "ON CONFLICT(id) DO NOTHING")
                  .arg(QLatin1String(kMetaColumns), QLatin1String(kMetaValues)));
    for (const CalendarDay &d : *days) {
        bindSeedMeta(q, CalendarService::idFor(d.date));
        q.addBindValue(d.date);
        q.addBindValue(d.kind);
        q.addBindValue(d.name);
        if (!q.exec())
            return failed(q);
    }
    return {};
}

struct Category {
    QString code, parentCode, name, route;
};

Result<QList<Category>> readCategories()
{
    auto bytes = readResource(QStringLiteral(":/data/categories.csv"));
    if (!bytes)
        return bytes.error();
    const QStringList lines = QString::fromUtf8(*bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<Category> out;
    QHash<QString, bool> seen;
    // Shipped data, written by us: no quoting, and any surprise is a build error, not a user's.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).trimmed().split(QLatin1Char(','));
        if (cells.size() != 4 || cells.at(0).isEmpty() || cells.at(2).isEmpty() ||
            (!cells.at(1).isEmpty() && !seen.contains(cells.at(1))))
            return Error::make(
                ErrorKind::Internal,
                QStringLiteral("categories.csv line %1 is malformed (a parent must come first)").arg(i + 1));
        seen.insert(cells.at(0), true);
        out << Category{cells.at(0), cells.at(1), cells.at(2), cells.at(3)};
    }
    return out;
}

QString categoryId(const QString &code)
{
    return uuid::v5(QStringLiteral("categories/") + code);
}

Status seedCategories(QSqlDatabase db)
{
    auto categories = readCategories();
    if (!categories)
        return categories.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO categories(%1, parent_id, code, name, route, active) "
                             "VALUES(%2, ?, ?, ?, ?, 1) ON CONFLICT(id) DO NOTHING")
                  .arg(QLatin1String(kMetaColumns), QLatin1String(kMetaValues)));
    // A seeded row nobody has edited (its stamp is still the seed's) follows the shipped data: every
    // office's upgrade makes the same row, so merging them changes nothing. An edited one is the
    // office's and stays as it is.
    QSqlQuery follow(db);
    follow.prepare(QStringLiteral("UPDATE categories SET name = ?, route = ? WHERE id = ? AND hlc = 0 AND site = ? AND "
                                  "(name <> ? OR route <> ?)"));
    for (const Category &c : *categories) {
        bindSeedMeta(q, categoryId(c.code));
        q.addBindValue(c.parentCode.isEmpty() ? QVariant() : QVariant(categoryId(c.parentCode)));
        q.addBindValue(c.code);
        q.addBindValue(c.name);
        q.addBindValue(c.route);
        if (!q.exec())
            return failed(q);
        for (const QVariant &v : {QVariant(c.name), QVariant(c.route), QVariant(categoryId(c.code)),
                                  QVariant(seedSite()), QVariant(c.name), QVariant(c.route)})
            follow.addBindValue(v);
        if (!follow.exec())
            return failed(follow);
    }
    return {};
}
} // namespace

Status seedReferenceData(QSqlDatabase db)
{
    if (Status s = seedCalendar(db); !s)
        return s;
    return seedCategories(db);
}

} // namespace gd
