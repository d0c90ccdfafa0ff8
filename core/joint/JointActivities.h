#pragma once
// Police–grid joint activities (警网联动): one of the five kinds, held by a police grid with some of
// the grids paired with it, the people who took part and the cases or disputes it worked on; read
// a page at a time and counted for the figures. Writes need Permission::RecordGridWork, one
// transaction each, stamped and audited. No resident's personal data is kept here: the people are
// the team's, and the cases and disputes keep their own.
#include "JointTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

class Database;
struct TableDef;

struct JointActivityFilter {
    QString streetId, communityId, gridId; // held in a grid of the place
    QString policeGridId;
    QString kind;
    qint64 fromMs = 0, toMs = 0; // held in [from, to); 0: no bound
};

struct JointActivityRow {
    QString id, kind, policeGridId, policeGridName, grids, summary, recordedByName;
    qint64 atMs = 0;
    int people = 0, links = 0;
};

struct JointActivityPage {
    QList<JointActivityRow> rows;
    QString nextKey; // pass to page() for the rows after these; empty at the end
};

class JointActivityService
{
public:
    explicit JointActivityService(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;

    // Refused with the field named: no such police grid, a kind not in the list, no time or one
    // before 2000 or in the future, nothing said of what was done, no grid or one not paired with
    // the police grid, a person neither in the register nor named, a case or dispute not in one of
    // its grids, too many of any, a text too long.
    Result<QString> record(const JointActivity &activity);
    // Changes all of it; people kept by id are updated, grids and links kept by value.
    Status edit(const JointActivity &activity);
    Status remove(const QString &id);
    Error validate(const JointActivity &activity) const;
    Result<JointActivity> open(const QString &id) const;

    // Newest first; afterKey from the page before.
    Result<JointActivityPage> page(const JointActivityFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const JointActivityFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const JointActivityFilter &filter);

private:
    Status writeParts(const QString &id, const JointActivity &a, bool replace);
    Database &m_db;
};

// The filter of the activities (where the WHERE clause names the activity "a"), shared by the list
// and the figures' table per police grid and kind.
QString jointActivityWhere(const JointActivityFilter &filter, QVariantList *binds);

// The people of an activity or meeting checked as the services do: at most joint::kMaxPeople,
// each in the register or named, a name not too long.
Error checkJointPeople(Database &db, const QList<JointPerson> &people);
// The same people with the register's names filled in, read from `table` for its `parentColumn`.
QList<JointPerson> jointPeopleOf(Database &db, const TableDef &table, const QString &parentColumn, const QString &id);

} // namespace gd
