#pragma once
// Residents' councils and grid self-management committees (居民议事会 / 网格自管会): a meeting
// recorded with its attendance by role, the positions voiced, the resolution, any rule adopted and
// the requests it settles; read a page at a time, counted for the figures, and found from a
// request it settled. No resident is named (attendance is counted), so nothing here is personal
// data. Writes need Permission::RecordGridWork, one transaction each, stamped and audited.
#include "CouncilTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

class Database;

struct CouncilFilter {
    QString streetId, communityId, gridId; // held in the place (a grid's: its committee's meetings)
    QString kind;
    qint64 fromMs = 0, toMs = 0; // held in [from, to); 0: no bound
    bool withRule = false;       // only those that adopted a rule
};

struct CouncilRow {
    QString id, kind, communityName, gridName, topic, ruleTitle;
    qint64 atMs = 0;
    int attendance = 0, cases = 0;
};

struct CouncilPage {
    QList<CouncilRow> rows;
    QString nextKey;
};

class CouncilService
{
public:
    explicit CouncilService(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;

    // Refused with the field named: a kind not in the list, no community or one not in the file, a
    // grid of another community, a self-management committee without its grid, no time or one
    // before 2000 or in the future, no topic, no one attending or a count out of range, a rule's
    // text without its title (or the other way), a request not of the community's grids, a text
    // too long.
    Result<QString> record(const Council &council);
    // Changes all of it; the requests kept by value.
    Status edit(const Council &council);
    Status remove(const QString &id);
    Error validate(const Council &council) const;
    Result<Council> open(const QString &id) const;

    Result<CouncilPage> page(const CouncilFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const CouncilFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const CouncilFilter &filter);
    // The councils that settled this request.
    Result<QList<CouncilRow>> ofCase(const QString &caseId) const;

private:
    QVariantMap fieldsOf(const Council &council) const;
    Database &m_db;
};

} // namespace gd
