#pragma once
// Work orders of the 12345 hotline from its CSV exports: read the file (UTF-8 or GB18030), map
// its columns, preview without writing, then import. Good lines become cases through
// CaseService::registerCase, bad ones are reported with their line and column and not taken,
// and an order number already in the file (or earlier in the CSV) is skipped, so importing the
// same file twice adds nothing. Each good line is checked against the cases on file for repeats
// (RepeatFinder): from the office's attach score it joins the case it repeats as one of its reports
// (merged, CaseService::mergeInto), from the review score it waits in the review of suspected
// repeats (RepeatReview.h); the operator may decide otherwise for any line.
#include "HotlineCategories.h"
#include "HotlineMapping.h"
#include "HotlineRowReader.h"
#include "cases/RepeatFinder.h"
#include "storage/Result.h"
#include "util/CsvTable.h"
#include "util/TextDecoding.h"

#include <QMap>

#include <functional>

namespace gd {

class CaseService;
class Database;

// A CSV read and decoded, before any mapping.
using HotlineFile = CsvTable;

struct HotlinePreviewRow {
    int line = 0;
    QStringList cells; // per HotlineMapping::fields()
    bool alreadyImported = false;
    QList<HotlineNote> refusals;
    QString unmappedCategory; // imported under 其他 and flagged (HotlineRowReader::Read)
    // The case on file it most likely repeats, when scored at least the review score.
    bool hasRepeat = false;
    RepeatCandidate repeat;
    bool attachByDefault = false; // scored at least the attach score
    bool ok() const { return refusals.isEmpty() && !alreadyImported; }
};

struct HotlinePreview {
    int totalRows = 0;
    QList<HotlinePreviewRow> rows; // the first `limit` lines
    QStringList unknownCategories; // hotline categories of any line, neither ours nor mapped, in file order
    RepeatScores scores;           // the office's, which set each line's default
};

// What the operator decides beyond the defaults.
struct HotlineImportOptions {
    bool checkRepeats = true;
    // Line → the case to attach it to; an empty id keeps the line a case of its own. A line not
    // named here follows the scores.
    QHash<int, QString> attachTo;
    // Answers for hotline categories, remembered for the next file.
    HotlineCategoryMap categories;
};

// A line attached to a case it repeats (the case it became is merged into that one).
struct HotlineAttachment {
    int line = 0;
    QString order;
    QString caseId;   // the line's own case, merged
    QString targetId; // the case it joined
    int score = 0;
    QString reasonText;
};

struct HotlineImportReport {
    int totalRows = 0;
    int imported = 0;
    int alreadyThere = 0;
    int refused = 0;
    int attached = 0;  // imported and merged into the case they repeat
    int suspected = 0; // imported and waiting in the review of suspected repeats
    int unmapped = 0;  // imported under 其他: their hotline category is neither ours nor mapped
    QList<HotlineAttachment> attachments;
    QStringList suspectIds;                  // the cases waiting in the review
    QMap<QString, int> unmappedCategories;   // hotline text → lines
    QMap<QString, QString> mappedCategories; // hotline text → our category id, through the mapping
    int rowsDone = 0;                        // lines looked at (all of them unless cancelled)
    bool cancelled = false;
    int stoppedAtLine = 0;    // when cancelled: the first line not looked at
    QStringList caseIds;      // the cases made, in file order
    QList<HotlineNote> notes; // refusals, "already imported" and unmapped categories, in file order
};

class HotlineImport
{
public:
    using Progress = std::function<void(int done, int total)>;
    using Cancel = std::function<bool()>; // true: stop after the current line

    explicit HotlineImport(Database &db)
        : m_db(db)
    {}

    // Reads and decodes the file; Data errors for an unreadable file, an unknown encoding, broken
    // quoting or a file without a header line.
    static Result<HotlineFile> read(const QString &path, TextEncoding encoding = TextEncoding::Auto);
    static Result<HotlineFile> parse(const QByteArray &bytes, const QString &path,
                                     TextEncoding encoding = TextEncoding::Auto);

    // The remembered mapping met with this file's headers (the default one when none is kept).
    HotlineMapping mappingFor(const HotlineFile &file) const;
    // One Data error naming the file and every column the mapping needs and the file lacks.
    static Status checkColumns(const HotlineFile &file, const HotlineMapping &mapping);

    // The remembered category answers with `given` over them.
    HotlineCategoryMap categoriesFor(const HotlineCategoryMap &given = {}) const;

    // Checks the first `limit` lines (all with -1) as an import would, with the repeat each
    // would be attached to or reviewed for, and writes nothing.
    Result<HotlinePreview> preview(const HotlineFile &file, const HotlineMapping &mapping, int limit = 20,
                                   const HotlineImportOptions &options = {}) const;

    // Imports the good lines and remembers the mapping and the category answers. Needs HandleCases.
    // Each line is its own savepoint inside a transaction per batch of lines; on cancel what was
    // imported stays.
    Result<HotlineImportReport> run(const HotlineFile &file, const HotlineMapping &mapping,
                                    const HotlineImportOptions &options = {}, const Progress &progress = {},
                                    const Cancel &cancel = {});

    static constexpr int kBatch = 200;

private:
    bool orderExists(const QString &order) const;
    // After a line became a case: merge it into the case it repeats, or record the suspicion.
    Status linkRepeat(CaseService &cases, const CsvRecord &record, const QString &order, const QString &caseId,
                      const Case &draft, const HotlineImportOptions &options, const RepeatScores &scores,
                      HotlineImportReport &report) const;
    // The best candidate for a draft at or above the review score (none: caseId empty).
    RepeatCandidate repeatOf(const Case &draft, const QString &excludeId, const RepeatScores &scores) const;
    Database &m_db;
};

} // namespace gd
