#include "VisitImport.h"

#include "VisitService.h"
#include "org/BuildingService.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::VisitImport)
};

// The times spreadsheets write: ISO with or without seconds, and Excel's 2026/11/3 9:05.
qint64 beijingTime(const QString &text)
{
    const QString t = text.trimmed().replace(QLatin1Char('T'), QLatin1Char(' '));
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm",
                               "yyyy/M/d HH:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm"}) {
        const QDateTime at = QDateTime::fromString(t, QLatin1String(format));
        if (at.isValid())
            return QDateTime(at.date(), at.time(), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    }
    return 0;
}

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
    return out;
}

} // namespace

QStringList VisitImport::fields()
{
    return {QStringLiteral("at"),       QStringLiteral("worker"), QStringLiteral("grid"), QStringLiteral("kind"),
            QStringLiteral("building"), QStringLiteral("unit"),   QStringLiteral("room"), QStringLiteral("place"),
            QStringLiteral("met"),      QStringLiteral("found"),  QStringLiteral("note")};
}

QStringList VisitImport::requiredFields()
{
    return {QStringLiteral("at"), QStringLiteral("worker"), QStringLiteral("grid")};
}

Error VisitImport::checkColumns(const VisitColumns &columns, const QString &fileName)
{
    for (const QString &required : requiredFields())
        if (columns.value(required, -1) < 0)
            return Error::invalid(
                QStringLiteral("mapping"),
                Text::tr("%1 has no column for %2 (headers: %3): map it, e.g. %4=<header>.")
                    .arg(fileName, fieldName(required), headerNames(required).join(QStringLiteral(", ")), required));
    return {};
}

QString VisitImport::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("gd::VisitImport", "Time")},
        {QStringLiteral("worker"), QT_TRANSLATE_NOOP("gd::VisitImport", "Worker")},
        {QStringLiteral("grid"), QT_TRANSLATE_NOOP("gd::VisitImport", "Grid")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("gd::VisitImport", "Kind")},
        {QStringLiteral("building"), QT_TRANSLATE_NOOP("gd::VisitImport", "Building")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("gd::VisitImport", "Unit")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("gd::VisitImport", "Room")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("gd::VisitImport", "Place")},
        {QStringLiteral("met"), QT_TRANSLATE_NOOP("gd::VisitImport", "Met")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("gd::VisitImport", "Found")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("gd::VisitImport", "Note")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate("gd::VisitImport", name) : field;
}

QStringList VisitImport::headerNames(const QString &field)
{
    static const QHash<QString, QStringList> names{
        {QStringLiteral("at"),
         {QStringLiteral("时间"), QStringLiteral("走访时间"), QStringLiteral("巡查时间"), QStringLiteral("at")}},
        {QStringLiteral("worker"),
         {QStringLiteral("网格员"), QStringLiteral("走访人"), QStringLiteral("巡查人"), QStringLiteral("网格员电话"),
          QStringLiteral("worker")}},
        {QStringLiteral("grid"),
         {QStringLiteral("网格"), QStringLiteral("网格编码"), QStringLiteral("所属网格"), QStringLiteral("grid")}},
        {QStringLiteral("kind"), {QStringLiteral("类型"), QStringLiteral("走访类型"), QStringLiteral("kind")}},
        {QStringLiteral("building"), {QStringLiteral("楼栋"), QStringLiteral("楼栋地址"), QStringLiteral("building")}},
        {QStringLiteral("unit"), {QStringLiteral("单元"), QStringLiteral("unit")}},
        {QStringLiteral("room"), {QStringLiteral("房间"), QStringLiteral("室"), QStringLiteral("room")}},
        {QStringLiteral("place"), {QStringLiteral("地点"), QStringLiteral("巡查地点"), QStringLiteral("place")}},
        {QStringLiteral("met"), {QStringLiteral("走访对象"), QStringLiteral("接访人"), QStringLiteral("met")}},
        {QStringLiteral("found"), {QStringLiteral("发现情况"), QStringLiteral("发现问题"), QStringLiteral("found")}},
        {QStringLiteral("note"), {QStringLiteral("备注"), QStringLiteral("note")}},
    };
    return names.value(field);
}

Result<VisitColumns> VisitImport::columns(const CsvTable &file, const QString &overrides) const
{
    VisitColumns out;
    for (const QString &f : fields())
        if (const int c = file.column(headerNames(f)); c >= 0)
            out.insert(f, c);
    for (const QString &pair : overrides.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString field = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString header = pair.section(QLatin1Char('='), 1).trimmed();
        if (!fields().contains(field) || header.isEmpty())
            return Error::invalid(QStringLiteral("mapping"), Text::tr("'%1' is not FIELD=HEADER with a field of %2.")
                                                                 .arg(pair, fields().join(QStringLiteral(", "))));
        const int c = file.column({header});
        if (c < 0)
            return Error::invalid(QStringLiteral("mapping"), Text::tr("%1 has no column '%2'.").arg(file.path, header));
        out.insert(field, c);
    }
    if (Error e = checkColumns(out, file.path); e.isError())
        return e;
    return out;
}

VisitImportLine VisitImport::readLine(const CsvRecord &record, const VisitColumns &columns) const
{
    VisitImportLine line;
    line.line = record.line;
    const auto cell = [&](const char *field) {
        const int c = columns.value(QLatin1String(field), -1);
        return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
    };
    const auto refuse = [&line](const QString &field, const QString &why) {
        line.field = field;
        line.refusal = why;
        return line;
    };
    Visit &v = line.visit;
    v.atMs = beijingTime(cell("at"));
    if (v.atMs == 0)
        return refuse(QStringLiteral("at"),
                      Text::tr("'%1' is not a time written as YYYY-MM-DD HH:MM.").arg(cell("at")));
    const QString worker = cell("worker");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM workers WHERE deleted = 0 AND ((phone <> '' AND phone = ?) OR name = ?)"));
    q.addBindValue(digits(worker));
    q.addBindValue(worker);
    if (q.exec())
        while (q.next()) {
            if (!v.workerId.isEmpty())
                return refuse(QStringLiteral("worker"),
                              Text::tr("Two workers are called %1: give the phone instead.").arg(worker));
            v.workerId = q.value(0).toString();
        }
    if (v.workerId.isEmpty())
        return refuse(QStringLiteral("worker"), Text::tr("No worker is called or has the phone '%1'.").arg(worker));
    const QString grid = cell("grid");
    q.prepare(QStringLiteral("SELECT id FROM grids WHERE deleted = 0 AND (code = ? OR name = ?)"));
    q.addBindValue(grid);
    q.addBindValue(grid);
    if (q.exec() && q.next())
        v.gridId = q.value(0).toString();
    if (v.gridId.isEmpty())
        return refuse(QStringLiteral("grid"), Text::tr("No grid has the code or name '%1'.").arg(grid));
    const QString kind = cell("kind");
    if (kind.isEmpty() || kind.contains(QStringLiteral("走访")) || kind == QLatin1String("visit"))
        v.kind = QStringLiteral("visit");
    else if (kind.contains(QStringLiteral("巡查")) || kind == QLatin1String("patrol"))
        v.kind = QStringLiteral("patrol");
    else
        return refuse(QStringLiteral("kind"),
                      Text::tr("'%1' is neither a home visit (走访) nor a patrol (巡查).").arg(kind));
    if (const QString building = cell("building"); !building.isEmpty()) {
        for (const AddressMatch &m : BuildingService(m_db).lookup(building, 10))
            if (m.gridId == v.gridId) {
                v.buildingId = m.buildingId;
                break;
            }
        if (v.buildingId.isEmpty())
            return refuse(QStringLiteral("building"), Text::tr("No building of the grid matches '%1'.").arg(building));
    }
    v.unit = cell("unit");
    v.room = cell("room");
    v.place = cell("place");
    v.peopleMet = cell("met");
    v.found = cell("found");
    v.note = cell("note");
    // The same visit read again gets the same id: a file imported twice adds nothing.
    v.id = uuid::v5(QStringLiteral("visits/import/%1/%2/%3/%4/%5/%6/%7")
                        .arg(v.workerId)
                        .arg(v.atMs)
                        .arg(v.gridId, v.buildingId, v.unit, v.room, v.place));
    static const QHash<QString, QString> fieldOf{{QStringLiteral("worker_id"), QStringLiteral("worker")},
                                                 {QStringLiteral("at_ms"), QStringLiteral("at")},
                                                 {QStringLiteral("grid_id"), QStringLiteral("grid")},
                                                 {QStringLiteral("building_id"), QStringLiteral("building")},
                                                 {QStringLiteral("people_met"), QStringLiteral("met")},
                                                 {QStringLiteral("household_id"), QStringLiteral("place")}};
    if (Error e = VisitService(m_db).validate(v); e.isError())
        return refuse(fieldOf.value(e.field, e.field), e.message);
    line.already = RowStore(m_db).known(tables::visits(), v.id);
    return line;
}

QList<VisitImportLine> VisitImport::read(const CsvTable &file, const VisitColumns &columns) const
{
    QList<VisitImportLine> out;
    for (const CsvRecord &r : file.rows)
        out << readLine(r, columns);
    return out;
}

Result<VisitImportReport> VisitImport::import(const CsvTable &file, const VisitColumns &columns,
                                              const std::function<bool(int, int)> &progress)
{
    return writeTransaction<VisitImportReport>(m_db, Permission::RecordGridWork, [&]() -> Result<VisitImportReport> {
        VisitImportReport report;
        report.total = int(file.rows.size());
        VisitService visits(m_db);
        QSet<QString> seen; // a line repeated inside the file counts once
        for (int i = 0; i < file.rows.size(); ++i) {
            const VisitImportLine line = readLine(file.rows.at(i), columns);
            if (!line.refusal.isEmpty()) {
                ++report.refused;
                report.refusedLines << line;
            } else if (line.already || seen.contains(line.visit.id)) {
                ++report.already;
            } else {
                auto id = visits.record(line.visit);
                if (!id)
                    return id.error();
                seen.insert(*id);
                ++report.imported;
            }
            if (progress && !progress(i + 1, report.total))
                return Error::cancelled();
        }
        return report;
    });
}

} // namespace gd
