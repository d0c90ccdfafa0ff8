#pragma once
// The case list, as filtered, to a file for Excel: XLSX (libxlsxwriter) or CSV (UTF-8 with a
// BOM, so Excel on a Chinese Windows reads it, RFC 4180 quoting). Rows stream page by page;
// the file appears whole or not at all (written aside, put in place at the end), so a cancel
// or a failure never leaves half a file under the user's name.
#include "cases/CaseQueries.h"

#include <functional>

namespace gd {

enum class ExportFormat { Csv, Xlsx };

struct CaseExportReport {
    QString path;
    ExportFormat format = ExportFormat::Csv;
    int rows = 0;           // rows written (all matching cases unless cancelled)
    bool cancelled = false; // then no file was written
};

class CaseExport
{
public:
    using Progress = std::function<void(int done, int total)>;
    using Cancel = std::function<bool()>; // true: stop, write nothing

    explicit CaseExport(Database &db)
        : m_db(db)
    {}

    // The column titles, translated: number, hotline order, state, received, category, channel,
    // grid code, address, reporter name, reporter phone, description, request, due, lead unit, handler.
    static QStringList headers();
    // .xlsx or .csv (any case); false for another extension.
    static bool formatFromPath(const QString &path, ExportFormat *format);

    // Writes the cases `filter` lists to `path`, in the list's order, reporters' phones masked
    // (privacy::maskPhone). Reads only; no permission beyond reading the file (the list shows the
    // same). With `fullPhones` the numbers are written whole: an administrator's export only
    // (Permission), recorded in the audit log once the file is in place. Errors: Invalid for a bad
    // filter, Internal when the file cannot be written. A cancel gives a report with cancelled set.
    Result<CaseExportReport> write(const CaseFilter &filter, const QString &path, ExportFormat format,
                                   const Progress &progress = {}, const Cancel &cancel = {}, bool fullPhones = false);

    static constexpr int kPageSize = 500;

private:
    Database &m_db;
};

} // namespace gd
