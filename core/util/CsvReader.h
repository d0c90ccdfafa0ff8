#pragma once
// RFC 4180 CSV as spreadsheets write it: fields in double quotes may hold commas, line breaks
// and doubled quotes; lines end in CRLF or LF. Each record keeps the physical line it starts
// on, so a report can send the user to the right line of the file even after quoted newlines.
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct CsvRecord {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;

    // True for a line with nothing in it (or only empty cells): spreadsheets leave those at the end.
    bool isBlank() const;
};

class CsvReader
{
public:
    // The records of decoded text (no BOM). A quote left open at the end of the text is a Data
    // error naming the line where the quoted field began; a stray quote inside an unquoted field
    // is kept as text, as spreadsheets do.
    static Result<QList<CsvRecord>> parse(const QString &text);

    // One field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF.
    static QString quote(const QString &field);
    // A record joined with commas, without the line end.
    static QString join(const QStringList &fields);
    // A cell Excel would run as a formula (=, +, -, @ first) made text with a leading quote: a
    // resident's words must never become a formula on the office PC.
    static QString spreadsheetSafe(const QString &text);
};

} // namespace gd
