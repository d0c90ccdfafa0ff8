#pragma once
// Registering residents' requests and moving them through the workflow. Every action is an
// immutable event; the case's derived columns are the fold of its events (Workflow.h).
#include "CaseTypes.h"
#include "Workflow.h"
#include "storage/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace gd {

class CaseSearchIndex;
class Database;

class CaseService
{
public:
    explicit CaseService(Database &db)
        : m_db(db)
    {}

    // A case that exists and is not deleted.
    Result<Case> caseById(const QString &id) const;
    // The case's number for a message after a write; its id when another program removed it since.
    QString numberOf(const QString &id) const;
    // The row as stored, a tombstone too (a deleted case keeps its texts and its events).
    Result<Case> storedCase(const QString &id, bool *deleted) const;
    // By its number, as written or read out as digits (0117 2026 1205 0012); older numbers
    // (260302-7F3A9C) are found as they are.
    Result<Case> caseByNumber(const QString &number) const;
    static QString normalizeNumber(const QString &typed);
    // The case's events in HLC order; Internal when they cannot be read (never an empty list
    // that a fold would turn into a case reset to its intake).
    Result<QList<CaseEvent>> timeline(const QString &caseId) const;

    // Validates the intake, fills what it can (grid from the building, handler from the grid,
    // lead from the office), computes the deadline and records the register event; a walk-in, a
    // call or a patrol find is accepted with it (cases::acceptedAtIntake). With `settledAnswer`,
    // the case is settled at the desk in the same step (当场办结): the answer is the event's note.
    Result<QString> registerCase(const Case &draft, const QString &settledAnswer = {});
    Error validate(const Case &draft) const;

    // One workflow action with its note and details; returns the case as it is afterwards.
    Result<Case> act(const QString &caseId, const workflow::Step &step);
    // The actions the case page and the CLI offer the signed-in operator on a case in state `f`:
    // workflow::offeredActions less those this service refuses the operator (signing for another
    // handler's case, calling back one's own).
    QList<workflow::Action> offeredActions(const workflow::Folded &f) const;

    // A repeat: the new report joins the case's timeline (with its own resident and channel)
    // instead of becoming a second case, so it never counts twice.
    Result<QString> attachReport(const QString &caseId, const Case &report);
    // Undo of attaching: the report becomes a case of its own again. Returns that case's id: a new
    // one, or for a report that was a case merged in (mergeInto) that case, standing again.
    Result<QString> splitReport(const QString &caseId, const QString &reportEventId);

    // Repeats found after registering (CaseRepeats.cpp): a case nobody has started on joins
    // another as one of its reports and is closed as merged (并入), keeping its number and its
    // hotline order; `why` is what the repeat finder said. Returns the report's event id in the
    // other case. A merged case is never merged into, and a case is never merged into itself.
    Result<QString> mergeInto(const QString &caseId, const QString &targetId, const workflow::RepeatLink &why = {});
    // Records that the case may repeat `link.caseId` (疑似重复), for a person to decide; a case whose
    // repeat was already decided is left as it is (a rejected pair is never proposed again).
    Status suspectRepeat(const QString &caseId, const workflow::RepeatLink &link);
    // The decisions on a suspected repeat: merge it into the other case, or keep both apart.
    Result<QString> confirmRepeat(const QString &caseId);
    Status rejectRepeat(const QString &caseId);

    // Replays the timeline and stores the derived columns (after a merge brings new events).
    Status recompute(const QString &caseId);

    // The columns a case derives from its timeline, and a case's values for them as stored.
    static const QStringList &derivedColumns();
    static QVariantList derivedValues(const Case &c);
    // Which derived columns differ between the row as stored and a fold (bit i: derivedColumns()[i]),
    // and the UPDATE that writes just those, the row named by keyColumn.
    static quint32 derivedChanges(const Case &stored, const Case &folded);
    static QString derivedUpdate(quint32 changed, const QString &keyColumn);
    // Binds the values of derivedUpdate(changed, …)'s columns from a fold (the key is bound after).
    static void bindDerived(QSqlQuery &update, quint32 changed, const Case &folded);

    // Longest texts accepted at intake.
    static constexpr int kMaxDescription = 2000;
    static constexpr int kMaxRequest = 1000;

    // The deadline the office's rules give a case received at c.receivedMs with its urgency,
    // request type and category: what intake records (and `calendar due` shows).
    Result<qint64> leadDueMs(const Case &c) const;

private:
    // The handler's deadline for a dispatch at fromMs: the rules' count, never past the case's.
    Result<qint64> handlerDueMs(const Case &c, qint64 fromMs) const;
    // By when a handler signs for a case dispatched at dispatchedMs (DeadlineRules::signDays).
    Result<qint64> signByMs(qint64 dispatchedMs) const;
    // By when the resident is called back about a case completed at completedMs.
    Result<qint64> callbackDueMs(qint64 completedMs) const;
    Result<qint64> extendedDueMs(qint64 dueMs, int workingDays, int granted) const;
    Result<qint64> rulesDueMs(const Case &c, qint64 fromMs) const;
    // Fills the dates a move carries (handler's deadline, sign-by, callback, reopening, an approved
    // extension) and checks the limits on asking for an extension and on signing for a case.
    Error settleDeadlines(const workflow::Folded &f, workflow::Step &step) const;
    // Who may take the step and how, beyond the workflow table (CaseActors.cpp): only the handler's
    // operators sign for a case; a callback is not the handler's own (office setting) and is closed
    // as unreachable only after the office's tries.
    Error checkActor(const workflow::Folded &f, const workflow::Step &step) const;
    Error checkSigner(const Case &c) const;
    Error checkCallback(const workflow::Folded &f, const workflow::Step &step) const;
    // The handler intake gives a case of a grid: the grid's worker, or for a category routed to
    // the police the officer of the grid's paired police grid.
    QString firstHandler(const Case &c) const;
    QString finder(const Case &c) const; // who found a proactive case the desk named nobody for
    // The next case number of this office for a case received at receivedMs.
    Result<QString> nextNumber(qint64 receivedMs) const;
    // The route of a category ("" for none): its own, never its parent's (CaseDeadlines.cpp).
    QString categoryRoute(const QString &categoryId) const;
    Result<QString> insertCase(const Case &c);
    Result<CaseEvent> appendEvent(const QString &caseId, const workflow::Step &step, const QString &after);
    // Writes the derived columns in which `folded` differs from `stored` (the row as read).
    Status storeDerived(const Case &folded, const Case &stored);
    Error checkReturnWindow(const QList<CaseEvent> &events) const;
    // `appended`, when given, receives the event the action wrote.
    Result<Case> actInTransaction(const QString &caseId, workflow::Step step, CaseEvent *appended = nullptr);
    // The search index, made on first use and kept, with its prepared statements, for this
    // service's life (an import registers thousands of cases through one service).
    const CaseSearchIndex &searchIndex() const;
    Database &m_db;
    mutable std::shared_ptr<CaseSearchIndex> m_index;
    mutable QPair<QString, qint64> m_lastNumber; // the day's prefix and the number last given
};

} // namespace gd
