#include "CaseExport.h"

#include "CaseExportRows.h"
#include "XlsxCaseWriter.h"
#include "access/PersonalData.h"
#include "util/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseExport)
};

Error cannotWrite(const QString &path, const QString &why)
{
    return Error::make(ErrorKind::Internal, Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why));
}

// Where the rows go: a CSV into the save file directly, an XLSX first into a temporary file
// (libxlsxwriter writes by name), copied into the save file when it is complete.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual Status write(const CaseExportRow &row) = 0;
    virtual Status finish() = 0;
};

class CsvSink final : public Sink
{
public:
    explicit CsvSink(QSaveFile &file)
        : m_file(file)
    {}
    Status start()
    {
        return put(QByteArray("\xEF\xBB\xBF") + CsvReader::join(CaseExport::headers()).toUtf8() + "\r\n");
    }
    Status write(const CaseExportRow &row) override
    {
        QStringList cells = row.texts();
        for (QString &c : cells)
            c = CsvReader::spreadsheetSafe(c);
        return put(CsvReader::join(cells).toUtf8() + "\r\n");
    }
    Status finish() override { return {}; }

private:
    Status put(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            return cannotWrite(m_file.fileName(), m_file.errorString());
        return {};
    }
    QSaveFile &m_file;
};

class XlsxSink final : public Sink
{
public:
    explicit XlsxSink(QSaveFile &file)
        : m_file(file)
    {}
    Status start()
    {
        m_temp.setFileTemplate(QDir::temp().filePath(QStringLiteral("griddesk-export-XXXXXX.xlsx")));
        if (!m_temp.open())
            return cannotWrite(m_temp.fileTemplate(), m_temp.errorString());
        m_temp.close();
        return m_book.open(m_temp.fileName(), CaseExport::headers(), Text::tr("Cases"));
    }
    Status write(const CaseExportRow &row) override { return m_book.write(row); }
    Status finish() override
    {
        if (Status s = m_book.finish(); !s)
            return s;
        QFile done(m_temp.fileName());
        if (!done.open(QIODevice::ReadOnly))
            return cannotWrite(m_file.fileName(), done.errorString());
        while (!done.atEnd()) {
            const QByteArray chunk = done.read(1 << 20);
            if (m_file.write(chunk) != chunk.size())
                return cannotWrite(m_file.fileName(), m_file.errorString());
        }
        return {};
    }

private:
    QSaveFile &m_file;
    QTemporaryFile m_temp;
    XlsxCaseWriter m_book;
};

} // namespace

QStringList CaseExport::headers()
{
    return {Text::tr("Number"),   Text::tr("Hotline order"),    Text::tr("State"),         Text::tr("Received"),
            Text::tr("Category"), Text::tr("Channel"),          Text::tr("Grid code"),     Text::tr("Address"),
            Text::tr("Reporter"), Text::tr("Reporter's phone"), Text::tr("What happened"), Text::tr("Asks for"),
            Text::tr("Due"),      Text::tr("Lead unit"),        Text::tr("Handler")};
}

bool CaseExport::formatFromPath(const QString &path, ExportFormat *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (suffix == QLatin1String("xlsx"))
        *format = ExportFormat::Xlsx;
    else
        return false;
    return true;
}

Result<CaseExportReport> CaseExport::write(const CaseFilter &filter, const QString &path, ExportFormat format,
                                           const Progress &progress, const Cancel &cancel, bool fullPhones)
{
    if (fullPhones)
        if (Status allowed = privacy::requireFullExport(m_db); !allowed)
            return allowed.error();
    CaseExportRows rows(m_db, filter, kPageSize);
    auto total = rows.count();
    if (!total)
        return total.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    std::unique_ptr<Sink> sink;
    if (format == ExportFormat::Csv) {
        auto csv = std::make_unique<CsvSink>(file);
        if (Status s = csv->start(); !s)
            return s.error();
        sink = std::move(csv);
    } else {
        auto xlsx = std::make_unique<XlsxSink>(file);
        if (Status s = xlsx->start(); !s)
            return s.error();
        sink = std::move(xlsx);
    }

    CaseExportReport report;
    report.path = path;
    report.format = format;
    if (progress)
        progress(0, total.value());
    while (!rows.atEnd()) {
        auto page = rows.next();
        if (!page)
            return page.error(); // the save file is discarded with `file`
        for (const CaseExportRow &row : page.value()) {
            if (cancel && cancel()) {
                report.cancelled = true;
                file.cancelWriting();
                return report;
            }
            if (fullPhones) {
                if (Status s = sink->write(row); !s)
                    return s.error();
            } else {
                CaseExportRow masked = row;
                masked.reporterPhone = privacy::maskPhone(row.reporterPhone);
                if (Status s = sink->write(masked); !s)
                    return s.error();
            }
            ++report.rows;
        }
        if (progress)
            progress(report.rows, qMax(total.value(), report.rows));
    }
    if (Status s = sink->finish(); !s)
        return s.error();
    // Recorded before the file is put in place: a full export never exists without its record.
    if (fullPhones)
        if (Status s = privacy::auditFullExport(m_db, QStringLiteral("cases export"), path,
                                                {{QStringLiteral("rows"), report.rows}});
            !s)
            return s.error();
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return report;
}

} // namespace gd
