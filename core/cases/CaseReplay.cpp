#include "CaseReplay.h"

#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace gd {

namespace {

// Cases replayed between two entry passes: bounds what is held in memory (two entries a case)
// and the number of FTS5 segments a large merge leaves (one a chunk).
constexpr int kChunk = 4000;

} // namespace

CaseReplay::CaseReplay(Database &db)
    : m_db(db)
    , m_index(db.sql())
{}

Status CaseReplay::remember(const QString &caseId)
{
    if (m_before.contains(caseId))
        return {};
    auto entry = m_index.entry(caseId);
    if (!entry)
        return entry.error();
    m_before.insert(caseId, *entry);
    return {};
}

Status CaseReplay::replay(const QSet<QString> &caseIds, const std::function<bool(qint64)> &progress)
{
    const QStringList ids(caseIds.cbegin(), caseIds.cend());
    Result<QHash<QString, qint64>> docs = m_index.docsOf(ids);
    if (!docs)
        return docs.error();
    // Doc order, which is also about the order the rows were written in.
    QList<QPair<qint64, QString>> order;
    order.reserve(ids.size());
    for (const QString &id : ids)
        order.append({docs->value(id), id});
    std::sort(order.begin(), order.end());
    for (qsizetype from = 0; from < order.size(); from += kChunk) {
        if (progress && !progress(from))
            return Error::cancelled();
        if (Status s = replayChunk(order.mid(from, kChunk), true); !s)
            return s;
    }
    return {};
}

Status CaseReplay::indexNew(const QStringList &caseIds, const std::function<bool(qint64)> &progress)
{
    for (qsizetype from = 0; from < caseIds.size(); from += kChunk) {
        if (progress && !progress(from))
            return Error::cancelled();
        QList<QPair<qint64, QString>> chunk;
        for (const QString &id : caseIds.mid(from, kChunk))
            chunk.append({0, id});
        if (Status s = replayChunk(chunk, false); !s)
            return s;
    }
    return {};
}

Status CaseReplay::replayChunk(const QList<QPair<qint64, QString>> &docsAndIds, bool states)
{
    QStringList ids;
    ids.reserve(docsAndIds.size());
    for (const auto &d : docsAndIds)
        ids << d.second;
    auto stored = caserecord::storedCases(m_db.sql(), ids);
    if (!stored)
        return stored.error();
    auto timelines = caserecord::timelines(m_db.sql(), ids);
    if (!timelines)
        return timelines.error();
    struct Work {
        const caserecord::Stored *row;
        const QList<CaseEvent> *timeline;
        qint64 doc;
    };
    static const QList<CaseEvent> kNoEvents;
    QList<Work> work;
    work.reserve(docsAndIds.size());
    for (const auto &[doc, id] : docsAndIds) {
        auto row = stored->constFind(id);
        if (row == stored->cend()) {
            // Gone (an undo took back the merge that brought it): so goes its entry.
            if (Status s = m_index.remove(m_before.value(id)); !s)
                return s;
            continue;
        }
        auto timeline = timelines->constFind(id);
        work.append({&*row, timeline == timelines->cend() ? &kNoEvents : &*timeline, doc});
    }
    // The entries' tokens are made on the other core while this one writes the states (each took
    // about a third of a replay); both only read the rows and timelines.
    QList<Pending> pending(work.size());
    Pending *out = pending.data();
    std::atomic<bool> stop{false};
    // Joined on every way out (a failed write, an exception): the worker reads this frame.
    struct Worker {
        std::atomic<bool> &stop;
        std::thread thread;
        ~Worker()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
        }
    } tokens{stop, std::thread([&] {
                 for (qsizetype i = 0; i < work.size() && !stop; ++i)
                     out[i] = entryOf(*work.at(i).row, *work.at(i).timeline, work.at(i).doc);
             })};
    for (const Work &w : std::as_const(work)) {
        // A deleted case (a tombstone that gained events elsewhere) has no state to show: its
        // events are kept, its derived columns stay as they were.
        if (!states || w.row->deleted)
            continue;
        if (Status s = writeDerived(*w.row, workflow::fold(w.row->c, *w.timeline).c); !s)
            return s; // the worker stops at its next case
    }
    tokens.thread.join();
    tokens.thread = std::thread(); // joined: the guard has nothing left to wait for
    for (const Pending &p : std::as_const(pending))
        if (Status s = m_index.renew(p.id, p.before, p.after, p.receivedMs); !s)
            return s;
    return {};
}

CaseReplay::Pending CaseReplay::entryOf(const caserecord::Stored &stored, const QList<CaseEvent> &timeline,
                                        qint64 doc) const
{
    Pending p;
    p.id = stored.c.id;
    p.receivedMs = stored.c.receivedMs;
    p.after = CaseSearchIndex::tokensOf(CaseSearchIndex::textsFrom(stored.c, timeline));
    auto remembered = m_before.constFind(p.id);
    if (remembered != m_before.cend()) {
        p.before = *remembered;
    } else if (doc) {
        p.before = CaseSearchIndex::tokensOf(CaseSearchIndex::textsFrom(stored.c, timeline, m_newEvents));
        p.before.doc = doc;
    }
    return p;
}

Status CaseReplay::writeDerived(const caserecord::Stored &row, const Case &folded)
{
    const quint32 changed = CaseService::derivedChanges(row.c, folded);
    if (!changed)
        return {};
    auto it = m_updates.find(changed);
    if (it == m_updates.end()) {
        QSqlQuery q(m_db.sql());
        q.prepare(CaseService::derivedUpdate(changed, QStringLiteral("rowid")));
        it = m_updates.insert(changed, q);
    }
    CaseService::bindDerived(*it, changed, folded);
    it->addBindValue(row.rowid);
    m_db.noteChanged(QStringLiteral("cases"));
    const Status s = exec(*it);
    it->finish();
    return s;
}

} // namespace gd
