#include "XlsxCaseWriter.h"

#include "calendar/WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace gd {

namespace {

// XML 1.0 has no place for most control characters: a pasted one would break the workbook.
QByteArray cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            clean += c;
    // An Excel cell holds at most 32,767 characters; GridDesk's texts are far shorter.
    return clean.left(32767).toUtf8();
}

enum Column { ReceivedColumn = 3, DueColumn = 12 };

} // namespace

XlsxCaseWriter::~XlsxCaseWriter()
{
    // Cancelled or failed: free the workbook and its temporary files without writing the zip.
    if (m_book)
        lxw_workbook_free(m_book);
}

Status XlsxCaseWriter::failed(int error) const
{
    return Error::make(ErrorKind::Internal,
                       QCoreApplication::translate("gd::XlsxCaseWriter", "The Excel file could not be written: %1.")
                           .arg(QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

Status XlsxCaseWriter::open(const QString &path, const QStringList &headers, const QString &sheetName)
{
    m_headers = headers;
    m_sheetName = sheetName;
    m_tmpdir = QDir::tempPath().toLocal8Bit();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // a row is flushed to disk when the next one begins
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE; // a million rows pass 4 GB uncompressed
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_book)
        return failed(LXW_ERROR_CREATING_XLSX_FILE);
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_time = workbook_add_format(m_book);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm");
    return addSheet();
}

Status XlsxCaseWriter::addSheet()
{
    ++m_sheets;
    const QString name = m_sheets == 1 ? m_sheetName : QStringLiteral("%1 %2").arg(m_sheetName).arg(m_sheets);
    m_sheet = workbook_add_worksheet(m_book, name.left(LXW_SHEETNAME_MAX).toUtf8().constData());
    if (!m_sheet)
        return failed(LXW_ERROR_SHEETNAME_ALREADY_USED);
    const double widths[] = {16, 18, 10, 17, 22, 12, 17, 28, 10, 14, 50, 30, 17, 18, 14};
    for (int c = 0; c < m_headers.size() && c < int(std::size(widths)); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c],
                             c == ReceivedColumn || c == DueColumn ? m_time : nullptr);
    for (int c = 0; c < m_headers.size(); ++c)
        if (lxw_error e =
                worksheet_write_string(m_sheet, 0, lxw_col_t(c), cellText(m_headers.at(c)).constData(), m_bold);
            e != LXW_NO_ERROR)
            return failed(e);
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Status XlsxCaseWriter::write(const CaseExportRow &r)
{
    if (m_row >= LXW_ROW_MAX)
        if (Status s = addSheet(); !s)
            return s;
    const QString texts[] = {r.number,      r.hotlineOrder, r.state,   QString(),      r.category,
                             r.channel,     r.gridCode,     r.address, r.reporterName, r.reporterPhone,
                             r.description, r.request,      QString(), r.leadUnit,     r.handler};
    for (int c = 0; c < int(std::size(texts)); ++c) {
        lxw_error e = LXW_NO_ERROR;
        if (c == ReceivedColumn || c == DueColumn) {
            const qint64 ms = c == ReceivedColumn ? r.receivedMs : r.dueMs;
            if (ms <= 0)
                continue;
            // Excel has no zones: the cell shows Beijing time, where deadlines are counted.
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, WorkCalendar::zone());
            lxw_datetime dt = {t.date().year(), t.date().month(),  t.date().day(),
                               t.time().hour(), t.time().minute(), double(t.time().second())};
            e = worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(c), &dt, m_time);
        } else if (!texts[c].isEmpty()) {
            e = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), cellText(texts[c]).constData(),
                                       nullptr);
        }
        if (e != LXW_NO_ERROR)
            return failed(e);
    }
    ++m_row;
    return {};
}

Status XlsxCaseWriter::finish()
{
    lxw_workbook *book = m_book;
    m_book = nullptr;
    if (!book)
        return failed(LXW_ERROR_NULL_PARAMETER_IGNORED);
    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return failed(e);
    return {};
}

} // namespace gd
