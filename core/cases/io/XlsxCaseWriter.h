#pragma once
// The export rows as an Excel workbook (util/XlsxWorkbook) in constant-memory mode: each row goes
// to disk as it is written, times are real Excel date-times, codes and phones are text (so Excel
// keeps their leading zeros), and a sheet that is full continues on the next one.
#include "CaseExportRows.h"
#include "storage/Result.h"
#include "util/XlsxWorkbook.h"

#include <QStringList>

namespace gd {

class XlsxCaseWriter
{
public:
    // Starts the workbook at `path` (written only on finish(); dropped unwritten otherwise).
    Status open(const QString &path, const QStringList &headers, const QString &sheetName);
    Status write(const CaseExportRow &row);
    Status finish();

private:
    Status addSheet();
    XlsxWorkbook m_book;
    int m_sheet = -1;
    QStringList m_headers;
    QString m_sheetName;
    int m_sheets = 0;
    int m_row = 0; // the next row of the current sheet
};

} // namespace gd
