#include "CsvTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace gd {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

Result<CsvTable> CsvTable::read(const QString &path, TextEncoding encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorKind::Data,
            QCoreApplication::translate("gd::CsvTable", "Cannot read %1: %2.").arg(shown(path), f.errorString()));
    return parse(f.readAll(), path, encoding);
}

Result<CsvTable> CsvTable::parse(const QByteArray &bytes, const QString &path, TextEncoding encoding)
{
    auto text = textcodec::decode(bytes, encoding, path);
    if (!text)
        return text.error();
    auto records = CsvReader::parse(text->text);
    if (!records)
        return Error::make(ErrorKind::Data, QStringLiteral("%1: %2").arg(shown(path), records.message()));
    CsvTable table;
    table.path = path;
    table.encoding = text->encoding;
    bool header = true;
    for (const CsvRecord &r : records.value()) {
        if (r.isBlank())
            continue;
        if (header) {
            for (const QString &h : r.fields)
                table.headers << h.trimmed();
            table.headerLine = r.line;
            header = false;
        } else {
            table.rows << r;
        }
    }
    if (header)
        return Error::make(ErrorKind::Data, QCoreApplication::translate("gd::CsvTable", "%1 is empty: it has no header "
                                                                                        "line.")
                                                .arg(shown(path)));
    return table;
}

int CsvTable::column(const QStringList &names) const
{
    for (int i = 0; i < headers.size(); ++i)
        for (const QString &n : names)
            if (headers.at(i).compare(n, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

} // namespace gd
