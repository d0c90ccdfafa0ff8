#pragma once
// The dispute ledger's writes and the one dispute in full (矛盾纠纷排查化解台账): a dispute found in
// a grid with its parties and mediators; the mediation sessions; the outcome — settled by
// agreement (its text or a scanned file), referred (to the mediation committee, the police, a
// court, the petition office) or withdrawn; the follow-up visit after settlement; and the review
// of a high-risk one by a supervisor or the paired police grid's officer, which takes it off the
// due board.
//
// The parties' names, phones and addresses are personal data: shown in full to the grid's worker,
// its grid head, the paired police officer and supervisors (privacy::seesResidents); masked for
// everyone else. Opening a dispute with its parties in full is audited. Writes need
// Permission::RecordGridWork, one transaction each, stamped and audited.
#include "DisputeTypes.h"
#include "storage/Result.h"

namespace gd {

class Database;

class DisputeService
{
public:
    explicit DisputeService(Database &db)
        : m_db(db)
    {}

    // A new dispute with its parties and mediators. Refused with the field named: no grid or one not
    // in the file, a source, kind or risk not in the list, source "case" without its case or a case
    // of another grid, no time or one before 2000 or in the future, a finder not in the register,
    // no summary, no party, a party without a name, a mediator of an unknown kind or without a
    // worker or name, a text too long. The outcome starts open.
    Result<QString> record(const Dispute &dispute);
    // Changes what was recorded (grid, source, case, kind, risk, when, finder, summary) and the
    // parties and mediators: those kept by id are updated, new ones added, missing ones removed.
    // Needs the right to see its parties.
    Status edit(const Dispute &dispute);
    Error validate(const Dispute &dispute) const;

    // A mediation session while the dispute is open, not before it was found nor in the future.
    Result<QString> addSession(const QString &disputeId, const DisputeSession &session);
    // The outcome, once, while open, not before its last session: settled needs the agreement's
    // text or a file; referred needs where to.
    Status settle(const QString &id, qint64 atMs, const QString &agreement, const QList<DisputeFile> &files,
                  const QString &note = {});
    Status refer(const QString &id, qint64 atMs, const QString &target, const QString &note = {});
    Status withdraw(const QString &id, qint64 atMs, const QString &note = {});
    // The visit after settlement that checks the agreement holds; only for a settled dispute.
    Status followUp(const QString &id, qint64 atMs, const QString &note);
    // A high-risk dispute reviewed: by a supervisor, an administrator or the paired police grid's
    // officer; once.
    Status review(const QString &id, const QString &note);
    // A file (JPEG, PNG or PDF up to kMaxFileBytes) kept with the dispute.
    Result<QString> attachFile(const QString &id, const DisputeFile &file);

    // The dispute with its parties and mediators; audited when shown in full. To an operator who may
    // not see the parties: masked, and what is written about the dispute (summary, agreement, notes)
    // left out.
    Result<Dispute> open(const QString &id);
    Result<QList<DisputeSession>> sessions(const QString &id) const;
    Result<QList<DisputeFile>> files(const QString &id) const;

    bool maySee(const QString &gridId) const;
    bool mayReview(const QString &gridId) const;

private:
    Result<Dispute> load(const QString &id) const;
    Status conclude(const QString &id, qint64 atMs, const QVariantMap &fields);
    Status writeMembers(const QString &disputeId, const Dispute &d, bool replace);
    Database &m_db;
};

} // namespace gd
