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

HotlineNote unmapped(const CsvRecord &record, const HotlineMapping &mapping, const QString &category)
{
    HotlineNote n;
    n.line = record.line;
    n.kind = HotlineNote::Unmapped;
    n.field = QStringLiteral("category");
    n.column = mapping.column(n.field);
    n.reason =
        Text::tr("Category \"%1\" is not one of this office's and is not mapped: imported under Other (13); map it "
                 "to one of ours for the next file.")
            .arg(category);
    return n;
}

} // namespace

Result<HotlineFile> HotlineImport::read(const QString &path, TextEncoding encoding)
{
    return CsvTable::read(path, encoding);
}

Result<HotlineFile> HotlineImport::parse(const QByteArray &bytes, const QString &path, TextEncoding encoding)
{
    return CsvTable::parse(bytes, path, encoding);
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

HotlineCategoryMap HotlineImport::categoriesFor(const HotlineCategoryMap &given) const
{
    return HotlineCategoryMap::remembered(m_db).mergedWith(given);
}

RepeatCandidate HotlineImport::repeatOf(const Case &draft, const QString &excludeId, const RepeatScores &scores) const
{
    RepeatProbe probe = RepeatFinder::probeFor(m_db, draft);
    probe.excludeCaseId = excludeId;
    const QList<RepeatCandidate> found = RepeatFinder(m_db).find(probe, 1);
    return !found.isEmpty() && found.first().score >= scores.review ? found.first() : RepeatCandidate();
}

Status HotlineImport::linkRepeat(CaseService &cases, const CsvRecord &record, const QString &order,
                                 const QString &caseId, const Case &draft, const HotlineImportOptions &options,
                                 const RepeatScores &scores, HotlineImportReport &report) const
{
    const bool chosen = options.attachTo.contains(record.line);
    if (!options.checkRepeats && !chosen)
        return {};
    RepeatCandidate found = repeatOf(draft, caseId, scores);
    QString target =
        chosen ? options.attachTo.value(record.line) : (found.score >= scores.attach ? found.caseId : QString());
    if (!target.isEmpty()) {
        workflow::RepeatLink why{target};
        if (found.caseId == target) {
            why.score = found.score;
            why.reasons = RepeatFinder::reasonsKey(found);
        }
        auto merged = cases.mergeInto(caseId, target, why);
        if (!merged) {
            // The chosen case may have been merged or dispatched since the preview: the line stays
            // a case of its own and the report says why.
            if (merged.error().kind == ErrorKind::Permission || merged.error().kind == ErrorKind::Internal)
                return merged.error();
            HotlineNote n;
            n.line = record.line;
            n.reason = Text::tr("Not attached: %1 The line is a case of its own.").arg(merged.message());
            report.notes << n;
            return {};
        }
        report.attachments << HotlineAttachment{record.line, order,     caseId,
                                                target,      why.score, RepeatFinder::describeReasons(why.reasons)};
        ++report.attached;
        return {};
    }
    // Kept apart on purpose by the operator: not proposed for review either.
    if (chosen || found.caseId.isEmpty())
        return {};
    if (Status s = cases.suspectRepeat(caseId, {found.caseId, found.score, RepeatFinder::reasonsKey(found)}); !s)
        return s;
    report.suspectIds << caseId;
    ++report.suspected;
    return {};
}

bool HotlineImport::orderExists(const QString &order) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM cases WHERE hotline_order = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(order);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<HotlinePreview> HotlineImport::preview(const HotlineFile &file, const HotlineMapping &mapping, int limit,
                                              const HotlineImportOptions &options) const
{
    if (Status s = checkColumns(file, mapping); !s)
        return s.error();
    HotlineRowReader reader(m_db, file.headers, mapping, categoriesFor(options.categories));
    HotlinePreview out;
    out.totalRows = int(file.rows.size());
    out.scores = RepeatFinder::scoresSetting(m_db);
    // Every line's category, so the operator maps them all before importing (a lookup per line).
    const QString categoryColumn = mapping.column(QStringLiteral("category"));
    QSet<QString> unknown;
    if (!categoryColumn.isEmpty()) {
        const int at = int(file.headers.indexOf(categoryColumn));
        for (const CsvRecord &record : file.rows) {
            const QString text = at >= 0 && at < record.fields.size() ? record.fields.at(at).trimmed() : QString();
            if (!unknown.contains(text) && !reader.knowsCategory(text)) {
                unknown.insert(text);
                out.unknownCategories << text;
            }
        }
    }
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
            const HotlineRowReader::Read read = reader.read(record);
            row.refusals = read.refusals;
            row.unmappedCategory = read.unmappedCategory;
            if (row.refusals.isEmpty()) {
                seen.insert(order);
                if (options.checkRepeats) {
                    row.repeat = repeatOf(read.draft, {}, out.scores);
                    row.hasRepeat = !row.repeat.caseId.isEmpty();
                    row.attachByDefault = row.hasRepeat && row.repeat.score >= out.scores.attach;
                }
            }
        }
        out.rows << row;
    }
    return out;
}

Result<HotlineImportReport> HotlineImport::run(const HotlineFile &file, const HotlineMapping &mapping,
                                               const HotlineImportOptions &options, const Progress &progress,
                                               const Cancel &cancel)
{
    if (Status allowed = requirePermission(m_db, Permission::HandleCases); !allowed)
        return allowed.error();
    if (Status s = checkColumns(file, mapping); !s)
        return s.error();
    const HotlineCategoryMap categories = categoriesFor(options.categories);
    HotlineRowReader reader(m_db, file.headers, mapping, categories);
    const RepeatScores scores = RepeatFinder::scoresSetting(m_db);
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
        if (start == 0) {
            if (Status s = HotlineMapping::remember(m_db, mapping); !s)
                return s.error();
            if (Status s = HotlineCategoryMap::remember(m_db, categories); !s)
                return s.error();
        }
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
                const QString category =
                    reader.cells(record).value(int(HotlineMapping::fields().indexOf(QStringLiteral("category"))));
                if (read.mappedCategory)
                    report.mappedCategories.insert(category, read.draft.categoryId);
                if (!read.unmappedCategory.isEmpty()) {
                    // Flagged on the case too, where the desk sees it when it takes the case up.
                    const HotlineNote flag = unmapped(record, mapping, read.unmappedCategory);
                    if (auto noted = cases.act(id.value(), {workflow::Action::Note, flag.reason}); !noted) {
                        stopped = noted.error();
                        break;
                    }
                    report.notes << flag;
                    ++report.unmapped;
                    ++report.unmappedCategories[read.unmappedCategory];
                }
                if (Status s = linkRepeat(cases, record, order, id.value(), read.draft, options, scores, report); !s) {
                    stopped =
                        Error::make(s.error().kind,
                                    Text::tr("The import stopped at line %1: %2").arg(record.line).arg(s.message()));
                    break;
                }
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
