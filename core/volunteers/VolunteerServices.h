#pragma once
// Volunteer services (志愿服务记录): what a team did, when, in which grid, of which kind, how many
// hours each volunteer gave and how many households were served, and who served; read a page at a
// time, counted and summed for the figures, and totalled per team, person or kind for a period.
// Writes need Permission::RecordGridWork, one transaction each, stamped and audited.
#include "VolunteerTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

class Database;

struct VolunteerFilter {
    QString streetId, communityId, gridId; // served in a grid of the place
    QString teamId, kindId, workerId;      // workerId: those this person served in
    qint64 fromMs = 0, toMs = 0;           // done in [from, to); 0: no bound
};

struct VolunteerServiceRow {
    QString id, teamName, gridName, kindName, summary;
    qint64 atMs = 0;
    double hours = 0;
    int households = 0, servers = 0;
};

struct VolunteerServicePage {
    QList<VolunteerServiceRow> rows;
    QString nextKey;
};

// One line of the totals: a team, a person or a kind, with what it did in the period.
struct VolunteerTotal {
    QString id, name;
    int services = 0;
    double hours = 0; // a team's and a kind's: the hours each volunteer gave, summed over them
    int households = 0;
};

class VolunteerServiceLog
{
public:
    explicit VolunteerServiceLog(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;
    enum class By { Team, Person, Kind };

    // The kind is kindId, or the kind named kindName — added to the office's list with the service,
    // or not at all when the service is refused. Refused with the field named: no such team, kind or grid, a grid
    // outside the team's (a grid's team serves its grid, a community's team its grids), no time or one before 2000 or
    // in the future, hours not between 0.5 and 24 in half hours, households out of range, no one who served or someone
    // not in the register, a text too long.
    Result<QString> record(const VolunteerService &service);
    Status edit(const VolunteerService &service);
    Status remove(const QString &id);
    Error validate(const VolunteerService &service) const;
    Result<VolunteerService> open(const QString &id) const;

    Result<VolunteerServicePage> page(const VolunteerFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const VolunteerFilter &filter) const;
    // Hours given: each service's hours times the volunteers who served in it.
    Result<double> hours(const VolunteerFilter &filter) const;
    // The same count and sum in any store read with the office's statements: a file, or a hub.
    static Result<int> countIn(const ReadSource &source, const VolunteerFilter &filter);
    static Result<double> hoursIn(const ReadSource &source, const VolunteerFilter &filter);
    Result<QList<VolunteerTotal>> totals(const VolunteerFilter &filter, By by) const;

private:
    QVariantMap fieldsOf(const VolunteerService &service) const;
    Database &m_db;
};

// The service filter (where the WHERE clause names the service "s"), shared by the list, the
// totals and the hours statement.
QString volunteerServiceWhere(const VolunteerFilter &filter, QVariantList *binds);

} // namespace gd
