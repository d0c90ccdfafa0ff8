#include "ExemplaryService.h"

#include "ExemplarySearch.h"
#include "calendar/WorkCalendar.h"
#include "disputes/DisputeTypes.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/ImageBytes.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::ExemplaryService)
};

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, WorkCalendar::zone()).date();
}

// A title from the first line of a text, cut at 30 characters.
QString titleFrom(const QString &text)
{
    QString t = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return t.size() > 30 ? t.left(29) + QChar(0x2026) : t;
}

struct Source {
    QString communityId, gridId, category, workerId, title, background, effect;
    QDate day;
};

// What each kind of source says, read in one statement. A council credits no one worker.
Result<Source> readSource(Database &db, const QString &kind, const QString &id)
{
    QString sql;
    if (kind == QLatin1String("case"))
        sql = QStringLiteral("SELECT g.community_id, s.grid_id, s.received_ms, coalesce(c.name, ''), "
                             "coalesce(s.found_by_worker_id, s.handler_worker_id, ''), s.description, s.request, '' "
                             "FROM cases s LEFT JOIN grids g ON g.id = s.grid_id LEFT JOIN categories c ON c.id = "
                             "s.category_id WHERE s.id = ? AND s.deleted = 0");
    else if (kind == QLatin1String("dispute"))
        sql = QStringLiteral("SELECT g.community_id, s.grid_id, s.found_ms, s.kind, coalesce(s.found_by, ''), "
                             "s.summary, '', s.agreement FROM disputes s JOIN grids g ON g.id = s.grid_id WHERE s.id "
                             "= ? AND s.deleted = 0");
    else if (kind == QLatin1String("council"))
        sql = QStringLiteral("SELECT s.community_id, coalesce(s.grid_id, ''), s.at_ms, '', '', s.topic, s.positions, "
                             "s.resolution FROM councils s WHERE s.id = ? AND s.deleted = 0");
    else if (kind == QLatin1String("volunteer_service"))
        sql = QStringLiteral("SELECT g.community_id, s.grid_id, s.at_ms, coalesce(k.name, ''), coalesce(t.leader_id, "
                             "''), s.summary, '', '' FROM volunteer_services s JOIN grids g ON g.id = s.grid_id LEFT "
                             "JOIN volunteer_kinds k ON k.id = s.kind_id LEFT JOIN volunteer_teams t ON t.id = "
                             "s.team_id WHERE s.id = ? AND s.deleted = 0");
    else
        return Error::invalid(QStringLiteral("source_kind"),
                              Text::tr("An exemplary case is written up from a request, a dispute, a council or a "
                                       "volunteer service."));
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (id.isEmpty() || !q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such %1.").arg(exemplary::sourceKindName(kind)));
    if (q.value(0).toString().isEmpty())
        return Error::invalid(QStringLiteral("source_id"),
                              Text::tr("The request has no grid yet: give it its grid before writing it up."));
    Source s;
    s.communityId = q.value(0).toString();
    s.gridId = q.value(1).toString();
    s.day = dayOf(q.value(2).toLongLong());
    s.workerId = q.value(4).toString();
    const QString text = q.value(5).toString(), second = q.value(6).toString();
    s.title = titleFrom(text);
    s.background = second.isEmpty() ? text : text + QLatin1Char('\n') + second;
    s.effect = q.value(7).toString();
    // The contents' groups: a request's category; the other kinds each one group. Stored data that
    // every office shares (the booklet a district compiles), so in the offices' words whatever the
    // language of the desk that wrote it, as the reference data is.
    if (kind == QLatin1String("case"))
        s.category = q.value(3).toString();
    else if (kind == QLatin1String("dispute"))
        s.category = QStringLiteral("矛盾纠纷化解");
    else if (kind == QLatin1String("council"))
        s.category = QStringLiteral("居民议事");
    else
        s.category = QStringLiteral("志愿服务");
    return s;
}

Error checkParts(const ExemplaryCase &w)
{
    if (Error e = check::requiredText(QStringLiteral("title"), Text::tr("The title"), w.title, 60); e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("category"), Text::tr("The category"), w.category, 30);
        e.isError())
        return e;
    const struct {
        const char *field;
        QString label;
        const QString &value;
    } parts[] = {{"background", Text::tr("The background"), w.background},
                 {"actions", Text::tr("What the worker did"), w.actions},
                 {"effect", Text::tr("The result"), w.effect},
                 {"lessons", Text::tr("What others can learn"), w.lessons}};
    for (const auto &p : parts)
        if (Error e =
                check::optionalText(QString::fromLatin1(p.field), p.label, p.value, exemplary::kMaxPartChars, true);
            e.isError())
            return e;
    if (w.actions.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actions"), Text::tr("Write what the worker did."));
    if (w.photos.size() > exemplary::kMaxPhotos)
        return Error::invalid(QStringLiteral("photos"),
                              Text::tr("A write-up keeps at most %1 photos.").arg(exemplary::kMaxPhotos));
    for (int i = 0; i < w.photos.size(); ++i) {
        const ExemplaryPhoto &p = w.photos.at(i);
        if (!p.id.isEmpty())
            continue; // kept as stored
        if (!image::isJpegOrPng(p.image))
            return Error::invalid(QStringLiteral("photos"),
                                  Text::tr("Photo %1 is not a JPEG or PNG image.").arg(i + 1));
        if (p.image.size() > exemplary::kMaxPhotoBytes)
            return Error::invalid(
                QStringLiteral("photos"),
                Text::tr("Photo %1 is larger than %2 MB.").arg(i + 1).arg(exemplary::kMaxPhotoBytes / (1024 * 1024)));
        if (Error e = check::optionalText(QStringLiteral("caption"), Text::tr("A photo's caption"), p.caption, 100);
            e.isError())
            return e;
    }
    return {};
}

} // namespace

Result<ExemplaryCase> ExemplaryService::draftFrom(const QString &kind, const QString &sourceId) const
{
    auto source = readSource(m_db, kind, sourceId);
    if (!source)
        return source.error();
    ExemplaryCase w;
    w.sourceKind = kind;
    w.sourceId = sourceId;
    w.communityId = source->communityId;
    w.gridId = source->gridId;
    w.happenedOn = source->day;
    w.category = source->category;
    w.title = source->title;
    w.background = source->background;
    w.effect = source->effect;
    w.workerId = source->workerId;
    if (!w.workerId.isEmpty())
        if (auto worker = RowStore(m_db).fetch(tables::workers(), w.workerId)) {
            w.workerName = worker->value(QStringLiteral("name")).toString();
            w.workerStar = worker->value(QStringLiteral("star")).toInt();
        }
    return w;
}

Result<QString> ExemplaryService::save(const ExemplaryCase &w)
{
    return writeTransaction<QString>(m_db, Permission::ScoreReviews, [&]() -> Result<QString> {
        RowStore rows(m_db);
        ExemplaryCase stored;
        if (!w.id.isEmpty()) {
            auto before = get(w.id, false);
            if (!before)
                return before.error();
            stored = *before;
        } else {
            // A new write-up takes its area, day and worker from the source, as it is now.
            if (!exemplary::sourceKinds().contains(w.sourceKind))
                return Error::invalid(QStringLiteral("source_kind"), Text::tr("Choose what is written up."));
            auto draft = draftFrom(w.sourceKind, w.sourceId);
            if (!draft)
                return Error::invalid(QStringLiteral("source_id"), draft.message());
            if (auto other = ofSource(w.sourceId); other && !other->isEmpty())
                return Error::invalid(
                    QStringLiteral("source_id"),
                    Text::tr("This %1 is written up already.").arg(exemplary::sourceKindName(w.sourceKind)));
            stored = *draft;
            if (!w.workerId.isEmpty() && w.workerId != draft->workerId) {
                auto worker = rows.fetch(tables::workers(), w.workerId);
                if (!worker)
                    return Error::invalid(QStringLiteral("worker_id"), Text::tr("There is no such worker."));
                stored.workerId = w.workerId;
                stored.workerName = worker->value(QStringLiteral("name")).toString();
                stored.workerStar = worker->value(QStringLiteral("star")).toInt();
            }
        }
        if (Error e = checkParts(w); e.isError())
            return e;
        auto current = exemplary::indexCurrent(m_db);
        if (!current)
            return current.error();
        QVariantMap values{
            {QStringLiteral("category"), w.category.trimmed()},     {QStringLiteral("title"), w.title.trimmed()},
            {QStringLiteral("background"), w.background.trimmed()}, {QStringLiteral("actions"), w.actions.trimmed()},
            {QStringLiteral("effect"), w.effect.trimmed()},         {QStringLiteral("lessons"), w.lessons.trimmed()}};
        if (w.id.isEmpty()) {
            values.insert(
                {{QStringLiteral("source_kind"), stored.sourceKind},
                 {QStringLiteral("source_id"), stored.sourceId},
                 {QStringLiteral("community_id"), stored.communityId},
                 {QStringLiteral("grid_id"), stored.gridId.isEmpty() ? QVariant() : QVariant(stored.gridId)},
                 {QStringLiteral("happened_on"), stored.happenedOn.toString(Qt::ISODate)},
                 {QStringLiteral("worker_id"), stored.workerId.isEmpty() ? QVariant() : QVariant(stored.workerId)},
                 {QStringLiteral("worker_name"), stored.workerName},
                 {QStringLiteral("worker_star"), stored.workerStar},
                 {QStringLiteral("state"), QStringLiteral("draft")}});
        }
        bool changed = w.id.isEmpty();
        QString id = w.id;
        if (w.id.isEmpty()) {
            auto added = rows.insert(tables::exemplaryCases(), values);
            if (!added)
                return added;
            id = *added;
        } else if (Status s = rows.update(tables::exemplaryCases(), id, values, &changed); !s) {
            return s.error();
        }
        QStringList kept;
        for (const ExemplaryPhoto &p : w.photos)
            if (!p.id.isEmpty())
                kept << p.id;
        for (const Row &r : selectRows(m_db, tables::exemplaryPhotos(), QStringLiteral("exemplary_id = ?"), {id}))
            if (!kept.contains(r.first)) {
                if (Status gone = rows.tombstone(tables::exemplaryPhotos(), r.first); !gone)
                    return gone.error();
                changed = true;
            }
        for (const ExemplaryPhoto &p : w.photos)
            if (p.id.isEmpty()) {
                if (auto added =
                        rows.insert(tables::exemplaryPhotos(), {{QStringLiteral("exemplary_id"), id},
                                                                {QStringLiteral("image"), p.image},
                                                                {QStringLiteral("caption"), p.caption.trimmed()}});
                    !added)
                    return added;
                changed = true;
            }
        // An approved write-up edited (its text or its photos) goes back to review.
        if (changed && stored.state == QLatin1String("approved"))
            if (Status s = rows.update(tables::exemplaryCases(), id,
                                       {{QStringLiteral("state"), QStringLiteral("draft")},
                                        {QStringLiteral("approved_by"), QString()},
                                        {QStringLiteral("approved_ms"), 0}});
                !s)
                return s.error();
        if (Status s = exemplary::renewEntry(m_db, id, *current); !s)
            return s.error();
        return id;
    });
}

Status ExemplaryService::approve(const QString &id)
{
    return writeStatus(m_db, Permission::ApproveReviews, [&]() -> Status {
        auto w = get(id, false);
        if (!w)
            return w.status();
        if (w->state == QLatin1String("approved"))
            return Error::invalid(QStringLiteral("state"), Text::tr("The write-up is approved already."));
        auto current = exemplary::indexCurrent(m_db);
        if (!current)
            return current.status();
        const QString by = m_db.actor().displayName.isEmpty() ? m_db.actor().login : m_db.actor().displayName;
        if (Status s = RowStore(m_db).update(tables::exemplaryCases(), id,
                                             {{QStringLiteral("state"), QStringLiteral("approved")},
                                              {QStringLiteral("approved_by"), by},
                                              {QStringLiteral("approved_ms"), m_db.nowMs()}});
            !s)
            return s;
        return exemplary::renewEntry(m_db, id, *current);
    });
}

Status ExemplaryService::remove(const QString &id)
{
    return writeStatus(m_db, Permission::ScoreReviews, [&]() -> Status {
        RowStore rows(m_db);
        auto row = rows.fetch(tables::exemplaryCases(), id);
        if (!row)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such write-up."));
        // An approved write-up is part of what the district compiles: only an approver removes it.
        if (row->value(QStringLiteral("state")).toString() == QLatin1String("approved"))
            if (Status may = requirePermission(m_db, Permission::ApproveReviews); !may)
                return may;
        auto current = exemplary::indexCurrent(m_db);
        if (!current)
            return current.status();
        for (const Row &r : selectRows(m_db, tables::exemplaryPhotos(), QStringLiteral("exemplary_id = ?"), {id}))
            if (Status gone = rows.tombstone(tables::exemplaryPhotos(), r.first); !gone)
                return gone;
        if (Status s = rows.tombstone(tables::exemplaryCases(), id); !s)
            return s;
        return exemplary::renewEntry(m_db, id, *current);
    });
}

Result<QString> ExemplaryService::ofSource(const QString &sourceId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM exemplary_cases WHERE source_id = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(sourceId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace gd
