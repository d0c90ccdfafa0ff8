// `conflicts`: what merges left for a person to decide, of three kinds — a field two offices
// changed unaware of each other (resolve), concurrent moves on one case (settle-branch, a
// supervisor's), and a natural key given twice (merge-records or renumber, an administrator's).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "exchange/CaseBranchings.h"
#include "exchange/IdentityConflicts.h"
#include "exchange/MergeConflicts.h"
#include "rating/ReviewScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdcli)
};

QJsonObject fieldJson(const gd::exchange::MergeConflict &c)
{
    return {{QStringLiteral("kind"), QStringLiteral("field")},
            {QStringLiteral("conflict"), double(c.id)},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("id"), c.rowId},
            {QStringLiteral("record"), c.rowLabel},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("kept"), c.kept},
            {QStringLiteral("lost"), c.lost},
            {QStringLiteral("kept_stamp"), c.keptStamp},
            {QStringLiteral("lost_stamp"), c.lostStamp},
            {QStringLiteral("kept_site"), c.keptSite},
            {QStringLiteral("lost_site"), c.lostSite},
            {QStringLiteral("kept_office"), c.keptOffice},
            {QStringLiteral("lost_office"), c.lostOffice},
            {QStringLiteral("kept_at"), isoTime(c.keptMs)},
            {QStringLiteral("lost_at"), isoTime(c.lostMs)},
            {QStringLiteral("found_at"), isoTime(c.foundMs)}};
}

QJsonObject branchJson(const gd::exchange::CaseBranching &b)
{
    QJsonArray heads;
    for (const gd::exchange::BranchHead &h : b.heads)
        heads.append(QJsonObject{{QStringLiteral("event"), h.eventId},
                                 {QStringLiteral("action"), gd::workflow::keyText(h.action)},
                                 {QStringLiteral("operator"), h.operatorName},
                                 {QStringLiteral("office"), h.office},
                                 {QStringLiteral("site"), h.site},
                                 {QStringLiteral("at"), isoTime(h.atMs)},
                                 {QStringLiteral("note"), h.note},
                                 {QStringLiteral("moves"), h.moves},
                                 {QStringLiteral("standing"), h.standing}});
    return {{QStringLiteral("kind"), QStringLiteral("branch")},
            {QStringLiteral("case"), b.caseNumber},
            {QStringLiteral("case_id"), b.caseId},
            {QStringLiteral("after"), b.after},
            {QStringLiteral("branches"), heads}};
}

QJsonObject identityJson(const gd::exchange::IdentityConflict &c)
{
    QJsonArray rows;
    for (const gd::exchange::IdentityRow &r : c.rows)
        rows.append(QJsonObject{
            {QStringLiteral("id"), r.id}, {QStringLiteral("record"), r.label}, {QStringLiteral("office"), r.office}});
    return {{QStringLiteral("kind"), QStringLiteral("identity")},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("value"), c.value},
            {QStringLiteral("records"), rows}};
}

QJsonObject approvalJson(const gd::rating::ApprovalOverlap &o)
{
    QJsonArray approvals;
    for (const gd::rating::ScopedApproval &a : o.approvals)
        approvals.append(QJsonObject{{QStringLiteral("record"), a.recordId},
                                     {QStringLiteral("scope"), a.scope},
                                     {QStringLiteral("scope_name"), a.label},
                                     {QStringLiteral("approved_by"), a.approvedBy},
                                     {QStringLiteral("office"), a.office}});
    return {{QStringLiteral("kind"), QStringLiteral("approval")},
            {QStringLiteral("month"), o.month},
            {QStringLiteral("approvals"), approvals}};
}

} // namespace

int listConflicts(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    auto fields = gd::exchange::openConflicts(*db);
    if (!fields)
        return fail(exitCodeFor(fields.error()), fields.message());
    auto branchings = gd::exchange::openBranchings(*db);
    if (!branchings)
        return fail(exitCodeFor(branchings.error()), branchings.message());
    auto identities = gd::exchange::identityConflicts(*db);
    if (!identities)
        return fail(exitCodeFor(identities.error()), identities.message());
    auto approvals = gd::rating::overlappingApprovals(*db);
    if (!approvals)
        return fail(exitCodeFor(approvals.error()), approvals.message());
    if (call.json) {
        QJsonArray list;
        for (const gd::exchange::MergeConflict &c : *fields)
            list.append(fieldJson(c));
        for (const gd::exchange::CaseBranching &b : *branchings)
            list.append(branchJson(b));
        for (const gd::exchange::IdentityConflict &c : *identities)
            list.append(identityJson(c));
        for (const gd::rating::ApprovalOverlap &o : *approvals)
            list.append(approvalJson(o));
        printJson(list);
        return Ok;
    }
    if (fields->isEmpty() && branchings->isEmpty() && identities->isEmpty() && approvals->isEmpty()) {
        printLine(Text::tr("No unresolved conflicts."));
        return Ok;
    }
    if (!fields->isEmpty()) {
        QList<QStringList> rows;
        for (const gd::exchange::MergeConflict &c : *fields)
            rows << QStringList{QString::number(c.id),
                                c.table,
                                c.rowLabel.isEmpty() ? c.rowId.left(8) : c.rowLabel,
                                c.field,
                                c.kept,
                                c.lost};
        printTable({Text::tr("Conflict"), Text::tr("Table"), Text::tr("Record"), Text::tr("Field"), Text::tr("Kept"),
                    Text::tr("Lost")},
                   rows);
    }
    if (!branchings->isEmpty()) {
        printLine(Text::tr("Concurrent actions on cases (conflicts settle-branch CASE --branch EVENT --note TEXT):"));
        QList<QStringList> rows;
        for (const gd::exchange::CaseBranching &b : *branchings)
            for (const gd::exchange::BranchHead &h : b.heads)
                rows << QStringList{b.caseNumber,
                                    h.eventId,
                                    gd::workflow::actionName(h.action),
                                    h.office,
                                    h.operatorName,
                                    shortTime(h.atMs),
                                    h.standing ? Text::tr("stands") : Text::tr("overridden")};
        printTable({Text::tr("Case"), Text::tr("Event"), Text::tr("Action"), Text::tr("Office"), Text::tr("By"),
                    Text::tr("At"), Text::tr("Now")},
                   rows);
    }
    if (!identities->isEmpty()) {
        printLine(Text::tr("Keys given twice (conflicts merge-records TABLE KEEP DROP, or conflicts renumber TABLE ID "
                           "--value NEW):"));
        QList<QStringList> rows;
        for (const gd::exchange::IdentityConflict &c : *identities)
            for (const gd::exchange::IdentityRow &r : c.rows)
                rows << QStringList{c.table, c.field, c.value, r.id, r.label, r.office};
        printTable({Text::tr("Table"), Text::tr("Field"), Text::tr("Value"), Text::tr("Id"), Text::tr("Record"),
                    Text::tr("Office")},
                   rows);
    }
    if (!approvals->isEmpty()) {
        printLine(Text::tr("Star reviews approved by more than one office for the same workers (the office that should "
                           "not review them reopens its month: review reopen):"));
        QList<QStringList> rows;
        for (const gd::rating::ApprovalOverlap &o : *approvals)
            for (const gd::rating::ScopedApproval &a : o.approvals)
                rows << QStringList{o.month, a.label, a.approvedBy, a.office};
        printTable({Text::tr("Month"), Text::tr("Review scope"), Text::tr("Approved by"), Text::tr("Office")}, rows);
    }
    return Ok;
}

int resolveConflict(const Invocation &call)
{
    bool numeric = false;
    const qint64 id = call.arguments.value(0).toLongLong(&numeric);
    if (!numeric)
        return fail(UserError, Text::tr("conflicts resolve: give the conflict's number (see conflicts list)."));
    const int choices = int(call.has(QStringLiteral("keep"))) + int(call.has(QStringLiteral("other"))) +
                        int(call.has(QStringLiteral("value")));
    if (choices != 1)
        return fail(UserError, Text::tr("conflicts resolve: give exactly one of --keep, --other and --value TEXT."));
    const gd::exchange::Resolution how = call.has(QStringLiteral("keep"))    ? gd::exchange::Resolution::KeepCurrent
                                         : call.has(QStringLiteral("other")) ? gd::exchange::Resolution::TakeOther
                                                                             : gd::exchange::Resolution::NewValue;
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::resolveConflict(*db, id, how, call.value(QStringLiteral("value"))); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("resolved"), double(id)}});
    else
        printLine(Text::tr("Conflict %1 resolved; the decision goes with the next package.").arg(id));
    return Ok;
}

int settleBranch(const Invocation &call)
{
    const QString branch = call.value(QStringLiteral("branch")).trimmed();
    if (call.arguments.value(0).trimmed().isEmpty() || branch.isEmpty())
        return fail(UserError, Text::tr("conflicts settle-branch: give the case and --branch EVENT, the first event of "
                                        "the branch that stands (see conflicts list)."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    gd::CaseService service(*db);
    auto c = findCase(service, call.arguments.value(0));
    if (!c)
        return fail(exitCodeFor(c.error()), c.message());
    if (gd::Status s = gd::exchange::settleBranching(*db, c->id, {}, branch, call.value(QStringLiteral("note"))); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("case"), c->number}, {QStringLiteral("standing"), branch}});
    else
        printLine(Text::tr("Case %1: the branch from %2 stands; the decision goes with the next package.")
                      .arg(c->number, branch));
    return Ok;
}

int mergeRecords(const Invocation &call)
{
    if (call.arguments.size() != 3)
        return fail(UserError, Text::tr("conflicts merge-records: give the table, the id kept and the id merged "
                                        "into it (see conflicts list)."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s =
            gd::exchange::mergeIdentities(*db, call.arguments.at(0), call.arguments.at(1), call.arguments.at(2));
        !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("kept"), call.arguments.at(1)},
                              {QStringLiteral("merged"), call.arguments.at(2)}});
    else
        printLine(Text::tr("%1 merged into %2; references moved, the decision goes with the next package.")
                      .arg(call.arguments.at(2), call.arguments.at(1)));
    return Ok;
}

int renumberRecord(const Invocation &call)
{
    if (call.arguments.size() != 2 || !call.has(QStringLiteral("value")))
        return fail(
            UserError,
            Text::tr("conflicts renumber: give the table, the record's id and --value NEW (see conflicts list)."));
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (gd::Status s = gd::exchange::renumberIdentity(*db, call.arguments.at(0), call.arguments.at(1),
                                                      call.value(QStringLiteral("value")));
        !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("renumbered"), call.arguments.at(1)},
                              {QStringLiteral("value"), call.value(QStringLiteral("value")).trimmed()}});
    else
        printLine(
            Text::tr("%1 renumbered to %2.").arg(call.arguments.at(1), call.value(QStringLiteral("value")).trimmed()));
    return Ok;
}

} // namespace gdcli
