#include "CaseService.h"

#include "CaseRecord.h"
#include "CaseSearchIndex.h"
#include "DeadlineRules.h"
#include "EventPayload.h"
#include "calendar/WorkCalendar.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/OfficeSettings.h"
#include "org/PoliceGridService.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/RunEnd.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseService)
};

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Case> CaseService::caseById(const QString &id) const
{
    bool deleted = false;
    Result<Case> c = storedCase(id, &deleted);
    if (c && deleted)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such case."));
    return c;
}

QString CaseService::numberOf(const QString &id) const
{
    const Result<Case> c = caseById(id);
    return c ? c->number : id;
}

Result<Case> CaseService::storedCase(const QString &id, bool *deleted) const
{
    QSqlQuery &q = m_db.prepared(caserecord::caseSelect() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return Error::make(ErrorKind::Internal, Text::tr("The case could not be read."));
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such case."));
    Case c = caserecord::caseFrom(q, deleted);
    q.finish();
    return c;
}

QString CaseService::normalizeNumber(const QString &typed)
{
    // Read over the phone and typed as digits ("0117 2026 1205 0012"): put the dashes back.
    const QString t = typed.trimmed();
    QString digits;
    for (const QChar c : t)
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace())
            return t; // an older number (260302-7F3A9C) or one typed with its dashes
    if (digits.size() < 16)
        return t;
    return digits.left(4) + QLatin1Char('-') + digits.mid(4, 8) + QLatin1Char('-') + digits.mid(12);
}

Result<Case> CaseService::caseByNumber(const QString &typed) const
{
    const QString number = normalizeNumber(typed);
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM cases WHERE number = ? AND deleted = 0 ORDER BY id"));
    q.addBindValue(number);
    QStringList ids;
    if (exec(q))
        while (q.next())
            ids << q.value(0).toString();
    q.finish();
    if (ids.isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no case numbered %1.").arg(number.trimmed()));
    // Two offices that numbered a case alike (an identity conflict after a merge): never pick one.
    if (ids.size() > 1)
        return Error::invalid(QStringLiteral("number"),
                              Text::tr("%1 cases have the number %2 (an identity conflict from a merge, see the open "
                                       "conflicts): name the case by its id, one of %3.")
                                  .arg(ids.size())
                                  .arg(number.trimmed(), ids.join(QStringLiteral(", "))));
    return caseById(ids.first());
}

Result<QList<CaseEvent>> CaseService::timeline(const QString &caseId) const
{
    QSqlQuery &q = m_db.prepared(caserecord::eventSelect() + QStringLiteral("WHERE case_id = ? ORDER BY hlc, id"));
    q.addBindValue(caseId);
    QList<CaseEvent> out;
    if (Status s = exec(q); !s)
        return Error::make(ErrorKind::Internal, Text::tr("The case's timeline could not be read: %1").arg(s.message()));
    while (q.next())
        out << caserecord::eventFrom(q);
    q.finish();
    return out;
}

Error CaseService::validate(const Case &c) const
{
    if (!cases::channels().contains(c.channel))
        return Error::invalid(QStringLiteral("channel"), Text::tr("Channel: choose how the request arrived."));
    if (!cases::requestTypes().contains(c.requestType))
        return Error::invalid(QStringLiteral("request_type"), Text::tr("Request type: choose one from the list."));
    if (!cases::urgencies().contains(c.urgency))
        return Error::invalid(QStringLiteral("urgency"), Text::tr("Urgency: choose normal, urgent or emergency."));
    RowStore rows(m_db);
    if (c.categoryId.isEmpty() || !rows.exists(tables::categories(), c.categoryId))
        return Error::invalid(QStringLiteral("category_id"), Text::tr("Category: choose the category of the matter."));
    if (!c.anonymous && !c.proactive)
        if (Error e =
                check::requiredText(QStringLiteral("reporter_name"), Text::tr("Reporter's name"), c.reporterName, 30);
            e.isError())
            return e;
    if (Error e = check::optionalText(QStringLiteral("reporter_name"), Text::tr("Reporter's name"), c.reporterName, 30);
        e.isError())
        return e;
    if (Error e = check::phone(QStringLiteral("reporter_phone"), Text::tr("Reporter's phone"), c.reporterPhone, false);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("address"), Text::tr("Address"), c.address, 200); e.isError())
        return e;
    if (!c.buildingId.isEmpty() && !rows.exists(tables::buildings(), c.buildingId))
        return Error::invalid(QStringLiteral("building_id"),
                              Text::tr("Building: the chosen building no longer exists."));
    if (!c.gridId.isEmpty() && !rows.exists(tables::grids(), c.gridId))
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("Grid: the chosen grid no longer exists."));
    if (Error e = check::requiredText(QStringLiteral("description"), Text::tr("What happened"), c.description,
                                      kMaxDescription, true);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("request"), Text::tr("What the resident asks for"), c.request,
                                      kMaxRequest, true);
        e.isError())
        return e;
    if (c.receivedMs <= 0)
        return Error::invalid(QStringLiteral("received_ms"), Text::tr("Time received: is required."));
    // The least the table keeps (a merge refuses the same, schema/Tables.cpp).
    for (const auto &[field, least] : tables::cases().atLeast)
        if (field == QLatin1String("received_ms") && c.receivedMs < least)
            return Error::invalid(field, Text::tr("Time received: %1 is before %2; check the year.")
                                             .arg(cases::timeText(c.receivedMs), cases::timeText(least)));
    // A few minutes of slack for PCs whose clocks differ; a later time is a typing mistake.
    if (c.receivedMs > m_db.nowMs() + 5 * 60 * 1000)
        return Error::invalid(QStringLiteral("received_ms"),
                              Text::tr("Time received: %1 is in the future.").arg(cases::timeText(c.receivedMs)));
    if (!c.handlerWorkerId.isEmpty() && !rows.exists(tables::workers(), c.handlerWorkerId))
        return Error::invalid(QStringLiteral("handler_worker_id"),
                              Text::tr("Handler: the chosen worker no longer exists."));
    if (!c.foundByWorkerId.isEmpty() && !rows.exists(tables::workers(), c.foundByWorkerId))
        return Error::invalid(QStringLiteral("found_by_worker_id"),
                              Text::tr("Found by: the chosen worker no longer exists."));
    if (!c.handlerUnitId.isEmpty() && !rows.exists(tables::units(), c.handlerUnitId))
        return Error::invalid(QStringLiteral("handler_unit_id"),
                              Text::tr("Handler: the chosen unit no longer exists."));
    if (Error e =
            check::optionalText(QStringLiteral("hotline_order"), Text::tr("Hotline order number"), c.hotlineOrder, 40);
        e.isError())
        return e;
    return {};
}

Result<QString> CaseService::insertCase(const Case &c)
{
    const QVariantMap values{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("hotline_order"), c.hotlineOrder.trimmed()},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("request_type"), c.requestType},
        {QStringLiteral("category_id"), org::idOrNull(c.categoryId)},
        {QStringLiteral("urgency"), c.urgency},
        {QStringLiteral("proactive"), c.proactive ? 1 : 0},
        {QStringLiteral("reporter_name"), c.reporterName.trimmed()},
        {QStringLiteral("reporter_phone"),
         c.reporterPhone.trimmed().isEmpty() ? QString() : check::normalizePhone(c.reporterPhone)},
        {QStringLiteral("anonymous"), c.anonymous ? 1 : 0},
        {QStringLiteral("address"), c.address.trimmed()},
        {QStringLiteral("building_id"), org::idOrNull(c.buildingId)},
        {QStringLiteral("grid_id"), org::idOrNull(c.gridId)},
        {QStringLiteral("description"), c.description.trimmed()},
        {QStringLiteral("request"), c.request.trimmed()},
        {QStringLiteral("received_ms"), c.receivedMs},
        {QStringLiteral("lead_org_id"), org::idOrNull(c.leadOrgId)},
        {QStringLiteral("lead_name"), c.leadName},
        {QStringLiteral("found_by_worker_id"), org::idOrNull(c.proactive ? c.foundByWorkerId : QString())},
    };
    return RowStore(m_db).insert(tables::cases(), values);
}

Result<CaseEvent> CaseService::appendEvent(const QString &caseId, const workflow::Step &step, const QString &after)
{
    CaseEvent e;
    e.after = workflow::isMove(step.action) ? after : QString();
    e.caseId = caseId;
    e.hlc = m_db.nextStamp();
    e.site = m_db.siteId();
    e.atMs = m_db.nowMs();
    e.id = uuid::v7(e.atMs);
    e.operatorId = m_db.actor().operatorId;
    e.operatorLogin = m_db.actor().login;
    e.operatorName = m_db.actor().displayName;
    e.action = step.action;
    e.note = step.note.trimmed();
    e.payload = step.payload;
    const QString data = compact(workflow::encode(e.payload));
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_id, operator_login, operator_name, action, "
        "note, data, after_event) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.caseId);
    q.addBindValue(e.hlc);
    q.addBindValue(e.site);
    q.addBindValue(e.atMs);
    q.addBindValue(e.operatorId.isEmpty() ? QVariant() : QVariant(e.operatorId));
    q.addBindValue(text(e.operatorLogin));
    q.addBindValue(text(e.operatorName));
    q.addBindValue(workflow::keyText(e.action));
    q.addBindValue(text(e.note));
    q.addBindValue(data);
    q.addBindValue(e.after.isEmpty() ? QVariant() : QVariant(e.after));
    if (Status s = exec(q); !s)
        return s.error();
    m_db.noteChanged(QStringLiteral("case_events"));
    if (Status s =
            audit::record(m_db, e.hlc, QStringLiteral("event:") + workflow::keyText(e.action), QStringLiteral("cases"),
                          caseId, {}, {{QStringLiteral("note"), e.note}, {QStringLiteral("data"), data}});
        !s)
        return s.error();
    return e;
}

const QStringList &CaseService::derivedColumns()
{
    static const QStringList columns{QStringLiteral("handler_worker_id"),
                                     QStringLiteral("handler_unit_id"),
                                     QStringLiteral("state"),
                                     QStringLiteral("due_ms"),
                                     QStringLiteral("handler_due_ms"),
                                     QStringLiteral("supervision"),
                                     QStringLiteral("satisfaction"),
                                     QStringLiteral("solved"),
                                     QStringLiteral("completed_ms"),
                                     QStringLiteral("closed_ms"),
                                     QStringLiteral("reopen_count"),
                                     QStringLiteral("report_count"),
                                     QStringLiteral("updated_ms"),
                                     QStringLiteral("branches"),
                                     QStringLiteral("sign_by_ms"),
                                     QStringLiteral("callback_due_ms"),
                                     QStringLiteral("callback_result"),
                                     QStringLiteral("level"),
                                     QStringLiteral("repeat_of"),
                                     QStringLiteral("repeat_review")};
    return columns;
}

QVariantList CaseService::derivedValues(const Case &c)
{
    return {org::idOrNull(c.handlerWorkerId),
            org::idOrNull(c.handlerUnitId),
            c.state,
            nullIfZero(c.dueMs),
            nullIfZero(c.handlerDueMs),
            c.supervision.isEmpty() ? QStringLiteral("none") : c.supervision,
            c.satisfaction.isNull() ? QStringLiteral("") : c.satisfaction,
            c.solved < 0 ? QVariant() : QVariant(c.solved),
            nullIfZero(c.completedMs),
            nullIfZero(c.closedMs),
            c.reopenCount,
            c.reportCount,
            c.updatedMs,
            c.branches,
            nullIfZero(c.signByMs),
            nullIfZero(c.callbackDueMs),
            c.callbackResult.isEmpty() ? QVariant() : QVariant(c.callbackResult),
            c.level.isEmpty() ? QStringLiteral("grid") : c.level,
            org::idOrNull(c.repeatOf),
            c.repeatReview.isEmpty() ? QVariant() : QVariant(c.repeatReview)};
}

quint32 CaseService::derivedChanges(const Case &stored, const Case &folded)
{
    const QVariantList was = derivedValues(stored);
    const QVariantList now = derivedValues(folded);
    quint32 changed = 0;
    for (int i = 0; i < now.size(); ++i)
        if (was.at(i) != now.at(i) || was.at(i).isNull() != now.at(i).isNull())
            changed |= 1u << i;
    return changed;
}

QString CaseService::derivedUpdate(quint32 changed, const QString &keyColumn)
{
    QStringList sets;
    for (int i = 0; i < derivedColumns().size(); ++i)
        if (changed & (1u << i))
            sets << derivedColumns().at(i) + QStringLiteral("=?");
    return QStringLiteral("UPDATE cases SET %1 WHERE %2=?").arg(sets.join(QStringLiteral(", ")), keyColumn);
}

void CaseService::bindDerived(QSqlQuery &update, quint32 changed, const Case &folded)
{
    const QVariantList values = derivedValues(folded);
    for (int i = 0; i < values.size(); ++i)
        if (changed & (1u << i))
            update.addBindValue(values.at(i));
}

Status CaseService::storeDerived(const Case &folded, const Case &stored)
{
    // Only the columns that changed: an UPDATE rewrites the entry of every index on a column it
    // sets, and the case table has a dozen such indexes.
    const quint32 changed = derivedChanges(stored, folded);
    if (!changed)
        return {};
    QSqlQuery &q = m_db.prepared(derivedUpdate(changed, QStringLiteral("id")));
    bindDerived(q, changed, folded);
    q.addBindValue(folded.id);
    m_db.noteChanged(QStringLiteral("cases"));
    return exec(q);
}

Result<QString> CaseService::registerCase(const Case &draft, const QString &settledAnswer)
{
    return writeTransaction<QString>(m_db, Permission::HandleCases, [&]() -> Result<QString> {
        Case c = draft;
        if (c.receivedMs == 0)
            c.receivedMs = m_db.nowMs();
        if (c.proactive)
            c.channel = QStringLiteral("patrol");
        if (c.channel == QLatin1String("patrol"))
            c.proactive = true;
        // The grid follows the building unless the desk chose another one.
        if (c.gridId.isEmpty() && !c.buildingId.isEmpty())
            if (auto b = BuildingService(m_db).building(c.buildingId))
                c.gridId = b->gridId;
        if (Error e = validate(c); e.isError())
            return e;
        if (c.handlerWorkerId.isEmpty() && c.handlerUnitId.isEmpty() && !c.gridId.isEmpty())
            c.handlerWorkerId = firstHandler(c);
        if (!c.proactive)
            c.foundByWorkerId.clear();
        else if (c.foundByWorkerId.isEmpty())
            c.foundByWorkerId = finder(c);
        if (c.leadName.trimmed().isEmpty())
            c.leadName = OfficeSettings(m_db).load().name;
        if (c.leadName.trimmed().isEmpty())
            c.leadName = Text::tr("This office");
        // A deadline past the calendar's years (the next year's holidays not yet entered) must not
        // stop the desk: the case is registered without one, and the event says why.
        auto due = leadDueMs(c);
        if (!due && due.error().field != QLatin1String(WorkCalendar::kUncoveredField))
            return due.error(); // a rule or calendar that cannot be read stops the intake, with why
        auto number = nextNumber(c.receivedMs);
        if (!number)
            return number.error();
        c.number = number.value();
        auto id = insertCase(c);
        if (!id)
            return id;
        c.id = id.value();
        workflow::Registration registration{
            {c.handlerWorkerId, c.handlerUnitId}, 0, {}, cases::acceptedAtIntake(c.channel)};
        if (due)
            registration.dueMs = due.value();
        else
            registration.deadlineNote = due.message();
        auto e = appendEvent(c.id, {workflow::Action::Register, {}, registration}, {});
        if (!e)
            return e.error();
        // The case as stored (texts trimmed, the phone normalised) with its one event: folded and
        // indexed from here, not read back (a 12345 file registers thousands in a row).
        auto stored = caseById(c.id);
        if (!stored)
            return stored.error();
        const QList<CaseEvent> events{e.value()};
        if (Status s = storeDerived(workflow::fold(*stored, events).c, *stored); !s)
            return s.error();
        const CaseSearchTexts texts = CaseSearchIndex::textsFrom(*stored, events);
        if (Status s = searchIndex().renew(c.id, {}, CaseSearchIndex::tokensOf(texts), texts.receivedMs); !s)
            return s.error();
        if (!settledAnswer.trimmed().isEmpty())
            if (auto settled = actInTransaction(c.id, {workflow::Action::SettleAtDesk, settledAnswer.trimmed()});
                !settled)
                return settled.error();
        return c.id;
    });
}

const CaseSearchIndex &CaseService::searchIndex() const
{
    if (!m_index)
        m_index = std::make_shared<CaseSearchIndex>(m_db.sql());
    return *m_index;
}

Result<QString> CaseService::nextNumber(qint64 receivedMs) const
{
    // 0117-20261205-0012: the office's code, the day received (Beijing), and the next of that day's
    // numbers here. Found through the number index; in the registration's transaction, so two desks
    // of one office never take the same one.
    const QString prefix =
        OfficeSettings(m_db).load().caseCode + QLatin1Char('-') +
        QDateTime::fromMSecsSinceEpoch(receivedMs, WorkCalendar::zone()).toString(QStringLiteral("yyyyMMdd")) +
        QLatin1Char('-');
    // The day's last number as text through the index (one step down it). Numbers are handed out
    // one after another, so the day's numbers are 0001 … N; past 9999 they grow a digit and no
    // longer sort as text ("10000" < "9999"): from there the last one is found by doubling then
    // halving over which numbers exist (a few index lookups).
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT number FROM cases WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(prefix.left(prefix.size() - 1) + QLatin1Char('.')); // '.' sorts right after '-'
    if (Status s = exec(q); !s)
        return s.error();
    qint64 last = 0;
    if (q.next())
        last = q.value(0).toString().mid(prefix.size()).toLongLong();
    q.finish();
    if (last >= 9999) {
        QSqlQuery &taken = m_db.prepared(QStringLiteral("SELECT 1 FROM cases WHERE number = ? LIMIT 1"));
        Error failed;
        auto exists = [&](qint64 n) {
            taken.addBindValue(prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')));
            if (Status s = exec(taken); !s)
                failed = s.error();
            const bool found = taken.next();
            taken.finish();
            return found;
        };
        // The last number this service gave for the day is where the search starts: a 12345 file
        // registers its lines one after another (two lookups a line instead of some thirty).
        qint64 from = 9999;
        if (m_lastNumber.first == prefix && m_lastNumber.second > from && exists(m_lastNumber.second))
            from = m_lastNumber.second;
        last = firstFreeAfter(from, std::numeric_limits<qint64>::max() / 4, exists) - 1;
        if (failed.isError())
            return failed;
    }
    m_lastNumber = {prefix, last + 1};
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Status CaseService::recompute(const QString &caseId)
{
    auto c = caseById(caseId);
    if (!c)
        return c.status();
    auto events = timeline(caseId);
    if (!events)
        return events.status();
    return storeDerived(workflow::fold(*c, events.value()).c, *c);
}

Result<Case> CaseService::act(const QString &caseId, const workflow::Step &step)
{
    return writeTransaction<Case>(m_db, Permission::HandleCases,
                                  [&]() -> Result<Case> { return actInTransaction(caseId, step); });
}

// A wrong dispatch is returned within the office's window (2 working days by default) of the
// dispatch that brought the case; after it, the handler works it or asks those above.
Error CaseService::checkReturnWindow(const QList<CaseEvent> &events) const
{
    qint64 handedAt = 0;
    for (const CaseEvent &e : events)
        if (std::holds_alternative<workflow::Handler>(e.payload))
            handedAt = qMax(handedAt, e.atMs);
    if (handedAt == 0)
        return {};
    auto read = DeadlineRules::read(m_db);
    if (!read)
        return read.error();
    const DeadlineRules &rules = read.value();
    auto calendar = WorkCalendar::read(m_db);
    if (!calendar)
        return calendar.error();
    auto until = rules.returnDeadlineMs(calendar.value(), handedAt);
    if (!until && until.error().field == QLatin1String(WorkCalendar::kUncoveredField))
        return {}; // a year the calendar lacks: not a reason to keep a wrong case
    if (!until)
        return until.error();
    if (m_db.nowMs() <= until.value())
        return {};
    return Error::invalid(QStringLiteral("reason"),
                          Text::tr("Return: a wrong dispatch is returned within %1 working days; this case came on %2, "
                                   "so the time to return it ended %3. Ask a supervisor to redirect it.")
                              .arg(rules.returnDays)
                              .arg(cases::timeText(handedAt), cases::timeText(until.value())));
}

Result<Case> CaseService::actInTransaction(const QString &caseId, workflow::Step step, CaseEvent *appended)
{
    using workflow::Action;
    const Action action = step.action;
    auto c = caseById(caseId);
    if (!c)
        return c.error();
    auto read = timeline(caseId);
    if (!read)
        return read.error();
    const QList<CaseEvent> &events = read.value();
    workflow::Folded f = workflow::fold(*c, events);
    // A settlement that names only the branch kept (the CLI) settles the branching it heads; with
    // neither, the first one waiting (what the guard then asks to choose in).
    if (auto *choice = std::get_if<workflow::BranchChoice>(&step.payload); choice && choice->after.isEmpty()) {
        for (const workflow::Branching &b : std::as_const(f.branchings))
            if (!b.settled && (b.heads.contains(choice->keep) || choice->after.isEmpty()))
                choice->after = b.after;
    }
    if (Error e = workflow::guard(f, step, m_db.actor()); e.isError())
        return e;
    if (Error e = checkActor(f, step); e.isError())
        return e;
    if (action == Action::Return)
        if (Error e = checkReturnWindow(events); e.isError())
            return e;
    RowStore rows(m_db);
    if (const auto *h = std::get_if<workflow::Handler>(&step.payload)) {
        if (!h->workerId.isEmpty() && !rows.exists(tables::workers(), h->workerId))
            return Error::invalid(QStringLiteral("handler"), Text::tr("Handler: the chosen worker no longer exists."));
        if (!h->unitId.isEmpty() && !rows.exists(tables::units(), h->unitId))
            return Error::invalid(QStringLiteral("handler"), Text::tr("Handler: the chosen unit no longer exists."));
    }
    // Deadlines are computed now and kept in the event (CaseDeadlines.cpp).
    if (Error e = settleDeadlines(f, step); e.isError())
        return e;
    // Notes and reports are searchable: the case's index entry is taken before and renewed after,
    // both from the case and timeline already read (an action never changes the case's own texts).
    const bool addsText = !step.note.trimmed().isEmpty() || action == Action::Report || action == Action::Split;
    const CaseSearchIndex &index = searchIndex();
    CaseSearchIndex::Entry indexed;
    if (addsText) {
        auto doc = index.docOf(caseId);
        if (!doc)
            return doc.error();
        if (doc.value()) {
            indexed = CaseSearchIndex::tokensOf(CaseSearchIndex::textsFrom(*c, events));
            indexed.doc = doc.value();
        }
    }
    auto e = appendEvent(caseId, step, f.lastMove);
    if (!e)
        return e.error();
    if (appended)
        *appended = e.value();
    // The timeline with the new event: last, as a stamp this office gives is past every one it has seen.
    QList<CaseEvent> timeline = events;
    timeline << e.value();
    if (action == Action::Settle)
        f = workflow::fold(*c, timeline); // a settlement changes which branch stands: all again
    else
        workflow::apply(f, e.value());
    if (Status s = storeDerived(f.c, *c); !s)
        return s.error();
    if (addsText) {
        const CaseSearchTexts texts = CaseSearchIndex::textsFrom(*c, timeline);
        if (Status s = index.renew(caseId, indexed, CaseSearchIndex::tokensOf(texts), texts.receivedMs); !s)
            return s.error();
    }
    return f.c;
}

} // namespace gd
