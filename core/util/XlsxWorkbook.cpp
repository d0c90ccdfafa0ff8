#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace gd {

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_book)
        lxw_workbook_free(m_book); // never closed: libxlsxwriter has written nothing at the path
}

QByteArray XlsxWorkbook::cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            if (c.unicode() != 0xFFFE && c.unicode() != 0xFFFF) // not characters XML allows either
                clean += c;
    return clean.left(32767).toUtf8();
}

Status XlsxWorkbook::failed(int error) const
{
    return Error::make(ErrorKind::Internal,
                       QCoreApplication::translate("gd::XlsxWorkbook", "The Excel file could not be written: %1.")
                           .arg(QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

Status XlsxWorkbook::open(const QString &path, bool constantMemory)
{
    m_path = path;
    m_tmpdir = QDir::tempPath().toLocal8Bit();
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE; // a million rows pass 4 GB uncompressed
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_book)
        return failed(LXW_ERROR_CREATING_XLSX_FILE);
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_money = workbook_add_format(m_book);
    format_set_num_format(m_money, "#,##0.00");
    m_time = workbook_add_format(m_book);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm");
    return {};
}

lxw_format *XlsxWorkbook::format(Style style) const
{
    switch (style) {
    case Bold: return m_bold;
    case Money: return m_money;
    case Time: return m_time;
    case Plain: break;
    }
    return nullptr;
}

Result<int> XlsxWorkbook::addSheet(const QString &name)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, cellText(name.left(LXW_SHEETNAME_MAX)).constData());
    if (!sheet)
        return failed(LXW_ERROR_SHEETNAME_ALREADY_USED).error();
    m_sheets << sheet;
    return int(m_sheets.size() - 1);
}

Status XlsxWorkbook::text(int sheet, int row, int column, const QString &value, Style style)
{
    if (value.isEmpty() && style == Plain)
        return {};
    const lxw_error e = worksheet_write_string(m_sheets.at(sheet), lxw_row_t(row), lxw_col_t(column),
                                               cellText(value).constData(), format(style));
    return e == LXW_NO_ERROR ? Status() : failed(e);
}

Status XlsxWorkbook::number(int sheet, int row, int column, double value, Style style)
{
    const lxw_error e =
        worksheet_write_number(m_sheets.at(sheet), lxw_row_t(row), lxw_col_t(column), value, format(style));
    return e == LXW_NO_ERROR ? Status() : failed(e);
}

Status XlsxWorkbook::dateTime(int sheet, int row, int column, const QDateTime &at)
{
    lxw_datetime dt = {at.date().year(), at.date().month(),  at.date().day(),
                       at.time().hour(), at.time().minute(), double(at.time().second())};
    const lxw_error e = worksheet_write_datetime(m_sheets.at(sheet), lxw_row_t(row), lxw_col_t(column), &dt, m_time);
    return e == LXW_NO_ERROR ? Status() : failed(e);
}

void XlsxWorkbook::setColumns(int sheet, int first, int last, double width, Style style)
{
    worksheet_set_column(m_sheets.at(sheet), lxw_col_t(first), lxw_col_t(last), width, format(style));
}

void XlsxWorkbook::freezePanes(int sheet, int rows, int columns)
{
    worksheet_freeze_panes(m_sheets.at(sheet), lxw_row_t(rows), lxw_col_t(columns));
}

Status XlsxWorkbook::finish()
{
    lxw_workbook *book = m_book;
    m_book = nullptr; // closing frees it, whatever happens
    if (!book)
        return failed(LXW_ERROR_NULL_PARAMETER_IGNORED);
    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        QFile::remove(m_path);
        return failed(e);
    }
    return {};
}

} // namespace gd
