#include "RepeatFinder.h"

#include "CaseTypes.h"
#include "TextSimilarity.h"
#include "Workflow.h"
#include "org/BuildingService.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// One way two cases can be "the same matter", and the index that finds it. INDEXED BY pins
// the plan: without ANALYZE statistics SQLite rates cases_category (category_id, received_ms)
// as good as cases_grid for "grid_id = ? AND category_id = ? AND received_ms >= ?", and a
// category spans the whole district — thousands of times more entries than one grid.
struct Lookup {
    const char *index;
    const char *match; // binds two values: the key and the category (the phone binds two spellings)
};
const Lookup kPhone = {"cases_phone", "reporter_phone IN (?, ?)"};
// Place and category together in one index (schema v22): the category is never a filter on rows.
const Lookup kBuilding = {"cases_building_category", "building_id = ? AND category_id = ?"};
const Lookup kGrid = {"cases_grid_category", "grid_id = ? AND category_id = ?"};
// The same building under another category: the desk may file one leak as plumbing, the next
// caller's as property; such a case counts when the texts are alike (kCrossCategorySimilarity).
const Lookup kBuildingOther = {"cases_building", "building_id = ? AND category_id <> ?"};

const char *const kColumns =
    "id, number, state, received_ms, reporter_phone, building_id, grid_id, category_id, description, request";

QString closedList()
{
    QStringList quoted;
    for (const QString &s : RepeatFinder::closedStates())
        quoted << QLatin1Char('\'') + s + QLatin1Char('\''); // fixed keys from code, never user text
    return quoted.join(QStringLiteral(", "));
}

// Within the window, open or closed: the index range (key, received_ms ≥ cutoff) is a month of
// one phone, building or grid. A closed case counts when it also closed inside the window; a
// completed case has no closed_ms until its callback, so its completion time stands in.
// Binds: match…, cutoff, excludeId, cutoff, limit.
QString recentSql(const Lookup &l)
{
    return QStringLiteral("SELECT %1 FROM cases INDEXED BY %2 WHERE %3 AND received_ms >= ? AND deleted = 0 "
                          "AND id <> ? AND (state NOT IN (%4) OR COALESCE(closed_ms, completed_ms, received_ms) >= ?) "
                          "ORDER BY received_ms DESC LIMIT ?")
        .arg(QLatin1String(kColumns), QLatin1String(l.index), QLatin1String(l.match), closedList());
}

// Before the window only open cases count; the range is bounded below by the look-back so a
// key with years of closed history is never walked to its start.
// Binds: match…, cutoff, horizon, excludeId, limit.
QString olderOpenSql(const Lookup &l)
{
    return QStringLiteral("SELECT %1 FROM cases INDEXED BY %2 WHERE %3 AND received_ms < ? AND received_ms >= ? "
                          "AND deleted = 0 AND id <> ? AND state NOT IN (%4) ORDER BY received_ms DESC LIMIT ?")
        .arg(QLatin1String(kColumns), QLatin1String(l.index), QLatin1String(l.match), closedList());
}

// Built once: the texts are fixed, and Database::prepared() caches a statement per text.
const QStringList &allSql()
{
    static const QStringList sql = [] {
        QStringList out;
        for (const Lookup *l : {&kPhone, &kBuilding, &kGrid, &kBuildingOther})
            out << recentSql(*l) << olderOpenSql(*l);
        return out;
    }();
    return sql;
}

struct Row {
    QString id, number, state, phone, buildingId, gridId, categoryId, text;
    qint64 receivedMs = 0;
};

QString digitsOf(const QString &phone)
{
    QString d;
    for (QChar c : phone)
        if (c.isDigit())
            d.append(c);
    return d;
}

} // namespace

QString RepeatFinder::caseText(const QString &description, const QString &request)
{
    // A line break between the two is dropped by normalisation, so the probe and the stored
    // case are joined the same way and compare alike.
    return request.isEmpty() ? description : description + QLatin1Char('\n') + request;
}

int RepeatFinder::windowDaysSetting(const Database &db)
{
    bool ok = false;
    const int days = db.meta(QLatin1String(kWindowMetaKey)).trimmed().toInt(&ok);
    return ok && days >= 1 && days <= 365 ? days : kDefaultWindowDays;
}

RepeatProbe RepeatFinder::probeFor(Database &db, const Case &c)
{
    RepeatProbe probe;
    probe.reporterPhone = c.reporterPhone;
    probe.buildingId = c.buildingId;
    probe.gridId = c.gridId;
    if (probe.gridId.isEmpty() && !probe.buildingId.isEmpty())
        if (auto b = BuildingService(db).building(probe.buildingId))
            probe.gridId = b->gridId;
    probe.categoryId = c.categoryId;
    probe.text = caseText(c.description, c.request);
    probe.windowDays = windowDaysSetting(db);
    probe.excludeCaseId = c.id;
    return probe;
}

RepeatScores RepeatFinder::scoresSetting(const Database &db)
{
    auto read = [&db](const char *key, int fallback) {
        bool ok = false;
        const int v = db.meta(QLatin1String(key)).trimmed().toInt(&ok);
        return ok && v >= 1 && v <= kMaxScore ? v : fallback;
    };
    RepeatScores out;
    out.attach = read(kAttachScoreKey, out.attach);
    out.review = read(kReviewScoreKey, out.review);
    if (out.review > out.attach)
        out = RepeatScores();
    return out;
}

QStringList RepeatFinder::closedStates()
{
    QStringList out;
    for (const QString &s : cases::states())
        if (!workflow::isOpen(s))
            out << s;
    return out;
}

QString RepeatFinder::reasonsKey(const RepeatCandidate &c)
{
    QStringList keys = c.reasons;
    if (c.textPercent >= 0)
        keys << QStringLiteral("text:%1").arg(c.textPercent);
    return keys.join(QLatin1Char(','));
}

QString RepeatFinder::describeReasons(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("gd::RepeatFinder", "same phone")},
        {QStringLiteral("building_category"), QT_TRANSLATE_NOOP("gd::RepeatFinder", "same building, same category")},
        {QStringLiteral("grid_category"), QT_TRANSLATE_NOOP("gd::RepeatFinder", "same grid, same category")},
        {QStringLiteral("building_text"), QT_TRANSLATE_NOOP("gd::RepeatFinder", "same building, another category")},
    };
    QStringList said;
    for (const QString &k : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (k.startsWith(QLatin1String("text:")))
            said << QCoreApplication::translate("gd::RepeatFinder", "text %1% alike").arg(k.mid(5).toInt());
        else if (names.contains(k))
            said << QCoreApplication::translate("gd::RepeatFinder", names.value(k));
    }
    return said.join(QCoreApplication::translate("gd::RepeatFinder", ", ", "separator between repeat reasons"));
}

QString RepeatFinder::likelihoodName(const QString &key)
{
    return key == QLatin1String("likely") ? QCoreApplication::translate("gd::RepeatFinder", "Very likely a repeat")
                                          : QCoreApplication::translate("gd::RepeatFinder", "Possibly a repeat");
}

QStringList RepeatFinder::querySql()
{
    return allSql();
}

QList<RepeatCandidate> RepeatFinder::find(const RepeatProbe &probe, int limit) const
{
    if (limit <= 0)
        return {};
    const qint64 now = probe.nowMs > 0 ? probe.nowMs : m_db.nowMs();
    const int windowDays = qMax(0, probe.windowDays);
    const qint64 cutoff = now - windowDays * kDayMs;
    const qint64 horizon = now - qMax(windowDays, probe.openLookbackDays) * kDayMs;
    // Enough rows per lookup that a textually close case a little older than the newest few
    // still reaches the ranking; about 200 texts compared at the default limit.
    const int perQuery = qBound(20, limit * 4, 100);

    const QString phone = check::normalizePhone(probe.reporterPhone);
    const QString phoneDigits = digitsOf(phone);
    const bool usePhone = phoneDigits.size() >= kMinPhoneDigits;
    const bool useCategory = !probe.categoryId.isEmpty();
    const bool useBuilding = useCategory && !probe.buildingId.isEmpty();
    const bool useGrid = useCategory && !probe.gridId.isEmpty();

    QHash<QString, Row> rows;
    auto run = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery &q = m_db.prepared(sql);
        q.setForwardOnly(true); // read once, front to back: no row cache for scrolling back
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec()) {
            qCWarning(lcStorage) << "repeat lookup failed:" << q.lastError().text();
            return;
        }
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (rows.contains(id))
                continue;
            Row r;
            r.id = id;
            r.number = q.value(1).toString();
            r.state = q.value(2).toString();
            r.receivedMs = q.value(3).toLongLong();
            r.phone = q.value(4).toString();
            r.buildingId = q.value(5).toString();
            r.gridId = q.value(6).toString();
            r.categoryId = q.value(7).toString();
            r.text = caseText(q.value(8).toString(), q.value(9).toString());
            rows.insert(id, r);
        }
        q.finish();
    };
    // A null QString binds as SQL NULL, and "id <> NULL" is never true: bind empty text instead.
    const QString exclude = probe.excludeCaseId.isNull() ? QStringLiteral("") : probe.excludeCaseId;
    // which: 0 phone, 1 building, 2 grid, 3 building in another category (the order of allSql()).
    auto lookup = [&](int which, const QVariant &a, const QVariant &b) {
        run(allSql().at(2 * which), {a, b, cutoff, exclude, cutoff, perQuery});
        run(allSql().at(2 * which + 1), {a, b, cutoff, horizon, exclude, perQuery});
    };
    // The service stores phones normalised; the bare-digit spelling also catches a landline
    // imported without its dash.
    if (usePhone)
        lookup(0, phone, phoneDigits);
    if (useBuilding)
        lookup(1, probe.buildingId, probe.categoryId);
    if (useGrid)
        lookup(2, probe.gridId, probe.categoryId);
    const bool useBuildingText = !probe.buildingId.isEmpty() && !probe.text.trimmed().isEmpty();
    if (useBuildingText)
        lookup(3, probe.buildingId, useCategory ? probe.categoryId : QStringLiteral(""));

    // Reasons come from the row itself, not from the lookup that found it: a case found by
    // grid may also share the phone, and a per-lookup LIMIT must not hide that.
    const QStringList closed = closedStates();
    const TextSimilarity::Profile probeText = TextSimilarity::profile(probe.text);
    QList<RepeatCandidate> out;
    out.reserve(rows.size());
    for (const Row &r : std::as_const(rows)) {
        // A merged case lives on as a report of the case it joined, which is the one to propose.
        if (r.state == QLatin1String("merged"))
            continue;
        RepeatCandidate c;
        c.caseId = r.id;
        c.number = r.number;
        c.state = r.state;
        c.receivedMs = r.receivedMs;
        c.open = !closed.contains(r.state);
        if (usePhone && !r.phone.isEmpty() && check::normalizePhone(r.phone) == phone) {
            c.reasons << QStringLiteral("phone");
            c.score += kPhoneScore;
        }
        const bool sameCategory = useCategory && r.categoryId == probe.categoryId;
        if (sameCategory && useBuilding && r.buildingId == probe.buildingId) {
            c.reasons << QStringLiteral("building_category");
            c.score += kBuildingScore;
        } else if (sameCategory && useGrid && r.gridId == probe.gridId) {
            c.reasons << QStringLiteral("grid_category");
            c.score += kGridScore;
        }
        const TextSimilarity::Profile text = TextSimilarity::profile(r.text);
        c.similarity = TextSimilarity::similarity(probeText, text);
        // The same building in another category: only when the texts say it is the same matter.
        if (!c.reasons.contains(QStringLiteral("building_category")) && useBuildingText &&
            r.buildingId == probe.buildingId && !sameCategory && c.similarity >= kCrossCategorySimilarity) {
            c.reasons << QStringLiteral("building_text");
            c.score += kBuildingScore;
        }
        if (c.reasons.isEmpty())
            continue; // matched a lookup only through a spelling that normalises differently
        c.score += qRound(kTextScore * c.similarity);
        if (c.open)
            c.score += kOpenScore;
        if (!probeText.isEmpty() && !text.isEmpty())
            c.textPercent = qRound(c.similarity * 100);
        c.reasonText = describeReasons(reasonsKey(c));
        c.likelihood = c.score >= kLikelyScore ? QStringLiteral("likely") : QStringLiteral("possible");
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const RepeatCandidate &a, const RepeatCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.receivedMs != b.receivedMs)
            return a.receivedMs > b.receivedMs;
        return a.caseId < b.caseId; // the same order on every run
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace gd
