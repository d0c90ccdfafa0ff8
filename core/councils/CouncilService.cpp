#include "CouncilService.h"

#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CouncilService)
};

const char kRowSql[] =
    "SELECT c.id, c.kind, coalesce(m.name, ''), coalesce(g.name, ''), c.topic, c.rule_title, c.at_ms, c.residents + "
    "c.party_members + c.leaders + c.property + c.staff + c.others, (SELECT count(*) FROM council_cases cc WHERE "
    "cc.council_id = c.id AND cc.deleted = 0) FROM councils c LEFT JOIN communities m ON m.id = c.community_id LEFT "
    "JOIN grids g ON g.id = c.grid_id";

CouncilRow rowOf(const QSqlQuery &q)
{
    CouncilRow r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.communityName = q.value(2).toString();
    r.gridName = q.value(3).toString();
    r.topic = q.value(4).toString();
    r.ruleTitle = q.value(5).toString();
    r.atMs = q.value(6).toLongLong();
    r.attendance = q.value(7).toInt();
    r.cases = q.value(8).toInt();
    return r;
}

QString filterSql(const CouncilFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("c.deleted = 0")};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    if (!f.gridId.isEmpty())
        add(QStringLiteral("c.grid_id = ?"), f.gridId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("c.community_id = ?"), f.communityId);
    if (!f.streetId.isEmpty())
        add(QStringLiteral("c.community_id IN (SELECT id FROM communities WHERE street_id = ?)"), f.streetId);
    if (!f.kind.isEmpty())
        add(QStringLiteral("c.kind = ?"), f.kind);
    if (f.fromMs > 0)
        add(QStringLiteral("c.at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("c.at_ms < ?"), f.toMs);
    if (f.withRule)
        where << QStringLiteral("c.rule_title <> ''");
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Error CouncilService::validate(const Council &c) const
{
    RowStore rows(m_db);
    if (!councils::kinds().contains(c.kind))
        return Error::invalid(QStringLiteral("kind"),
                              Text::tr("'%1' is not a kind of residents' meeting.").arg(c.kind));
    if (c.communityId.isEmpty() || !rows.exists(tables::communities(), c.communityId))
        return Error::invalid(QStringLiteral("community_id"), Text::tr("Choose the community where it met."));
    if (!c.gridId.isEmpty()) {
        auto grid = rows.fetch(tables::grids(), c.gridId);
        if (!grid || grid->value(QStringLiteral("community_id")).toString() != c.communityId)
            return Error::invalid(QStringLiteral("grid_id"), Text::tr("The grid is not in the community."));
    } else if (c.kind == QLatin1String("self_management")) {
        return Error::invalid(QStringLiteral("grid_id"),
                              Text::tr("A grid self-management committee meets for its grid: choose it."));
    }
    if (Error e =
            check::happened(QStringLiteral("at_ms"), c.atMs, m_db.nowMs(), tables::kEarliestMs, Text::tr("it met"));
        e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("topic"), Text::tr("The topic"), c.topic, 200); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("place"), Text::tr("The place"), c.place, 100); e.isError())
        return e;
    for (const QString &role : councils::roles()) {
        const int n = councils::countOf(c.attendance, role);
        if (n < 0 || n > councils::kMaxAttendees)
            return Error::invalid(
                role,
                Text::tr("%1: give a number from 0 to %2.").arg(councils::roleName(role)).arg(councils::kMaxAttendees));
    }
    if (c.attendance.total() == 0)
        return Error::invalid(QStringLiteral("residents"), Text::tr("Count who attended."));
    for (const auto &[field, label, value] : {std::tuple{"positions", Text::tr("The positions"), c.positions},
                                              std::tuple{"resolution", Text::tr("The resolution"), c.resolution},
                                              std::tuple{"rule_text", Text::tr("The rule"), c.ruleText}})
        if (Error e = check::optionalText(QLatin1String(field), label, value, 8000, true); e.isError())
            return e;
    if (Error e = check::optionalText(QStringLiteral("rule_title"), Text::tr("The rule's title"), c.ruleTitle, 100);
        e.isError())
        return e;
    if (c.ruleTitle.trimmed().isEmpty() != c.ruleText.trimmed().isEmpty())
        return Error::invalid(c.ruleTitle.trimmed().isEmpty() ? QStringLiteral("rule_title")
                                                              : QStringLiteral("rule_text"),
                              Text::tr("A rule adopted keeps both its title and its text."));
    if (c.caseIds.size() > councils::kMaxCases)
        return Error::invalid(QStringLiteral("case_id"),
                              Text::tr("Link at most %1 requests.").arg(councils::kMaxCases));
    for (const QString &caseId : c.caseIds) {
        auto linked = rows.fetch(tables::cases(), caseId);
        if (!linked)
            return Error::invalid(QStringLiteral("case_id"), Text::tr("There is no such request."));
        auto grid = rows.fetch(tables::grids(), linked->value(QStringLiteral("grid_id")).toString());
        if (!grid || grid->value(QStringLiteral("community_id")).toString() != c.communityId)
            return Error::invalid(QStringLiteral("case_id"),
                                  Text::tr("The request %1 is not of the community's grids.")
                                      .arg(linked->value(QStringLiteral("number")).toString()));
    }
    return {};
}

QVariantMap CouncilService::fieldsOf(const Council &c) const
{
    QVariantMap v{{QStringLiteral("kind"), c.kind},
                  {QStringLiteral("community_id"), c.communityId},
                  {QStringLiteral("grid_id"), c.gridId.isEmpty() ? QVariant() : QVariant(c.gridId)},
                  {QStringLiteral("at_ms"), c.atMs},
                  {QStringLiteral("topic"), c.topic.trimmed()},
                  {QStringLiteral("place"), c.place.trimmed()},
                  {QStringLiteral("positions"), c.positions.trimmed()},
                  {QStringLiteral("resolution"), c.resolution.trimmed()},
                  {QStringLiteral("rule_title"), c.ruleTitle.trimmed()},
                  {QStringLiteral("rule_text"), c.ruleText.trimmed()}};
    for (const QString &role : councils::roles())
        v.insert(role, councils::countOf(c.attendance, role));
    return v;
}

Result<QString> CouncilService::record(const Council &c)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = validate(c); e.isError())
            return e;
        auto id = RowStore(m_db).insert(tables::councils(), fieldsOf(c), c.id);
        if (!id)
            return id.error();
        if (Status s = syncLinks(m_db, tables::councilCases(), QStringLiteral("council_id"), *id,
                                 QStringLiteral("case_id"), c.caseIds);
            !s)
            return s.error();
        return *id;
    });
}

Status CouncilService::edit(const Council &c)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::councils(), c.id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such meeting of residents."));
        if (Error e = validate(c); e.isError())
            return e;
        if (Status s = RowStore(m_db).update(tables::councils(), c.id, fieldsOf(c)); !s)
            return s;
        return syncLinks(m_db, tables::councilCases(), QStringLiteral("council_id"), c.id, QStringLiteral("case_id"),
                         c.caseIds);
    });
}

Status CouncilService::remove(const QString &id)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::councils(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such meeting of residents."));
        return RowStore(m_db).tombstone(tables::councils(), id);
    });
}

Result<Council> CouncilService::open(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::councils(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such meeting of residents."));
    const auto text = [&row](const char *f) { return row->value(QLatin1String(f)).toString(); };
    Council c;
    c.id = id;
    c.kind = text("kind");
    c.communityId = text("community_id");
    c.gridId = text("grid_id");
    c.atMs = row->value(QStringLiteral("at_ms")).toLongLong();
    c.topic = text("topic");
    c.place = text("place");
    c.positions = text("positions");
    c.resolution = text("resolution");
    c.ruleTitle = text("rule_title");
    c.ruleText = text("rule_text");
    for (const QString &role : councils::roles())
        *councils::countField(c.attendance, role) = row->value(role).toInt();
    for (const Row &r : selectRows(m_db, tables::councilCases(), QStringLiteral("council_id = ?"), {id},
                                   QStringLiteral("created_hlc, id")))
        c.caseIds << r.second.value(QStringLiteral("case_id")).toString();
    return c;
}

Result<CouncilPage> CouncilService::page(const CouncilFilter &f, int limit, const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              Text::tr("Ask for 1 to %1 meetings of residents at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::readPage<CouncilPage>(m_db, QString::fromUtf8(kRowSql), where, binds, QStringLiteral("c.at_ms"),
                                         QStringLiteral("c.id"), limit, afterKey, rowOf,
                                         [](const CouncilRow &r) { return keyset::keyOf(r.atMs, r.id); });
}

Result<int> CouncilService::count(const CouncilFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<int> CouncilService::countIn(const ReadSource &source, const CouncilFilter &f)
{
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::countRows(source, QStringLiteral("councils c"), where, binds);
}

Result<QList<CouncilRow>> CouncilService::ofCase(const QString &caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("%1 WHERE c.deleted = 0 AND c.id IN (SELECT council_id FROM council_cases WHERE case_id = "
                             "? AND deleted = 0) ORDER BY c.at_ms")
                  .arg(QString::fromUtf8(kRowSql)));
    q.addBindValue(caseId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<CouncilRow> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

} // namespace gd
