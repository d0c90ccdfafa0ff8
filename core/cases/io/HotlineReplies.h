#pragma once
// The hotline's replies (办理结果), one row per 12345 order, for the hotline's own system: the
// case's order when the case has its result (completed, settled at the desk, not accepted or
// guided elsewhere), and each attached report's order once that report was answered. The row
// carries the order number, the case number, the result text, when, and how the callback ended.
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

class Database;

struct HotlineReply {
    QString order;      // the 12345 work order number
    QString caseNumber; // the case it was handled in (its own, or the case it was attached to)
    QString result;     // what was done or answered
    qint64 atMs = 0;    // when the result was given
    QString callback;   // how its callback ended, in words; "" while none was made
};

class HotlineReplies
{
public:
    explicit HotlineReplies(Database &db)
        : m_db(db)
    {}

    // The replies given in [fromMs, toMs), oldest first. Reads the cases changed since fromMs
    // (the updated index), so a day's replies never read the whole file.
    Result<QList<HotlineReply>> between(qint64 fromMs, qint64 toMs) const;

    // Translated column titles: order, case, result, time, callback.
    static QStringList headers();
    // The replies as CSV for Excel (UTF-8 with BOM), written whole or not at all. Returns the rows.
    Result<int> writeCsv(const QString &path, qint64 fromMs, qint64 toMs) const;

private:
    Database &m_db;
};

} // namespace gd
