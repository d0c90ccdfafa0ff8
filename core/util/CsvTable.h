#pragma once
// A CSV file an office brings (a 12345 export, a spreadsheet of visits): its bytes decoded (UTF-8
// or GB18030, TextDecoding.h), its first non-blank line the header, the blank lines left out, each
// row keeping the line it starts on for the report. Every import reads its file through here.
#include "CsvReader.h"
#include "TextDecoding.h"

namespace gd {

struct CsvTable {
    QString path;
    TextEncoding encoding = TextEncoding::Utf8; // the one used
    QStringList headers;
    int headerLine = 1;
    QList<CsvRecord> rows; // the lines after the header, blank ones left out

    // Data errors name the file: it cannot be read, it is neither UTF-8 nor GB18030, a quote is
    // left open, or it has no header line.
    static Result<CsvTable> read(const QString &path, TextEncoding encoding = TextEncoding::Auto);
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &path,
                                  TextEncoding encoding = TextEncoding::Auto);
    // The index of the first header that is one of `names` (trimmed, case-insensitive), or -1.
    int column(const QStringList &names) const;
};

} // namespace gd
