#pragma once
// Work orders of the 12345 hotline from its CSV exports: read the file (UTF-8 or GB18030), map
// its columns, preview without writing, then import. Good lines become cases through
// CaseService::registerCase, bad ones are reported with their line and column and not taken,
// and an order number already in the file (or earlier in the CSV) is skipped, so importing the
// same file twice adds nothing.
#include "HotlineMapping.h"
#include "HotlineRowReader.h"
#include "storage/Result.h"
#include "util/CsvReader.h"
#include "util/TextDecoding.h"

#include <functional>

namespace gd {

class Database;

// A CSV read and decoded, before any mapping.
struct HotlineFile {
    QString path;
    TextEncoding encoding = TextEncoding::Utf8; // the one used
    QStringList headers;
    int headerLine = 1;
    QList<CsvRecord> rows; // the lines after the header, blank ones left out
};

struct HotlinePreviewRow {
    int line = 0;
    QStringList cells; // per HotlineMapping::fields()
    bool alreadyImported = false;
    QList<HotlineNote> refusals;
    bool ok() const { return refusals.isEmpty() && !alreadyImported; }
};

struct HotlinePreview {
    int totalRows = 0;
    QList<HotlinePreviewRow> rows; // the first `limit` lines
};

struct HotlineImportReport {
    int totalRows = 0;
    int imported = 0;
    int alreadyThere = 0;
    int refused = 0;
    int rowsDone = 0; // lines looked at (all of them unless cancelled)
    bool cancelled = false;
    int stoppedAtLine = 0;    // when cancelled: the first line not looked at
    QStringList caseIds;      // the cases made, in file order
    QList<HotlineNote> notes; // refusals and "already imported", in file order
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

    // Checks the first `limit` lines (all with -1) as an import would, and writes nothing.
    Result<HotlinePreview> preview(const HotlineFile &file, const HotlineMapping &mapping, int limit = 20) const;

    // Imports the good lines and remembers the mapping. Needs HandleCases. Each line is its own
    // savepoint inside a transaction per batch of lines; on cancel what was imported stays.
    Result<HotlineImportReport> run(const HotlineFile &file, const HotlineMapping &mapping,
                                    const Progress &progress = {}, const Cancel &cancel = {});

    static constexpr int kBatch = 200;

private:
    bool orderExists(const QString &order) const;
    Database &m_db;
};

} // namespace gd
