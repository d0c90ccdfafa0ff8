#pragma once
// The export rows as an Excel workbook through libxlsxwriter in constant-memory mode: each row
// goes to disk as it is written, times are real Excel date-times, codes and phones are text
// (so Excel keeps their leading zeros), and a sheet that is full continues on the next one.
#include "CaseExportRows.h"
#include "storage/Result.h"

#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gd {

class XlsxCaseWriter
{
public:
    XlsxCaseWriter() = default;
    ~XlsxCaseWriter(); // an unfinished workbook is dropped, not written
    XlsxCaseWriter(const XlsxCaseWriter &) = delete;
    XlsxCaseWriter &operator=(const XlsxCaseWriter &) = delete;

    // Starts the workbook at `path` (libxlsxwriter writes it only on finish()).
    Status open(const QString &path, const QStringList &headers, const QString &sheetName);
    Status write(const CaseExportRow &row);
    Status finish();

private:
    Status addSheet();
    Status failed(int error) const;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_time = nullptr;
    QStringList m_headers;
    QString m_sheetName;
    QByteArray m_tmpdir;
    int m_sheets = 0;
    int m_row = 0; // the next row of the current sheet
};

} // namespace gd
