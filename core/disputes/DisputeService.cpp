#include "DisputeService.h"

#include "access/PersonalData.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/ImageBytes.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DisputeService)
};

QVariant orNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

// The people who see a grid's residents: its worker, its head and its police grid's officer.
struct GridKeepers {
    bool found = false;
    QString workerId, headId, officerId;
};

GridKeepers keepersOf(Database &db, const QString &gridId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(g.worker_id, ''), coalesce(g.head_id, ''), coalesce(p.officer_id, '') "
                             "FROM grids g LEFT JOIN police_grids p ON p.id = g.police_grid_id AND p.deleted = 0 "
                             "WHERE g.id = ? AND g.deleted = 0"));
    q.addBindValue(gridId);
    GridKeepers k;
    if (q.exec() && q.next()) {
        k.found = true;
        k.workerId = q.value(0).toString();
        k.headId = q.value(1).toString();
        k.officerId = q.value(2).toString();
    }
    return k;
}

Error notKeeper()
{
    return Error::make(ErrorKind::Permission, Text::tr("Only the grid's worker, its grid head, the paired police "
                                                       "officer and supervisors see the parties to this dispute."));
}

Error checkTime(const char *field, qint64 ms, qint64 now, const QString &what)
{
    return check::happened(QLatin1String(field), ms, now, tables::kEarliestMs, what);
}

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-");
}

QVariantMap partyFields(const QString &disputeId, const DisputeParty &p)
{
    return {{QStringLiteral("dispute_id"), disputeId},
            {QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("phone"), p.phone.trimmed()},
            {QStringLiteral("address"), p.address.trimmed()}};
}

QVariantMap mediatorFields(const QString &disputeId, const DisputeMediator &m)
{
    return {{QStringLiteral("dispute_id"), disputeId},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("worker_id"), orNull(m.workerId)},
            {QStringLiteral("name"), m.name.trimmed()}};
}

} // namespace

bool DisputeService::maySee(const QString &gridId) const
{
    const GridKeepers k = keepersOf(m_db, gridId);
    return k.found && privacy::seesResidents(m_db.actor(), k.workerId, k.headId, k.officerId);
}

bool DisputeService::mayReview(const QString &gridId) const
{
    const Actor &a = m_db.actor();
    if (a.role == Role::Supervisor || a.role == Role::Admin || a.role == Role::System)
        return true;
    const GridKeepers k = keepersOf(m_db, gridId);
    return !a.workerId.isEmpty() && a.workerId == k.officerId;
}

Error DisputeService::validate(const Dispute &d) const
{
    RowStore rows(m_db);
    if (d.gridId.isEmpty() || !rows.exists(tables::grids(), d.gridId))
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the grid where the dispute is."));
    if (!disputes::sources().contains(d.source))
        return Error::invalid(QStringLiteral("source"),
                              Text::tr("'%1' is not a way a dispute is found.").arg(d.source));
    if (d.source == QLatin1String("case") && d.caseId.isEmpty())
        return Error::invalid(QStringLiteral("case_id"), Text::tr("Name the request the dispute came from."));
    if (!d.caseId.isEmpty()) {
        auto c = rows.fetch(tables::cases(), d.caseId);
        if (!c)
            return Error::invalid(QStringLiteral("case_id"), Text::tr("There is no such request."));
        if (c->value(QStringLiteral("grid_id")).toString() != d.gridId)
            return Error::invalid(QStringLiteral("case_id"), Text::tr("The request is not in the dispute's grid."));
    }
    if (!disputes::kinds().contains(d.kind))
        return Error::invalid(QStringLiteral("kind"), Text::tr("'%1' is not a kind of dispute.").arg(d.kind));
    if (!disputes::risks().contains(d.risk))
        return Error::invalid(QStringLiteral("risk"), Text::tr("'%1' is not a risk level.").arg(d.risk));
    if (Error e = checkTime("found_ms", d.foundMs, m_db.nowMs(), Text::tr("the dispute was found")); e.isError())
        return e;
    if (!d.foundBy.isEmpty() && !rows.exists(tables::workers(), d.foundBy))
        return Error::invalid(QStringLiteral("found_by"), Text::tr("The worker who found it is not in the register."));
    if (d.summary.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("summary"), Text::tr("Say what the dispute is about."));
    if (Error e = check::optionalText(QStringLiteral("summary"), Text::tr("What the dispute is about"), d.summary, 2000,
                                      true);
        e.isError())
        return e;
    if (d.parties.isEmpty())
        return Error::invalid(QStringLiteral("parties"), Text::tr("Name at least one party to the dispute."));
    if (d.parties.size() > disputes::kMaxParties)
        return Error::invalid(QStringLiteral("parties"),
                              Text::tr("A dispute lists at most %1 parties.").arg(disputes::kMaxParties));
    for (int i = 0; i < d.parties.size(); ++i) {
        const DisputeParty &p = d.parties.at(i);
        if (p.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("parties"), Text::tr("Party %1 has no name.").arg(i + 1));
        const QString party = Text::tr("Party %1").arg(i + 1);
        for (const auto &[value, most] : {std::pair{p.name, 50}, std::pair{p.phone, 30}, std::pair{p.address, 100}})
            if (Error e = check::optionalText(QStringLiteral("parties"), party, value, most); e.isError())
                return e;
    }
    if (d.mediators.size() > disputes::kMaxMediators)
        return Error::invalid(QStringLiteral("mediators"),
                              Text::tr("A dispute lists at most %1 mediators.").arg(disputes::kMaxMediators));
    for (int i = 0; i < d.mediators.size(); ++i) {
        const DisputeMediator &m = d.mediators.at(i);
        if (!disputes::mediatorKinds().contains(m.kind))
            return Error::invalid(QStringLiteral("mediators"),
                                  Text::tr("Mediator %1: '%2' is not a kind of mediator.").arg(i + 1).arg(m.kind));
        if (!m.workerId.isEmpty() && !rows.exists(tables::workers(), m.workerId))
            return Error::invalid(QStringLiteral("mediators"),
                                  Text::tr("Mediator %1 is not in the people register.").arg(i + 1));
        if (m.workerId.isEmpty() && m.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("mediators"),
                                  Text::tr("Mediator %1: choose the person or write the name.").arg(i + 1));
        if (Error e = check::optionalText(QStringLiteral("mediators"), Text::tr("Mediator %1").arg(i + 1), m.name, 50);
            e.isError())
            return e;
    }
    return {};
}

Status DisputeService::writeMembers(const QString &disputeId, const Dispute &d, bool replace)
{
    if (Status s = writeChildren(m_db, tables::disputeParties(), QStringLiteral("dispute_id"), disputeId, d.parties,
                                 replace, partyFields);
        !s)
        return s;
    return writeChildren(m_db, tables::disputeMediators(), QStringLiteral("dispute_id"), disputeId, d.mediators,
                         replace, mediatorFields);
}

Result<QString> DisputeService::record(const Dispute &d)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = validate(d); e.isError())
            return e;
        auto id = RowStore(m_db).insert(tables::disputes(),
                                        {{QStringLiteral("grid_id"), d.gridId},
                                         {QStringLiteral("source"), d.source},
                                         {QStringLiteral("case_id"), orNull(d.caseId)},
                                         {QStringLiteral("kind"), d.kind},
                                         {QStringLiteral("risk"), d.risk},
                                         {QStringLiteral("found_ms"), d.foundMs},
                                         {QStringLiteral("found_by"), orNull(d.foundBy)},
                                         {QStringLiteral("summary"), d.summary.trimmed()},
                                         {QStringLiteral("outcome"), QStringLiteral("open")}},
                                        d.id);
        if (!id)
            return id.error();
        if (Status s = writeMembers(*id, d, false); !s)
            return s.error();
        return *id;
    });
}

Status DisputeService::edit(const Dispute &d)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        auto before = load(d.id);
        if (!before)
            return Status(before.error());
        if (!maySee(before->gridId) || !maySee(d.gridId))
            return notKeeper();
        if (Error e = validate(d); e.isError())
            return e;
        if (Status s = RowStore(m_db).update(tables::disputes(), d.id,
                                             {{QStringLiteral("grid_id"), d.gridId},
                                              {QStringLiteral("source"), d.source},
                                              {QStringLiteral("case_id"), orNull(d.caseId)},
                                              {QStringLiteral("kind"), d.kind},
                                              {QStringLiteral("risk"), d.risk},
                                              {QStringLiteral("found_ms"), d.foundMs},
                                              {QStringLiteral("found_by"), orNull(d.foundBy)},
                                              {QStringLiteral("summary"), d.summary.trimmed()}});
            !s)
            return s;
        if (Status s = writeMembers(d.id, d, true); !s)
            return s;
        return {};
    });
}

Result<QString> DisputeService::addSession(const QString &disputeId, const DisputeSession &session)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        auto d = load(disputeId);
        if (!d)
            return d.error();
        if (d->outcome != QLatin1String("open"))
            return Error::invalid(
                QStringLiteral("outcome"),
                Text::tr("The dispute is %1: no more sessions.").arg(disputes::outcomeName(d->outcome)));
        if (Error e = checkTime("at_ms", session.atMs, m_db.nowMs(), Text::tr("the session was held")); e.isError())
            return e;
        if (session.atMs < d->foundMs)
            return Error::invalid(QStringLiteral("at_ms"), Text::tr("The session is before the dispute was found."));
        if (!disputes::sessionResults().contains(session.result))
            return Error::invalid(QStringLiteral("result"),
                                  Text::tr("'%1' is not a result of a session.").arg(session.result));
        if (Error e = check::optionalText(QStringLiteral("place"), Text::tr("The place"), session.place, 100, false);
            e.isError())
            return e;
        if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), session.note, 2000, true);
            e.isError())
            return e;
        return RowStore(m_db).insert(tables::disputeSessions(), {{QStringLiteral("dispute_id"), disputeId},
                                                                 {QStringLiteral("at_ms"), session.atMs},
                                                                 {QStringLiteral("place"), session.place.trimmed()},
                                                                 {QStringLiteral("result"), session.result},
                                                                 {QStringLiteral("note"), session.note.trimmed()}});
    });
}

Status DisputeService::conclude(const QString &id, qint64 atMs, const QVariantMap &fields)
{
    auto d = load(id);
    if (!d)
        return Status(d.error());
    if (d->outcome != QLatin1String("open"))
        return Error::invalid(QStringLiteral("outcome"),
                              Text::tr("The dispute is already %1.").arg(disputes::outcomeName(d->outcome)));
    if (Error e = checkTime("outcome_ms", atMs, m_db.nowMs(), Text::tr("it ended")); e.isError())
        return e;
    auto held = sessions(id);
    if (!held)
        return Status(held.error());
    const qint64 last = held->isEmpty() ? d->foundMs : qMax(d->foundMs, held->last().atMs);
    if (atMs < last)
        return Error::invalid(QStringLiteral("outcome_ms"),
                              Text::tr("The dispute cannot end before it was found or before its last session."));
    QVariantMap values = fields;
    values.insert(QStringLiteral("outcome_ms"), atMs);
    const QString note = values.value(QStringLiteral("outcome_note")).toString().trimmed();
    if (Error e = check::optionalText(QStringLiteral("outcome_note"), Text::tr("The note"), note, 2000, true);
        e.isError())
        return e;
    values.insert(QStringLiteral("outcome_note"), note);
    return RowStore(m_db).update(tables::disputes(), id, values);
}

Status DisputeService::settle(const QString &id, qint64 atMs, const QString &agreement, const QList<DisputeFile> &files,
                              const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (agreement.trimmed().isEmpty() && files.isEmpty())
            return Error::invalid(QStringLiteral("agreement"),
                                  Text::tr("A settled dispute keeps its agreement: write its text or attach the "
                                           "scan."));
        if (Error e =
                check::optionalText(QStringLiteral("agreement"), Text::tr("The agreement"), agreement, 5000, true);
            e.isError())
            return e;
        if (Status s = conclude(id, atMs,
                                {{QStringLiteral("outcome"), QStringLiteral("settled")},
                                 {QStringLiteral("agreement"), agreement.trimmed()},
                                 {QStringLiteral("outcome_note"), note}});
            !s)
            return s;
        for (const DisputeFile &f : files)
            if (auto added = attachFile(id, f); !added)
                return Status(added.error());
        return {};
    });
}

Status DisputeService::refer(const QString &id, qint64 atMs, const QString &target, const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!disputes::referralTargets().contains(target))
            return Error::invalid(QStringLiteral("referred_to"),
                                  Text::tr("Say where the dispute goes: the mediation committee, the police, a court "
                                           "or the petition office."));
        return conclude(id, atMs,
                        {{QStringLiteral("outcome"), QStringLiteral("referred")},
                         {QStringLiteral("referred_to"), target},
                         {QStringLiteral("outcome_note"), note}});
    });
}

Status DisputeService::withdraw(const QString &id, qint64 atMs, const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        return conclude(
            id, atMs,
            {{QStringLiteral("outcome"), QStringLiteral("withdrawn")}, {QStringLiteral("outcome_note"), note}});
    });
}

Status DisputeService::followUp(const QString &id, qint64 atMs, const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        auto d = load(id);
        if (!d)
            return Status(d.error());
        if (d->outcome != QLatin1String("settled"))
            return Error::invalid(QStringLiteral("followup_ms"),
                                  Text::tr("A follow-up visit is made after the dispute is settled."));
        if (Error e = checkTime("followup_ms", atMs, m_db.nowMs(), Text::tr("the follow-up visit was made"));
            e.isError())
            return e;
        if (atMs < d->outcomeMs)
            return Error::invalid(QStringLiteral("followup_ms"),
                                  Text::tr("The follow-up visit is before the dispute was settled."));
        if (note.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("followup_note"),
                                  Text::tr("Say what the follow-up visit found: does the agreement hold?"));
        if (Error e = check::optionalText(QStringLiteral("followup_note"), Text::tr("The note"), note, 2000, true);
            e.isError())
            return e;
        return RowStore(m_db).update(
            tables::disputes(), id,
            {{QStringLiteral("followup_ms"), atMs}, {QStringLiteral("followup_note"), note.trimmed()}});
    });
}

Status DisputeService::review(const QString &id, const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        auto d = load(id);
        if (!d)
            return Status(d.error());
        if (d->risk != QLatin1String("high"))
            return Error::invalid(QStringLiteral("risk"), Text::tr("Only a high-risk dispute is reviewed."));
        if (d->reviewedMs > 0)
            return Error::invalid(QStringLiteral("reviewed_ms"),
                                  Text::tr("The dispute was reviewed already by %1.").arg(d->reviewedBy));
        if (!mayReview(d->gridId))
            return Error::make(ErrorKind::Permission, Text::tr("A high-risk dispute is reviewed by a supervisor or "
                                                               "the paired police grid's officer."));
        if (note.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("review_note"), Text::tr("Say what the review decided."));
        if (Error e = check::optionalText(QStringLiteral("review_note"), Text::tr("The note"), note, 2000, true);
            e.isError())
            return e;
        const Actor &a = m_db.actor();
        return RowStore(m_db).update(
            tables::disputes(), id,
            {{QStringLiteral("reviewed_ms"), m_db.nowMs()},
             {QStringLiteral("reviewed_by"), a.displayName.isEmpty() ? a.login : a.displayName},
             {QStringLiteral("review_note"), note.trimmed()}});
    });
}

Result<QString> DisputeService::attachFile(const QString &id, const DisputeFile &file)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (!RowStore(m_db).exists(tables::disputes(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such dispute."));
        if (!image::isJpegOrPng(file.data) && !isPdf(file.data))
            return Error::invalid(QStringLiteral("data"),
                                  Text::tr("'%1' is not a JPEG, PNG or PDF file.").arg(file.name));
        if (file.data.size() > disputes::kMaxFileBytes)
            return Error::invalid(
                QStringLiteral("data"),
                Text::tr("'%1' is larger than %2 MB.").arg(file.name).arg(disputes::kMaxFileBytes / (1024 * 1024)));
        if (Error e = check::optionalText(QStringLiteral("name"), Text::tr("The file's name"), file.name, 200, false);
            e.isError())
            return e;
        return RowStore(m_db).insert(tables::disputeFiles(), {{QStringLiteral("dispute_id"), id},
                                                              {QStringLiteral("name"), file.name.trimmed()},
                                                              {QStringLiteral("data"), file.data}});
    });
}

Result<Dispute> DisputeService::load(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::disputes(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such dispute."));
    const auto text = [&row](const char *f) { return row->value(QLatin1String(f)).toString(); };
    const auto ms = [&row](const char *f) { return row->value(QLatin1String(f)).toLongLong(); };
    Dispute d;
    d.id = id;
    d.gridId = text("grid_id");
    d.source = text("source");
    d.caseId = text("case_id");
    d.kind = text("kind");
    d.risk = text("risk");
    d.foundMs = ms("found_ms");
    d.foundBy = text("found_by");
    d.summary = text("summary");
    d.outcome = text("outcome");
    d.outcomeMs = ms("outcome_ms");
    d.agreement = text("agreement");
    d.referredTo = text("referred_to");
    d.outcomeNote = text("outcome_note");
    d.followupMs = ms("followup_ms");
    d.followupNote = text("followup_note");
    d.reviewedMs = ms("reviewed_ms");
    d.reviewedBy = text("reviewed_by");
    d.reviewNote = text("review_note");
    for (const Row &r : selectRows(m_db, tables::disputeParties(), QStringLiteral("dispute_id = ?"), {id},
                                   QStringLiteral("created_hlc, id")))
        d.parties << DisputeParty{r.first, r.second.value(QStringLiteral("name")).toString(),
                                  r.second.value(QStringLiteral("phone")).toString(),
                                  r.second.value(QStringLiteral("address")).toString()};
    for (const Row &r : selectRows(m_db, tables::disputeMediators(), QStringLiteral("dispute_id = ?"), {id},
                                   QStringLiteral("created_hlc, id")))
        d.mediators << DisputeMediator{r.first, r.second.value(QStringLiteral("kind")).toString(),
                                       r.second.value(QStringLiteral("worker_id")).toString(),
                                       r.second.value(QStringLiteral("name")).toString()};
    return d;
}

Result<Dispute> DisputeService::open(const QString &id)
{
    auto d = load(id);
    if (!d)
        return d;
    if (!maySee(d->gridId)) {
        for (DisputeParty &p : d->parties) {
            p.name = privacy::maskName(p.name);
            p.phone = privacy::maskPhone(p.phone);
            p.address = privacy::maskAddress(p.address);
        }
        // What is written about the dispute names its parties as often as not (as in the list).
        for (QString *text : {&d->summary, &d->agreement, &d->outcomeNote, &d->followupNote, &d->reviewNote})
            text->clear();
        return d;
    }
    // Who looked at whose personal data, and when: in a transaction of its own.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("open_personal"), tables::disputes().name, id,
                                 {}, {{QStringLiteral("grid_id"), d->gridId}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return d;
}

Result<QList<DisputeSession>> DisputeService::sessions(const QString &id) const
{
    QList<DisputeSession> out;
    for (const Row &r : selectRows(m_db, tables::disputeSessions(), QStringLiteral("dispute_id = ?"), {id},
                                   QStringLiteral("at_ms, id")))
        out << DisputeSession{r.first, r.second.value(QStringLiteral("at_ms")).toLongLong(),
                              r.second.value(QStringLiteral("place")).toString(),
                              r.second.value(QStringLiteral("result")).toString(),
                              r.second.value(QStringLiteral("note")).toString()};
    return out;
}

Result<QList<DisputeFile>> DisputeService::files(const QString &id) const
{
    QList<DisputeFile> out;
    for (const Row &r : selectRows(m_db, tables::disputeFiles(), QStringLiteral("dispute_id = ?"), {id},
                                   QStringLiteral("created_hlc, id")))
        out << DisputeFile{r.first, r.second.value(QStringLiteral("name")).toString(),
                           r.second.value(QStringLiteral("data")).toByteArray()};
    return out;
}

} // namespace gd
