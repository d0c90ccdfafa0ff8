#pragma once
// The review of suspected repeats (疑似重复): the cases the repeat finder scored as possibly
// repeating another when they were imported, but below the score at which the import attaches
// them. A person confirms a pair (the case is merged into the other, undone by splitting it back
// out) or rejects it (never proposed again). The queue is read from the cases' derived columns;
// the decisions are events on the case (CaseService::confirmRepeat / rejectRepeat).
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace gd {

class Database;

struct RepeatPair {
    QString caseId;
    QString number;
    qint64 receivedMs = 0;
    QString description;
    QString otherId; // the case it may repeat (or was merged into)
    QString otherNumber;
    QString otherState;
    QString otherDescription;
    int score = 0;
    QString reasonText; // RepeatFinder::describeReasons of what the import recorded
    QString status;     // pending | confirmed | rejected
    QString decidedBy;  // the operator's name ("" while pending)
    qint64 decidedMs = 0;
};

class RepeatReview
{
public:
    explicit RepeatReview(Database &db)
        : m_db(db)
    {}

    static QStringList statuses(); // pending, confirmed, rejected
    static QString statusName(const QString &status);

    // The pairs with this status, the most recently received first, at most `limit`.
    Result<QList<RepeatPair>> list(const QString &status, int limit = 500) const;
    int count(const QString &status) const;

private:
    Database &m_db;
};

} // namespace gd
