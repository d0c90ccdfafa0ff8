#include "HotlineImport.h"

#include "access/Permissions.h"
#include "cases/CaseService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HotlineImport)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

HotlineNote alreadyImported(const CsvRecord &record, const HotlineMapping &mapping, const QString &order)
{
    HotlineNote n;
    n.line = record.line;
    n.kind = HotlineNote::AlreadyImported;
    n.field = QStringLiteral("hotline_order");
    n.column = mapping.column(n.field);
    n.reason = Text::tr("Order %1 is already imported.").arg(order);
    return n;
}

// A refusal of registerCase (the rules may have changed since read() checked the line).
HotlineNote refusedByService(const CsvRecord &record, const HotlineMapping &mapping, const Error &error)
{
    static const QHash<QString, QString> fieldOf = {
        {QStringLiteral("received_ms"), QStringLiteral("received")},
        {QStringLiteral("category_id"), QStringLiteral("category")},
        {QStringLiteral("building_id"), QStringLiteral("address")},
        {QStringLiteral("grid_id"), QStringLiteral("address")},
    };
    HotlineNote n;
    n.line = record.line;
    n.field = fieldOf.value(error.field, HotlineMapping::fields().contains(error.field) ? error.field : QString());
    n.column = n.field.isEmpty() ? QString() : mapping.column(n.field);
    n.reason = error.message;
    return n;
}

} // namespace

Result<HotlineFile> HotlineImport::read(const QString &path, TextEncoding encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Data, Text::tr("Cannot read %1: %2.").arg(shown(path), f.errorString()));
    return parse(f.readAll(), path, encoding);
}

Result<HotlineFile> HotlineImport::parse(const QByteArray &bytes, const QString &path, TextEncoding encoding)
{
    auto text = textcodec::decode(bytes, encoding, path);
    if (!text)
        return text.error();
    auto records = CsvReader::parse(text->text);
    if (!records)
        return Error::make(ErrorKind::Data, QStringLiteral("%1: %2").arg(shown(path), records.message()));
    HotlineFile file;
    file.path = path;
    file.encoding = text->encoding;
    bool header = true;
    for (const CsvRecord &r : records.value()) {
        if (r.isBlank())
            continue;
        if (header) {
            for (const QString &h : r.fields)
                file.headers << h.trimmed();
            file.headerLine = r.line;
            header = false;
        } else {
            file.rows << r;
        }
    }
    if (header)
        return Error::make(ErrorKind::Data, Text::tr("%1 is empty: it has no header line.").arg(shown(path)));
    return file;
}

HotlineMapping HotlineImport::mappingFor(const HotlineFile &file) const
{
    return HotlineMapping::remembered(m_db).resolvedFor(file.headers);
}

Status HotlineImport::checkColumns(const HotlineFile &file, const HotlineMapping &mapping)
{
    const QStringList missing = mapping.missingFields(file.headers);
    if (missing.isEmpty())
        return {};
    Error e =
        Error::make(ErrorKind::Data, Text::tr("%1 lacks the column(s) %2: map them to columns of the file, or add "
                                              "them to it. Nothing was imported.")
                                         .arg(shown(file.path), mapping.describeMissing(missing)));
    e.field = missing.first();
    return e;
}

bool HotlineImport::orderExists(const QString &order) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM cases WHERE hotline_order = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(order);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<HotlinePreview> HotlineImport::preview(const HotlineFile &file, const HotlineMapping &mapping, int limit) const
{
    if (Status s = checkColumns(file, mapping); !s)
        return s.error();
    HotlineRowReader reader(m_db, file.headers, mapping);
    HotlinePreview out;
    out.totalRows = int(file.rows.size());
    QSet<QString> seen; // the orders the lines before would import
    for (const CsvRecord &record : file.rows) {
        if (limit >= 0 && out.rows.size() >= limit)
            break;
        HotlinePreviewRow row;
        row.line = record.line;
        row.cells = reader.cells(record);
        const QString order = reader.order(record);
        if (!order.isEmpty() && (seen.contains(order) || orderExists(order))) {
            row.alreadyImported = true;
            row.refusals << alreadyImported(record, mapping, order);
        } else {
            row.refusals = reader.read(record).refusals;
            if (row.refusals.isEmpty())
                seen.insert(order);
        }
        out.rows << row;
    }
    return out;
}

Result<HotlineImportReport> HotlineImport::run(const HotlineFile &file, const HotlineMapping &mapping,
                                               const Progress &progress, const Cancel &cancel)
{
    if (Status allowed = requirePermission(m_db, Permission::HandleCases); !allowed)
        return allowed.error();
    if (Status s = checkColumns(file, mapping); !s)
        return s.error();
    HotlineRowReader reader(m_db, file.headers, mapping);
    CaseService cases(m_db);
    HotlineImportReport report;
    report.totalRows = int(file.rows.size());
    QSet<QString> seen;
    Error stopped; // a failure that is not the line's fault ends the import after its batch
    if (progress)
        progress(0, report.totalRows);
    for (qsizetype start = 0; start < file.rows.size() && !report.cancelled && !stopped.isError(); start += kBatch) {
        // One transaction per batch for speed; each line is a savepoint inside it (registerCase
        // nests), so a refused line leaves nothing behind and the others stay.
        Transaction tx(m_db);
        if (!tx.started())
            return tx.startError();
        if (start == 0)
            if (Status s = HotlineMapping::remember(m_db, mapping); !s)
                return s.error();
        for (qsizetype i = start; i < qMin(start + kBatch, file.rows.size()); ++i) {
            const CsvRecord &record = file.rows.at(i);
            if (cancel && cancel()) {
                report.cancelled = true;
                report.stoppedAtLine = record.line;
                break;
            }
            // An order already in the file is skipped before the line is checked: a second import
            // of a large file costs one index lookup per line.
            const QString order = reader.order(record);
            HotlineRowReader::Read read;
            if (!order.isEmpty() && (seen.contains(order) || orderExists(order))) {
                report.notes << alreadyImported(record, mapping, order);
                ++report.alreadyThere;
            } else if (read = reader.read(record); !read.refusals.isEmpty()) {
                report.notes << read.refusals;
                ++report.refused;
            } else if (auto id = cases.registerCase(read.draft)) {
                report.caseIds << id.value();
                seen.insert(order);
                ++report.imported;
            } else if (id.error().kind == ErrorKind::Permission || id.error().kind == ErrorKind::Internal) {
                // Not the line's fault: stop here, keeping the lines already imported.
                stopped = Error::make(id.error().kind,
                                      Text::tr("The import stopped at line %1: %2").arg(record.line).arg(id.message()));
                break;
            } else {
                report.notes << refusedByService(record, mapping, id.error());
                ++report.refused;
            }
            ++report.rowsDone;
            if (progress)
                progress(report.rowsDone, report.totalRows);
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (stopped.isError())
        return stopped;
    return report;
}

} // namespace gd
