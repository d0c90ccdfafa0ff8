#include "CsvReader.h"

#include <QCoreApplication>

namespace gd {

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

Result<QList<CsvRecord>> CsvReader::parse(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;    // inside a quoted field
    int quoteStartLine = 0; // where the open quote was, for the error
    bool atFieldStart = true;
    bool pending = false; // a record has begun on this line
    const qsizetype n = text.size();
    auto endField = [&]() {
        record.fields << field;
        field.clear();
        atFieldStart = true;
    };
    auto endRecord = [&]() {
        endField();
        records << record;
        record = CsvRecord();
        pending = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // CRLF inside a quoted field is one line break, kept as LF like the line ends.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field += c;
            }
            continue;
        }
        if (!pending) {
            record.line = line;
            pending = true;
        }
        if (c == QLatin1Char('"') && atFieldStart) {
            quoted = true;
            quoteStartLine = line;
            atFieldStart = false;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else {
            field += c;
            atFieldStart = false;
        }
    }
    if (quoted)
        return Error::make(
            ErrorKind::Data,
            QCoreApplication::translate("gd::CsvReader", "Line %1: a quoted field is never closed (a \" is missing).")
                .arg(quoteStartLine));
    if (pending)
        endRecord();
    return records;
}

QString CsvReader::quote(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvReader::spreadsheetSafe(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        return QLatin1Char('\'') + text;
    return text;
}

QString CsvReader::join(const QStringList &fields)
{
    QString out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += quote(fields.at(i));
    }
    return out;
}

} // namespace gd
