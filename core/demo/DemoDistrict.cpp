#include "DemoDistrict.h"

#include "DemoPlan.h"
#include "access/OperatorService.h"
#include "org/BuildingService.h"
#include "people/Membership.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <iterator>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DemoDistrict)
};

const DemoOperator kOperators[] = {
    {"admin", "admin123", "系统管理员", "admin"}, // first: a new file's first operator must be an admin
    {"zhuren", "zhuren123", "王主任", "supervisor"},
    {"wangfang", "wangfang123", "王芳", "staff"},
};

// Any row at all, deleted ones included: the demo's fixed ids would collide with a tombstone.
bool holdsOrganisation(Database &db)
{
    for (const TableDef *t : {&tables::streets(), &tables::communities(), &tables::grids(), &tables::policeGrids(),
                              &tables::workers(), &tables::units()}) {
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(t->name)) && q.next())
            return true;
    }
    return false;
}

// Inserts rows through RowStore (stamps, version vector, audit) and reports progress every
// so many rows, turning a "stop" from the caller into the error that rolls everything back.
class Writer
{
public:
    Writer(Database &db, std::function<bool(double)> progress, int expectedRows)
        : m_rows(db)
        , m_progress(std::move(progress))
        , m_expected(qMax(1, expectedRows))
    {}

    Status put(const TableDef &table, const QVariantMap &values, const QString &id)
    {
        auto r = m_rows.insert(table, values, id);
        if (!r)
            return r.status();
        ++m_written;
        if (m_written % kReportEvery == 0)
            return report(qMin(0.99, double(m_written) / m_expected));
        return {};
    }

    Status report(double fraction)
    {
        if (m_progress && !m_progress(fraction))
            return Error::cancelled();
        return {};
    }

    int written() const { return m_written; }

private:
    static constexpr int kReportEvery = 250; // a few dozen calls over the whole district
    RowStore m_rows;
    std::function<bool(double)> m_progress;
    int m_expected;
    int m_written = 0;
};

// QtSql binds an empty (null) QString as SQL NULL, which the NOT NULL DEFAULT '' columns
// refuse; the generator hands over '' itself rather than rely on the layer below.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariantMap workerValues(const Worker &w)
{
    return {{QStringLiteral("name"), w.name},
            {QStringLiteral("sex"), w.sex},
            {QStringLiteral("phone"), text(check::normalizePhone(w.phone))},
            {QStringLiteral("kind"), w.kind},
            {QStringLiteral("community_id"), org::idOrNull(w.communityId)},
            {QStringLiteral("start_date"), w.startDate},
            {QStringLiteral("status"), w.status},
            {QStringLiteral("star"), w.star},
            {QStringLiteral("photo"), QVariant()}};
}

// The lookup rows a building gets when saved through BuildingService: its address and its
// name, one row per distinct normalized wording, with the same ids the service derives.
struct AddressRow {
    QString id, buildingId, gridId, text, normalized;
};
QList<AddressRow> addressRows(const QList<Building> &buildings)
{
    QList<AddressRow> out;
    for (const Building &b : buildings) {
        QSet<QString> seen;
        for (const QString &text : {b.address, b.name}) {
            const QString normalized = BuildingService::normalize(text);
            if (normalized.isEmpty() || seen.contains(normalized))
                continue;
            seen.insert(normalized);
            out << AddressRow{uuid::v5(QStringLiteral("addresses/%1/%2").arg(b.id, normalized)), b.id, b.gridId,
                              text.trimmed(), normalized};
        }
    }
    return out;
}

Status writeRows(Writer &w, const demo::Plan &plan, const QList<AddressRow> &addresses, DemoSummary &sum)
{
    for (const Street &s : plan.streets)
        if (Status st = w.put(tables::streets(), org::toValues(s), s.id); !st)
            return st;
    for (const Community &c : plan.communities)
        if (Status st = w.put(tables::communities(), org::toValues(c), c.id); !st)
            return st;
    for (const Worker &x : plan.workers)
        if (Status st = w.put(tables::workers(), workerValues(x), x.id); !st)
            return st;
    for (const PoliceGrid &p : plan.policeGrids)
        if (Status st = w.put(tables::policeGrids(), org::toValues(p), p.id); !st)
            return st;
    for (const Grid &g : plan.grids)
        if (Status st = w.put(tables::grids(), org::toValues(g), g.id); !st)
            return st;
    for (const Worker &x : plan.workers) {
        for (const QString &gridId : x.gridIds) {
            Status st =
                w.put(tables::workerGrids(), {{QStringLiteral("worker_id"), x.id}, {QStringLiteral("grid_id"), gridId}},
                      membership::rowId(x.id, gridId));
            if (!st)
                return st;
            ++sum.memberships;
        }
    }
    for (const Building &b : plan.buildings)
        if (Status st = w.put(tables::buildings(), org::toValues(b), b.id); !st)
            return st;
    for (const AddressRow &a : addresses) {
        Status st = w.put(tables::addresses(),
                          {{QStringLiteral("building_id"), a.buildingId},
                           {QStringLiteral("grid_id"), a.gridId},
                           {QStringLiteral("text"), a.text},
                           {QStringLiteral("normalized"), a.normalized}},
                          a.id);
        if (!st)
            return st;
    }
    for (const Unit &u : plan.units)
        if (Status st = w.put(tables::units(), org::toValues(u), u.id); !st)
            return st;
    for (const UnitContact &c : plan.contacts)
        if (Status st = w.put(tables::unitContacts(), org::toValues(c), c.id); !st)
            return st;
    for (const CareerStep &c : plan.careerSteps) {
        Status st = w.put(tables::careerSteps(),
                          {{QStringLiteral("worker_id"), c.workerId},
                           {QStringLiteral("stage"), c.stage},
                           {QStringLiteral("date"), c.date},
                           {QStringLiteral("note"), text(c.note)}},
                          c.id);
        if (!st)
            return st;
    }
    for (const GridCover &c : plan.covers) {
        Status st = w.put(tables::gridCovers(),
                          {{QStringLiteral("grid_id"), c.gridId},
                           {QStringLiteral("worker_id"), c.workerId},
                           {QStringLiteral("start_date"), c.startDate},
                           {QStringLiteral("end_date"), text(c.endDate)},
                           {QStringLiteral("monthly_subsidy"), c.monthlySubsidy}},
                          c.id);
        if (!st)
            return st;
    }
    return {};
}

// The README's demo logins. A file that already has operators (an office that signed up
// first) keeps them; only the logins it lacks are added.
Result<int> createOperators(Database &db)
{
    OperatorService service(db);
    QSet<QString> existing;
    for (const Operator &o : service.operators())
        existing.insert(o.login.toLower());
    int created = 0;
    int count = 0;
    const DemoOperator *ops = demoOperators(&count);
    for (int i = 0; i < count; ++i) {
        const QString login = QString::fromLatin1(ops[i].login);
        if (existing.contains(login))
            continue;
        Role role = Role::Staff;
        roleFromKey(QString::fromLatin1(ops[i].role), &role);
        auto r =
            service.create(login, QString::fromUtf8(ops[i].displayName), role, QString::fromLatin1(ops[i].password));
        if (!r)
            return r.error();
        ++created;
    }
    return created;
}

} // namespace

const DemoOperator *demoOperators(int *count)
{
    if (count)
        *count = int(std::size(kOperators));
    return kOperators;
}

Result<DemoSummary> DemoDistrict::generate(Database &db, const DemoOptions &options)
{
    ScopedActor asSystem(db, Actor::system());
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    // Checked under the write lock, so no other program can add a street in between.
    if (holdsOrganisation(db))
        return Error::make(ErrorKind::Invalid,
                           Text::tr("This file already holds streets, grids or workers. A demo district can only be "
                                    "generated into an empty file."));

    const demo::Plan plan = demo::buildPlan(options.seed);
    const QList<AddressRow> addresses = addressRows(plan.buildings);
    int memberships = 0;
    for (const Worker &w : plan.workers)
        memberships += int(w.gridIds.size());
    const int expected =
        int(plan.streets.size() + plan.communities.size() + plan.workers.size() + plan.policeGrids.size() +
            plan.grids.size() + memberships + plan.buildings.size() + addresses.size() + plan.units.size() +
            plan.contacts.size() + plan.careerSteps.size() + plan.covers.size());
    Writer writer(db, options.progress, expected);
    if (Status s = writer.report(0.0); !s)
        return s.error();

    for (const auto &[key, value] :
         {std::pair{"district_code", "370202"}, std::pair{"office_name", "市南区网格化服务管理中心"},
          // Printed on the contact cards (cards/); a made-up number of the district's format.
          std::pair{"supervision_phone", "0532-88720180"}})
        if (Status s = db.setMeta(QString::fromLatin1(key), QString::fromUtf8(value)); !s)
            return s.error();

    DemoSummary sum;
    if (Status s = writeRows(writer, plan, addresses, sum); !s)
        return s.error();
    // Hashing the passwords is the slowest single step; give the caller a chance to stop first.
    if (Status s = writer.report(0.99); !s)
        return s.error();
    auto operators = createOperators(db);
    if (!operators)
        return operators.error();
    if (Status s = writer.report(1.0); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    sum.streets = int(plan.streets.size());
    sum.communities = int(plan.communities.size());
    sum.grids = int(plan.grids.size());
    sum.policeGrids = int(plan.policeGrids.size());
    sum.buildings = int(plan.buildings.size());
    sum.addresses = int(addresses.size());
    sum.workers = int(plan.workers.size());
    sum.units = int(plan.units.size());
    sum.unitContacts = int(plan.contacts.size());
    sum.careerSteps = int(plan.careerSteps.size());
    sum.covers = int(plan.covers.size());
    sum.operators = *operators;
    sum.rows = writer.written();
    return sum;
}

} // namespace gd
