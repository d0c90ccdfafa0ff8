#include "IdeaService.h"

#include "calendar/WorkCalendar.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::IdeaService)
};

QDate today(Database &db)
{
    return QDateTime::fromMSecsSinceEpoch(db.nowMs(), WorkCalendar::zone()).date();
}

// A day given, from 2000 on (and not before `notBefore` when given), not still to come.
Error checkDay(Database &db, const QString &field, const QDate &day, const QString &label, const QDate &notBefore = {})
{
    if (!day.isValid() || day.year() < 2000)
        return Error::invalid(field, Text::tr("Give %1, from 2000 on.").arg(label));
    if (day > today(db))
        return Error::invalid(field, Text::tr("%1 %2 is still to come.").arg(label, day.toString(Qt::ISODate)));
    if (notBefore.isValid() && day < notBefore)
        return Error::invalid(field, Text::tr("%1 %2 is before the idea was proposed (%3).")
                                         .arg(label, day.toString(Qt::ISODate), notBefore.toString(Qt::ISODate)));
    return {};
}

} // namespace

Result<QString> IdeaService::save(const Idea &idea)
{
    return writeTransaction<QString>(m_db, Permission::ScoreReviews, [&]() -> Result<QString> {
        RowStore rows(m_db);
        if (!idea.id.isEmpty() && !rows.exists(tables::ideas(), idea.id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such idea."));
        if (idea.streetId.isEmpty() || !rows.exists(tables::streets(), idea.streetId))
            return Error::invalid(QStringLiteral("street_id"), Text::tr("Choose the street that proposes the idea."));
        if (Error e = check::requiredText(QStringLiteral("title"), Text::tr("The idea's name"), idea.title, 60);
            e.isError())
            return e;
        if (Error e = check::optionalText(QStringLiteral("description"), Text::tr("The description"), idea.description,
                                          3000, true);
            e.isError())
            return e;
        if (Error e =
                check::optionalText(QStringLiteral("used_where"), Text::tr("Where it is used"), idea.usedWhere, 200);
            e.isError())
            return e;
        if (Error e =
                checkDay(m_db, QStringLiteral("proposed_on"), idea.proposedOn, Text::tr("the day it was proposed"));
            e.isError())
            return e;
        return saveRow(m_db, tables::ideas(), idea.id,
                       {{QStringLiteral("street_id"), idea.streetId},
                        {QStringLiteral("title"), idea.title.trimmed()},
                        {QStringLiteral("description"), idea.description.trimmed()},
                        {QStringLiteral("used_where"), idea.usedWhere.trimmed()},
                        {QStringLiteral("proposed_on"), idea.proposedOn.toString(Qt::ISODate)}});
    });
}

Status IdeaService::remove(const QString &id)
{
    return writeStatus(m_db, Permission::ScoreReviews, [&]() -> Status {
        RowStore rows(m_db);
        if (!rows.exists(tables::ideas(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such idea."));
        for (const TableDef *child : {&tables::ideaVisits(), &tables::ideaAdoptions()})
            for (const Row &r : selectRows(m_db, *child, QStringLiteral("idea_id = ?"), {id}))
                if (Status gone = rows.tombstone(*child, r.first); !gone)
                    return gone;
        return rows.tombstone(tables::ideas(), id);
    });
}

Result<QString> IdeaService::addVisit(const IdeaVisit &v)
{
    return writeTransaction<QString>(m_db, Permission::ScoreReviews, [&]() -> Result<QString> {
        RowStore rows(m_db);
        auto idea = rows.fetch(tables::ideas(), v.ideaId);
        if (v.ideaId.isEmpty() || !idea)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such idea."));
        if (!v.streetId.isEmpty() && !rows.exists(tables::streets(), v.streetId))
            return Error::invalid(QStringLiteral("street_id"), Text::tr("There is no such street."));
        const QDate proposed = QDate::fromString(idea->value(QStringLiteral("proposed_on")).toString(), Qt::ISODate);
        if (Error e =
                checkDay(m_db, QStringLiteral("visited_on"), v.visitedOn, Text::tr("the day of the visit"), proposed);
            e.isError())
            return e;
        if (Error e = check::requiredText(QStringLiteral("visitors"), Text::tr("Who visited"), v.visitors, 200);
            e.isError())
            return e;
        if (Error e = check::optionalText(QStringLiteral("comments"), Text::tr("The comments"), v.comments, 3000, true);
            e.isError())
            return e;
        if (Error e =
                check::optionalText(QStringLiteral("refinement"), Text::tr("The refinement"), v.refinement, 3000, true);
            e.isError())
            return e;
        return saveRow(m_db, tables::ideaVisits(), v.id,
                       {{QStringLiteral("idea_id"), v.ideaId},
                        {QStringLiteral("street_id"), v.streetId.isEmpty() ? QVariant() : QVariant(v.streetId)},
                        {QStringLiteral("visited_on"), v.visitedOn.toString(Qt::ISODate)},
                        {QStringLiteral("visitors"), v.visitors.trimmed()},
                        {QStringLiteral("comments"), v.comments.trimmed()},
                        {QStringLiteral("refinement"), v.refinement.trimmed()}});
    });
}

Result<QString> IdeaService::adopt(const IdeaAdoption &a)
{
    return writeTransaction<QString>(m_db, Permission::ScoreReviews, [&]() -> Result<QString> {
        RowStore rows(m_db);
        auto idea = rows.fetch(tables::ideas(), a.ideaId);
        if (a.ideaId.isEmpty() || !idea)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such idea."));
        if (a.streetId.isEmpty() || !rows.exists(tables::streets(), a.streetId))
            return Error::invalid(QStringLiteral("street_id"), Text::tr("Choose the street that adopted the idea."));
        if (a.streetId == idea->value(QStringLiteral("street_id")).toString())
            return Error::invalid(QStringLiteral("street_id"),
                                  Text::tr("The street that proposed the idea does not adopt it."));
        const QDate proposed = QDate::fromString(idea->value(QStringLiteral("proposed_on")).toString(), Qt::ISODate);
        if (Error e =
                checkDay(m_db, QStringLiteral("adopted_on"), a.adoptedOn, Text::tr("the day of adoption"), proposed);
            e.isError())
            return e;
        if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), a.note, 200); e.isError())
            return e;
        const QString id = uuid::v5(QStringLiteral("idea_adoptions/%1/%2").arg(a.ideaId, a.streetId));
        if (Status s = rows.put(tables::ideaAdoptions(), id,
                                {{QStringLiteral("idea_id"), a.ideaId},
                                 {QStringLiteral("street_id"), a.streetId},
                                 {QStringLiteral("adopted_on"), a.adoptedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("note"), a.note.trimmed()}});
            !s)
            return s.error();
        return id;
    });
}

Status IdeaService::withdrawAdoption(const QString &id)
{
    return writeStatus(m_db, Permission::ScoreReviews, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::ideaAdoptions(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such adoption."));
        return RowStore(m_db).tombstone(tables::ideaAdoptions(), id);
    });
}

Status IdeaService::removeVisit(const QString &id)
{
    return writeStatus(m_db, Permission::ScoreReviews, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::ideaVisits(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such visit."));
        return RowStore(m_db).tombstone(tables::ideaVisits(), id);
    });
}

Result<Idea> IdeaService::get(const QString &id) const
{
    auto all = list(0);
    if (!all)
        return all.error();
    for (const Idea &i : std::as_const(*all))
        if (i.id == id)
            return i;
    return Error::make(ErrorKind::NotFound, Text::tr("There is no such idea."));
}

Result<QList<Idea>> IdeaService::list(int year) const
{
    // A district's ideas number in the tens a year: read whole.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT i.id, i.street_id, coalesce(s.name, ''), i.title, i.description, i.used_where, "
                             "i.proposed_on FROM ideas i LEFT JOIN streets s ON s.id = i.street_id WHERE i.deleted = 0 "
                             "AND (? = 0 OR substr(i.proposed_on, 1, 4) = printf('%04d', ?)) ORDER BY i.proposed_on "
                             "DESC, i.id"));
    // Each ? bound where it stands: Qt's SQLite driver refuses numbered parameters (?1).
    q.addBindValue(year);
    q.addBindValue(year);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<Idea> out;
    QHash<QString, int> index;
    while (q.next()) {
        Idea i;
        i.id = q.value(0).toString();
        i.streetId = q.value(1).toString();
        i.streetName = q.value(2).toString();
        i.title = q.value(3).toString();
        i.description = q.value(4).toString();
        i.usedWhere = q.value(5).toString();
        i.proposedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        index.insert(i.id, int(out.size()));
        out << i;
    }
    QSqlQuery v(m_db.sql());
    if (Status failed =
            exec(v, QStringLiteral("SELECT v.idea_id, v.id, coalesce(v.street_id, ''), coalesce(s.name, ''), "
                                   "v.visited_on, v.visitors, v.comments, v.refinement FROM idea_visits v "
                                   "LEFT JOIN streets s ON s.id = v.street_id WHERE v.deleted = 0 ORDER BY "
                                   "v.visited_on, v.id"));
        !failed)
        return failed.error();
    while (v.next())
        if (auto it = index.constFind(v.value(0).toString()); it != index.constEnd()) {
            IdeaVisit visit;
            visit.ideaId = v.value(0).toString();
            visit.id = v.value(1).toString();
            visit.streetId = v.value(2).toString();
            visit.streetName = v.value(3).toString();
            visit.visitedOn = QDate::fromString(v.value(4).toString(), Qt::ISODate);
            visit.visitors = v.value(5).toString();
            visit.comments = v.value(6).toString();
            visit.refinement = v.value(7).toString();
            out[*it].visits << visit;
        }
    QSqlQuery a(m_db.sql());
    if (Status failed =
            exec(a, QStringLiteral("SELECT a.idea_id, a.id, a.street_id, coalesce(s.name, ''), a.adopted_on, "
                                   "a.note FROM idea_adoptions a LEFT JOIN streets s ON s.id = a.street_id "
                                   "WHERE a.deleted = 0 ORDER BY a.adopted_on, s.name"));
        !failed)
        return failed.error();
    while (a.next())
        if (auto it = index.constFind(a.value(0).toString()); it != index.constEnd())
            out[*it].adoptions << IdeaAdoption{
                a.value(1).toString(), a.value(0).toString(),
                a.value(2).toString(), QDate::fromString(a.value(4).toString(), Qt::ISODate),
                a.value(5).toString(), a.value(3).toString()};
    return out;
}

Result<QList<IdeaService::Adopted>> IdeaService::adoptedIn(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT i.title, coalesce(p.name, ''), coalesce(s.name, ''), a.adopted_on FROM "
                       "idea_adoptions a JOIN ideas i ON i.id = a.idea_id LEFT JOIN streets p ON p.id = "
                       "i.street_id LEFT JOIN streets s ON s.id = a.street_id WHERE a.deleted = 0 AND i.deleted = "
                       "0 AND a.adopted_on BETWEEN ? AND ? ORDER BY a.adopted_on, i.title, s.name"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<Adopted> out;
    while (q.next())
        out << Adopted{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    return out;
}

} // namespace gd
