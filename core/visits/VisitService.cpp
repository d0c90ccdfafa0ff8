#include "VisitService.h"

#include "CareRegister.h"
#include "access/PersonalData.h"
#include "cases/CaseService.h"
#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/ImageBytes.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::VisitService)
};

constexpr qint64 kClockSlackMs = 5 * 60 * 1000; // a PC's clock a few minutes behind the desk's

const char kRowSql[] =
    "SELECT v.id, v.worker_id, coalesce(w.name, ''), v.kind, v.grid_id, g.name, coalesce(b.name, ''), v.unit, v.room, "
    "v.place, substr(v.found, 1, 80), coalesce(v.case_id, ''), coalesce(c.number, ''), v.at_ms, (SELECT count(*) FROM "
    "visit_photos p WHERE p.visit_id = v.id AND p.deleted = 0), coalesce(h.name, ''), coalesce(g.worker_id, ''), "
    "coalesce(g.head_id, '') FROM visits v JOIN grids g ON g.id = v.grid_id LEFT JOIN workers w ON w.id = v.worker_id "
    "LEFT JOIN buildings b ON b.id = v.building_id LEFT JOIN cases c ON c.id = v.case_id LEFT JOIN care_households h "
    "ON h.id = v.household_id";

VisitRow rowOf(const QSqlQuery &q, const Actor &actor)
{
    VisitRow r;
    r.id = q.value(0).toString();
    r.workerId = q.value(1).toString();
    r.workerName = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.gridId = q.value(4).toString();
    r.gridName = q.value(5).toString();
    r.place = VisitService::placeText(q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                      q.value(9).toString());
    r.found = q.value(10).toString();
    r.caseId = q.value(11).toString();
    r.caseNumber = q.value(12).toString();
    r.atMs = q.value(13).toLongLong();
    r.photos = q.value(14).toInt();
    const QString household = q.value(15).toString();
    r.householdName = household.isEmpty() || CareRegister::sees(actor, q.value(16).toString(), q.value(17).toString())
                          ? household
                          : privacy::maskName(household);
    return r;
}

} // namespace

QString VisitService::placeText(const QString &building, const QString &unit, const QString &room, const QString &place)
{
    QStringList parts;
    for (const QString &p : {building, unit.isEmpty() ? QString() : Text::tr("unit %1").arg(unit), room, place})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

Error VisitService::validate(const Visit &v) const
{
    RowStore rows(m_db);
    if (v.workerId.isEmpty() || !rows.exists(tables::workers(), v.workerId))
        return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the worker who made the visit."));
    if (!visits::kinds().contains(v.kind))
        return Error::invalid(QStringLiteral("kind"),
                              Text::tr("'%1' is neither a home visit nor a patrol.").arg(v.kind));
    if (v.atMs < tables::kEarliestMs)
        return Error::invalid(QStringLiteral("at_ms"), Text::tr("Give when the visit was made."));
    if (v.atMs > m_db.nowMs() + kClockSlackMs)
        return Error::invalid(QStringLiteral("at_ms"), Text::tr("The visit's time is in the future."));
    if (v.gridId.isEmpty() || !rows.exists(tables::grids(), v.gridId))
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the grid of the visit."));
    if (!v.buildingId.isEmpty()) {
        auto building = rows.fetch(tables::buildings(), v.buildingId);
        if (!building || building->value(QStringLiteral("grid_id")).toString() != v.gridId)
            return Error::invalid(QStringLiteral("building_id"), Text::tr("The building is not in the visit's grid."));
    }
    if (!v.householdId.isEmpty()) {
        auto household = rows.fetch(tables::careHouseholds(), v.householdId);
        if (!household || household->value(QStringLiteral("grid_id")).toString() != v.gridId)
            return Error::invalid(QStringLiteral("household_id"),
                                  Text::tr("The care household is not in the visit's grid."));
    }
    if (v.buildingId.isEmpty() && v.householdId.isEmpty() && v.place.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("place"), Text::tr("Say where: a building, a care household or a place."));
    if (Error e = check::optionalText(QStringLiteral("unit"), Text::tr("The unit"), v.unit, 20, false); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("room"), Text::tr("The room"), v.room, 20, false); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("place"), Text::tr("The place"), v.place, 100, false); e.isError())
        return e;
    if (Error e =
            check::optionalText(QStringLiteral("people_met"), Text::tr("Whom the worker met"), v.peopleMet, 200, false);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("found"), Text::tr("What was found"), v.found, 2000, true);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), v.note, 2000, true); e.isError())
        return e;
    if (v.photos.size() > visits::kMaxPhotos)
        return Error::invalid(QStringLiteral("photos"),
                              Text::tr("A visit keeps at most %1 photos.").arg(visits::kMaxPhotos));
    for (int i = 0; i < v.photos.size(); ++i) {
        if (!image::isJpegOrPng(v.photos.at(i)))
            return Error::invalid(QStringLiteral("photos"),
                                  Text::tr("Photo %1 is not a JPEG or PNG picture.").arg(i + 1));
        if (v.photos.at(i).size() > visits::kMaxPhotoBytes)
            return Error::invalid(QStringLiteral("photos"),
                                  Text::tr("Photo %1 is larger than %2 MB: make it smaller first.")
                                      .arg(i + 1)
                                      .arg(visits::kMaxPhotoBytes / (1024 * 1024)));
    }
    return {};
}

Result<QString> VisitService::record(const Visit &v)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = validate(v); e.isError())
            return e;
        RowStore rows(m_db);
        const auto orNull = [](const QString &id) { return id.isEmpty() ? QVariant() : QVariant(id); };
        auto id = rows.insert(tables::visits(),
                              {{QStringLiteral("worker_id"), v.workerId},
                               {QStringLiteral("kind"), v.kind},
                               {QStringLiteral("at_ms"), v.atMs},
                               {QStringLiteral("grid_id"), v.gridId},
                               {QStringLiteral("building_id"), orNull(v.buildingId)},
                               {QStringLiteral("unit"), v.unit.trimmed()},
                               {QStringLiteral("room"), v.room.trimmed()},
                               {QStringLiteral("place"), v.place.trimmed()},
                               {QStringLiteral("household_id"), orNull(v.householdId)},
                               {QStringLiteral("people_met"), v.peopleMet.trimmed()},
                               {QStringLiteral("found"), v.found.trimmed()},
                               {QStringLiteral("note"), v.note.trimmed()}},
                              v.id);
        if (!id)
            return id.error();
        for (const QByteArray &photo : v.photos)
            if (auto p = rows.insert(tables::visitPhotos(),
                                     {{QStringLiteral("visit_id"), *id}, {QStringLiteral("image"), photo}});
                !p)
                return p.error();
        return *id;
    });
}

Result<Visit> VisitService::visit(const QString &id) const
{
    RowStore rows(m_db);
    auto row = rows.fetch(tables::visits(), id);
    if (!row)
        return row.error();
    Visit v;
    v.id = id;
    const auto text = [&row](const char *f) { return row->value(QLatin1String(f)).toString(); };
    v.workerId = text("worker_id");
    v.kind = text("kind");
    v.atMs = row->value(QStringLiteral("at_ms")).toLongLong();
    v.gridId = text("grid_id");
    v.buildingId = text("building_id");
    v.unit = text("unit");
    v.room = text("room");
    v.place = text("place");
    v.householdId = text("household_id");
    v.peopleMet = text("people_met");
    v.found = text("found");
    v.note = text("note");
    v.caseId = text("case_id");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT image FROM visit_photos WHERE visit_id = ? AND deleted = 0 ORDER BY created_hlc, "
                             "id"));
    q.addBindValue(id);
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next())
        v.photos << q.value(0).toByteArray();
    return v;
}

Status VisitService::remove(const QString &id)
{
    auto done = writeTransaction<bool>(m_db, Permission::RecordGridWork, [&]() -> Result<bool> {
        RowStore rows(m_db);
        if (!rows.exists(tables::visits(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such visit."));
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM visit_photos WHERE visit_id = ? AND deleted = 0"));
        q.addBindValue(id);
        if (Status failed = exec(q); !failed)
            return failed.error();
        QStringList photos;
        while (q.next())
            photos << q.value(0).toString();
        for (const QString &p : std::as_const(photos))
            if (Status s = rows.tombstone(tables::visitPhotos(), p); !s)
                return s.error();
        if (Status s = rows.tombstone(tables::visits(), id); !s)
            return s.error();
        return true;
    });
    return done ? Status() : Status(done.error());
}

QList<keyset::Term> VisitService::filterTerms(const VisitFilter &f)
{
    QList<keyset::Term> where{{QStringLiteral("v.deleted = 0"), {}}};
    const auto add = [&](const QString &sql, const QVariant &value) { where << keyset::Term{sql, {value}}; };
    if (!f.gridId.isEmpty())
        add(QStringLiteral("v.grid_id = ?"), f.gridId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("v.grid_id IN (SELECT id FROM grids WHERE community_id = ?)"), f.communityId);
    if (!f.streetId.isEmpty())
        add(QStringLiteral("v.grid_id IN (SELECT sg.id FROM grids sg JOIN communities sc ON sc.id = sg.community_id "
                           "WHERE sc.street_id = ?)"),
            f.streetId);
    if (!f.workerId.isEmpty())
        add(QStringLiteral("v.worker_id = ?"), f.workerId);
    if (!f.householdId.isEmpty())
        add(QStringLiteral("v.household_id = ?"), f.householdId);
    if (!f.kind.isEmpty())
        add(QStringLiteral("v.kind = ?"), f.kind);
    if (f.fromMs > 0)
        add(QStringLiteral("v.at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("v.at_ms < ?"), f.toMs);
    if (f.foundOnly)
        where << keyset::Term{QStringLiteral("v.case_id IS NOT NULL"), {}};
    if (f.careOnly)
        where << keyset::Term{QStringLiteral("v.household_id IS NOT NULL"), {}};
    return where;
}

QString VisitService::filterSql(const VisitFilter &f, QVariantList *binds)
{
    return keyset::whereOf(filterTerms(f), binds);
}

Result<VisitPage> VisitService::page(const VisitFilter &f, int limit, const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"), Text::tr("Ask for 1 to %1 visits at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::readPage<VisitPage>(
        m_db, QLatin1String(kRowSql), where, binds, QStringLiteral("v.at_ms"), QStringLiteral("v.id"), limit, afterKey,
        [this](const QSqlQuery &q) { return rowOf(q, m_db.actor()); },
        [](const VisitRow &r) { return keyset::keyOf(r.atMs, r.id); });
}

Result<int> VisitService::count(const VisitFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<QList<qint64>> VisitService::countsIn(const ReadSource &source, const QList<VisitFilter> &filters)
{
    return keyset::countRowsEach(source, QStringLiteral("visits v"), filters, &VisitService::filterTerms);
}

Result<int> VisitService::countIn(const ReadSource &source, const VisitFilter &f)
{
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::countRows(source, QStringLiteral("visits v"), where, binds);
}

Result<QList<VisitRow>> VisitService::ofCase(const QString &caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("%1 WHERE v.deleted = 0 AND v.case_id = ? ORDER BY v.at_ms").arg(QLatin1String(kRowSql)));
    q.addBindValue(caseId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<VisitRow> out;
    while (q.next())
        out << rowOf(q, m_db.actor());
    return out;
}

Result<QString> VisitService::registerFinding(const QString &visitId, const Case &draft)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        auto v = visit(visitId);
        if (!v)
            return v.error();
        if (!v->caseId.isEmpty())
            return Error::invalid(QStringLiteral("case_id"), Text::tr("This visit's finding is already a case."));
        Case c = draft;
        c.channel = QStringLiteral("patrol");
        c.proactive = true;
        c.foundByWorkerId = v->workerId;
        if (c.gridId.isEmpty())
            c.gridId = v->gridId;
        if (c.buildingId.isEmpty() && c.gridId == v->gridId)
            c.buildingId = v->buildingId;
        if (c.description.trimmed().isEmpty())
            c.description = v->found;
        // The case's own transaction nests in this one: both are written, or neither.
        auto caseId = CaseService(m_db).registerCase(c);
        if (!caseId)
            return caseId.error();
        if (Status s = RowStore(m_db).update(tables::visits(), visitId, {{QStringLiteral("case_id"), *caseId}}); !s)
            return s.error();
        return *caseId;
    });
}

} // namespace gd
