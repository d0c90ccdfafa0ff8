#include "HubIngest.h"

#include "DesktopSchema.h"
#include "HubAreaCheck.h"
#include "HubConnection.h"
#include "HubFigures.h"
#include "HubOffices.h"
#include "HubReferences.h"
#include "HubRefold.h"
#include "HubSchema.h"
#include "HubSearchRows.h"
#include "HubTrust.h"
#include "cases/CaseRecord.h"
#include "cases/CaseService.h"
#include "exchange/ExchangeTables.h"
#include "exchange/PackageReader.h"
#include "exchange/RowMerge.h"
#include "schema/Tables.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <sqlite3.h>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub)
};

QString staged(const QString &table)
{
    return QStringLiteral("pkg_") + table;
}

QString columnList(const exchange::ExchangeTable &t, const QString &prefix = {})
{
    QStringList out;
    for (const QString &c : t.columns)
        out << prefix + pgIdentifier(c);
    return out.join(QStringLiteral(", "));
}

QString lacking(const QString &table)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 m WHERE m.id = p.id)").arg(pgIdentifier(table));
}

class Ingest
{
public:
    Ingest(HubConnection &hub, exchange::PackageReader &package, IngestReport &report)
        : m_hub(hub)
        , m_package(package)
        , m_report(report)
    {}
    Status run();
    // Per site, the oldest stamp the ingest wrote: every office's watermarks go below it.
    const exchange::SiteMarks &oldestWritten() const { return m_oldest; }

private:
    void noteWritten(const QString &site, qint64 hlc)
    {
        auto it = m_oldest.find(site);
        if (it == m_oldest.end())
            m_oldest.insert(site, hlc);
        else if (hlc < *it)
            *it = hlc;
    }
    Status noteNewRows(const exchange::ExchangeTable &t);
    Status addLacking(const exchange::ExchangeTable &t, exchange::TableMergeCounts &counts);
    Status stage(const exchange::ExchangeTable &t);
    Status mergeRows(const exchange::ExchangeTable &t);
    Status mergeEvents(const exchange::ExchangeTable &t);
    Status recordConflict(const QString &table, const QString &rowId, const exchange::FieldConflict &c);
    Status refold();

    HubConnection &m_hub;
    exchange::PackageReader &m_package;
    IngestReport &m_report;
    QSet<QString> m_touchedCases; // cases the hub had that changed or gained events
    exchange::SiteMarks m_oldest;
    QSet<QString> m_emptyTables; // empty in the hub before this ingest
    qint64 m_nowMs = QDateTime::currentMSecsSinceEpoch();
};

Status Ingest::run()
{
    // Each step's time in the log (QT_LOGGING_RULES="griddesk.exchange.debug=true"): where a slow
    // ingest spends it.
    QElapsedTimer watch;
    watch.start();
    const auto step = [&watch](const char *what) {
        qCDebug(lcExchange) << "hub ingest:" << what << watch.restart() << "ms";
    };
    for (const exchange::ExchangeTable &t : exchange::exchangeTables())
        if (Status s = stage(t); !s)
            return s;
    step("staged");
    // Each office's changes inside its own area, before anything is written.
    if (Status s = checkHubAreas(m_hub, m_package.info(), QFileInfo(m_package.path()).fileName()); !s)
        return s;
    step("areas checked");
    HubFigureUpkeep figures(m_hub);
    if (Status s = figures.before(); !s)
        return s;
    step("figures' cases noted");
    if (Status s = planHubSearch(m_hub); !s)
        return s;
    step("search planned");
    for (const exchange::ExchangeTable &t : exchange::exchangeTables())
        if (Status s = t.appendOnly ? mergeEvents(t) : mergeRows(t); !s)
            return s;
    step("merged");
    if (Status s = refold(); !s)
        return s;
    step("refolded");
    // What the rows name, as an office's commit checks it.
    if (Status s = checkHubReferences(m_hub, QFileInfo(m_package.path()).fileName(),
                                      m_package.info().sourceOffice.isEmpty() ? m_package.info().sourceSite
                                                                              : m_package.info().sourceOffice,
                                      !m_touchedCases.isEmpty());
        !s)
        return s;
    step("references checked");
    if (Status s = figures.after(); !s)
        return s;
    step("figures counted");
    // What search reads, for the same cases the figures counted again: their new notes added, or
    // their rows made again.
    Status searched = keepHubSearch(m_hub);
    step("search kept");
    return searched;
}

// The package's rows of one table into a temporary table shaped as the hub's, by COPY.
Status Ingest::stage(const exchange::ExchangeTable &t)
{
    const QString table = pgIdentifier(staged(t.name));
    if (Status s = m_hub.exec(
            QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2) ON COMMIT DROP").arg(table, pgIdentifier(t.name)));
        !s)
        return s;
    QStringList columns;
    for (const QString &c : t.columns)
        columns << quotedIdentifier(c);
    SqliteStatement st;
    const QByteArray sql =
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), quotedIdentifier(t.name)).toUtf8();
    if (sqlite3_prepare_v2(m_package.db(), sql.constData(), -1, &st.st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_package.db())));
    const int n = int(t.columns.size());
    bool failed = false;
    if (Status s = m_hub.copyIn(staged(t.name), t.columns,
                                [&](QVariantList &values) {
                                    const int rc = sqlite3_step(st.st);
                                    if (rc != SQLITE_ROW) {
                                        failed = rc != SQLITE_DONE;
                                        return false;
                                    }
                                    for (int i = 0; i < n; ++i)
                                        values << sqliteValue(st.st, i);
                                    return true;
                                });
        !s)
        return s;
    if (failed)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_package.db())));
    // A table the hub holds nothing of yet (a district's first year) takes every row: nothing to
    // look up by id, so the staged copy needs no index.
    auto any = m_hub.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(pgIdentifier(t.name)));
    if (!any)
        return any.error();
    if (!any->toBool()) {
        m_emptyTables.insert(t.name);
        return {};
    }
    if (Status s = m_hub.exec(QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (id)").arg(table)); !s)
        return s;
    return m_hub.exec(QStringLiteral("ANALYZE %1").arg(table));
}

Status Ingest::mergeRows(const exchange::ExchangeTable &t)
{
    const TableDef *def = tables::byName(t.name);
    if (!def)
        return Error::make(ErrorKind::Internal, QStringLiteral("no table %1").arg(t.name));
    exchange::TableMergeCounts &counts = m_report.tables[t.name];
    const QString table = pgIdentifier(t.name), pkg = pgIdentifier(staged(t.name));
    const QString same = QStringLiteral("p.vv = m.vv AND p.hlc = m.hlc AND p.site = m.site AND p.deleted = m.deleted");
    if (m_emptyTables.contains(t.name))
        return addLacking(t, counts);
    auto unchanged = m_hub.scalar(
        QStringLiteral("SELECT count(*) FROM %1 p JOIN %2 m ON m.id = p.id WHERE %3").arg(pkg, table, same));
    if (!unchanged)
        return unchanged.error();
    counts.unchanged = unchanged->toLongLong();
    // Rows on both sides in another version: read whole, then merged one by one.
    QList<QVariantMap> theirs, ours;
    {
        auto q = m_hub.run(
            QStringLiteral("SELECT %1, %2 FROM %3 p JOIN %4 m ON m.id = p.id WHERE NOT (%5)")
                .arg(columnList(t, QStringLiteral("p.")), columnList(t, QStringLiteral("m.")), pkg, table, same));
        if (!q)
            return q.error();
        const int n = int(t.columns.size());
        while (q->next()) {
            QVariantMap p, m;
            for (int i = 0; i < n; ++i) {
                p.insert(t.columns.at(i), q->value(i));
                m.insert(t.columns.at(i), q->value(n + i));
            }
            theirs << p;
            ours << m;
        }
    }
    if (!theirs.isEmpty()) {
        QMultiHash<QString, exchange::OpenConflict> open;
        {
            auto q = m_hub.run(QStringLiteral("SELECT id, row_id, field, greatest(kept_stamp::bigint, "
                                              "lost_stamp::bigint) FROM merge_conflicts WHERE resolved_ms IS NULL AND "
                                              "table_name = ?"),
                               {t.name});
            if (!q)
                return q.error();
            while (q->next())
                open.insert(q->value(1).toString(),
                            {q->value(0).toLongLong(), q->value(2).toString(), q->value(3).toLongLong()});
        }
        QStringList sets;
        for (const QString &c : def->fields)
            sets << pgIdentifier(c) + QStringLiteral("=?");
        for (const char *c : {"site", "hlc", "vv", "fstamps", "deleted", "origin_site", "created_hlc"})
            sets << QString::fromLatin1(c) + QStringLiteral("=?");
        QSqlQuery update(m_hub.sql());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(table, sets.join(QLatin1Char(','))));
        QSqlQuery close(m_hub.sql());
        close.prepare(
            QStringLiteral("UPDATE merge_conflicts SET resolved_ms = ? WHERE id = ? AND resolved_ms IS NULL"));
        for (int i = 0; i < theirs.size(); ++i) {
            const QString id = theirs.at(i).value(QStringLiteral("id")).toString();
            const exchange::RowMergeResult r =
                exchange::mergeRow(exchange::rowVersionOf(ours.at(i), def->fields),
                                   exchange::rowVersionOf(theirs.at(i), def->fields), def->fields);
            for (const exchange::FieldConflict &c : r.conflicts)
                if (Status s = recordConflict(t.name, id, c); !s)
                    return s;
            counts.conflicts += r.conflicts.size();
            for (qint64 settled : exchange::settledConflicts(r.merged, open.values(id))) {
                close.addBindValue(m_nowMs);
                close.addBindValue(settled);
                if (Status s = m_hub.exec(close); !s)
                    return s;
            }
            if (r.outcome == exchange::RowMergeResult::Unchanged) {
                ++counts.unchanged;
                continue;
            }
            const exchange::RowVersion &m = r.merged;
            for (const QString &f : def->fields)
                update.addBindValue(m.fields.value(f));
            update.addBindValue(m.site);
            update.addBindValue(m.hlc);
            update.addBindValue(exchange::versionVectorJson(m.vv));
            update.addBindValue(exchange::fieldStampsJson(m.fstamps));
            update.addBindValue(m.deleted ? 1 : 0);
            update.addBindValue(m.originSite);
            update.addBindValue(m.createdHlc);
            update.addBindValue(id);
            if (Status s = m_hub.exec(update); !s)
                return s;
            ++counts.updated;
            noteWritten(m.site, m.hlc);
            if (t.name == QLatin1String("cases"))
                m_touchedCases.insert(id);
        }
    }
    return addLacking(t, counts);
}

Status Ingest::addLacking(const exchange::ExchangeTable &t, exchange::TableMergeCounts &counts)
{
    const QString table = pgIdentifier(t.name), pkg = pgIdentifier(staged(t.name));
    // Rows the hub lacks: copied by PostgreSQL. New cases keep the state their office folded.
    if (Status s = noteNewRows(t); !s)
        return s;
    if (t.name == QLatin1String("cases"))
        if (Status s =
                m_hub.exec(QStringLiteral("CREATE TEMP TABLE hub_new_cases ON COMMIT DROP AS SELECT id FROM %1 p "
                                          "WHERE %2")
                               .arg(pkg, lacking(t.name)));
            !s)
            return s;
    auto added = m_hub.run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 p WHERE %4")
                               .arg(table, columnList(t), pkg, lacking(t.name)));
    if (!added)
        return added.error();
    counts.added = added->numRowsAffected();
    return {};
}

Status Ingest::noteNewRows(const exchange::ExchangeTable &t)
{
    // Into a table that was empty every staged row is new.
    const QString where = m_emptyTables.contains(t.name) ? QString() : QStringLiteral(" WHERE ") + lacking(t.name);
    auto q = m_hub.run(
        QStringLiteral("SELECT site, min(hlc) FROM %1 p%2 GROUP BY site").arg(pgIdentifier(staged(t.name)), where));
    if (!q)
        return q.error();
    while (q->next())
        noteWritten(q->value(0).toString(), q->value(1).toLongLong());
    return {};
}

Status Ingest::recordConflict(const QString &table, const QString &rowId, const exchange::FieldConflict &c)
{
    auto valueText = [](const QVariant &v) {
        return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.toString());
    };
    auto q = m_hub.run(
        QStringLiteral("INSERT INTO merge_conflicts (table_name, row_id, field, kept_value, lost_value, kept_stamp, "
                       "lost_stamp, lost_site, found_ms, package, kept_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"),
        {table, rowId, c.field, valueText(c.kept), valueText(c.lost), QString::number(c.keptStamp.hlc),
         QString::number(c.lostStamp.hlc), c.lostStamp.site, m_nowMs,
         QString::fromLatin1(m_package.info().content.toHex()), c.keptStamp.site});
    return q ? Status() : Status(q.error());
}

// Immutable facts: what the hub lacks is added; one it has must be the same in every column.
Status Ingest::mergeEvents(const exchange::ExchangeTable &t)
{
    exchange::TableMergeCounts &counts = m_report.tables[t.name];
    const QString table = pgIdentifier(t.name), pkg = pgIdentifier(staged(t.name));
    QStringList differs;
    for (const QString &c : t.columns)
        if (c != QLatin1String("id"))
            differs << QStringLiteral("p.%1 IS DISTINCT FROM m.%1").arg(pgIdentifier(c));
    auto other = m_hub.scalar(QStringLiteral("SELECT p.id FROM %1 p JOIN %2 m ON m.id = p.id WHERE %3 LIMIT 1")
                                  .arg(pkg, table, differs.join(QStringLiteral(" OR "))));
    if (!other)
        return other.error();
    if (!other->isNull())
        return Error::make(ErrorKind::Data,
                           Text::tr("The package %1 was refused: its timeline event %2 has the id of one the hub "
                                    "already has, with other content (events never change once written).")
                               .arg(m_package.path(), other->toString()));
    // Cases the hub had before that gain events are folded again (new cases came whole).
    {
        auto q = m_hub.run(QStringLiteral("SELECT DISTINCT p.case_id FROM %1 p WHERE %2 AND EXISTS (SELECT 1 FROM "
                                          "cases c WHERE c.id = p.case_id) AND NOT EXISTS (SELECT 1 FROM hub_new_cases "
                                          "n WHERE n.id = p.case_id)")
                               .arg(pkg, lacking(t.name)));
        if (!q)
            return q.error();
        while (q->next())
            m_touchedCases.insert(q->value(0).toString());
    }
    if (Status s = addLacking(t, counts); !s)
        return s;
    auto total = m_hub.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(pkg));
    if (!total)
        return total.error();
    counts.unchanged = total->toLongLong() - counts.added;
    return {};
}

Status Ingest::refold()
{
    auto refolded = refoldHubCases(m_hub, m_touchedCases);
    if (!refolded)
        return refolded.error();
    m_report.casesRefolded += *refolded;
    return {};
}

exchange::Receiver receiverOf(HubConnection &hub, const HubIdentity &id, const DesktopSchema &desktop)
{
    exchange::Receiver r;
    r.scratchTemplate = QDir::temp().filePath(QStringLiteral("griddesk-hub-XXXXXX"));
    r.siteId = id.siteId;
    r.schemaVersion = desktop.version;
    r.expectedSchema = desktop.packageSchema;
    r.trusted = [&hub](const QByteArray &key) { return trustedHubOffice(hub, key); };
    auto hours = hubMeta(hub, QStringLiteral("clock_tolerance_hours"));
    r.toleranceHours = hours && hours->toInt() > 0 ? hours->toInt() : 24;
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    // Named in full: lupdate reads this function's Text in no namespace.
    r.untrustedAdvice =
        QCoreApplication::translate("gd::hub", "it is signed by the office %1 (fingerprint %2), which the hub does not "
                                               "trust. Compare the fingerprint with that office by phone, then trust "
                                               "it with griddesk-hub trust add --package FILE --fingerprint FP.");
    return r;
}

Result<bool> wasTaken(HubConnection &hub, const QByteArray &content)
{
    if (content.isEmpty())
        return false;
    auto v = hub.scalar(QStringLiteral("SELECT 1 FROM hub_ledger WHERE content = ?"),
                        {QString::fromLatin1(content.toHex())});
    if (!v)
        return v.error();
    return !v->isNull();
}

} // namespace

Result<IngestReport> ingestPackage(HubConnection &hub, const QString &path, const std::function<bool(double)> &progress)
{
    auto id = hubIdentity(hub);
    if (!id)
        return id.error();
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    IngestReport report;
    const exchange::PackageReader::Claim claim = exchange::PackageReader::claimed(path);
    if (claim.sourceSite != id->siteId) {
        auto taken = wasTaken(hub, claim.content);
        if (!taken)
            return taken.error();
        if (*taken) {
            report.alreadyTaken = true;
            report.sourceSite = claim.sourceSite;
            report.sourceOffice = claim.sourceOffice;
            return report;
        }
    }
    auto package = exchange::PackageReader::open(path, receiverOf(hub, *id, **desktop),
                                                 [&](double share) { return !progress || progress(0.3 * share); });
    if (!package)
        return package.error();
    const exchange::PackageInfo &info = (*package)->info();
    report.sourceSite = info.sourceSite;
    report.sourceOffice = info.sourceOffice;
    if (!hub.sql().transaction())
        return Error::make(ErrorKind::Internal,
                           Text::tr("Could not start a transaction on the hub: %1").arg(hub.sql().lastError().text()));
    auto fail = [&](const Error &e) {
        hub.sql().rollback();
        return e;
    };
    // One ingest at a time: two packages touching one row must see each other's result.
    if (Status s = hub.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4748)")); !s)
        return fail(s.error());
    auto taken = wasTaken(hub, info.content);
    if (!taken)
        return fail(taken.error());
    if (*taken) {
        hub.sql().rollback();
        report.alreadyTaken = true;
        return report;
    }
    QElapsedTimer watch;
    watch.start();
    Ingest ingest(hub, **package, report);
    if (Status s = ingest.run(); !s)
        return fail(s.error());
    if (progress && !progress(0.95))
        return fail(Error::cancelled());
    // What the offices were sent goes below every edit written now; what the sender says it
    // merged from the hub is confirmed.
    if (Status s = lowerOfficeMarks(hub, ingest.oldestWritten()); !s)
        return fail(s.error());
    if (Status s = applyOfficeAcks(hub, info.acks, info.sourceSite); !s)
        return fail(s.error());
    exchange::MergeReport counts;
    counts.tables = report.tables;
    auto ledger =
        hub.run(QStringLiteral("INSERT INTO hub_ledger (content, source_site, source_office, file_name, "
                               "ingested_ms, report) VALUES (?, ?, ?, ?, ?, ?)"),
                {QString::fromLatin1(info.content.toHex()), info.sourceSite, info.sourceOffice,
                 QFileInfo(path).fileName(), QDateTime::currentMSecsSinceEpoch(),
                 QString::fromUtf8(QJsonDocument(exchange::countsJson(counts)).toJson(QJsonDocument::Compact))});
    if (!ledger)
        return fail(ledger.error());
    if (!hub.sql().commit())
        return fail(
            Error::make(ErrorKind::Internal,
                        Text::tr("Could not commit the package to the hub: %1").arg(hub.sql().lastError().text())));
    qCDebug(lcExchange) << "package ingested" << watch.elapsed() << "ms";
    if (progress)
        progress(1.0);
    return report;
}

} // namespace gd::hub
