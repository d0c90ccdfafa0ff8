#include "XlsxCaseWriter.h"

#include "calendar/WorkCalendar.h"

#include <QDateTime>

namespace gd {

namespace {
enum Column { ReceivedColumn = 3, DueColumn = 12 };
} // namespace

Status XlsxCaseWriter::open(const QString &path, const QStringList &headers, const QString &sheetName)
{
    m_headers = headers;
    m_sheetName = sheetName;
    if (Status s = m_book.open(path, true); !s)
        return s;
    return addSheet();
}

Status XlsxCaseWriter::addSheet()
{
    ++m_sheets;
    const QString name = m_sheets == 1 ? m_sheetName : QStringLiteral("%1 %2").arg(m_sheetName).arg(m_sheets);
    Result<int> sheet = m_book.addSheet(name);
    if (!sheet)
        return sheet.status();
    m_sheet = sheet.value();
    const double widths[] = {16, 18, 10, 17, 22, 12, 17, 28, 10, 14, 50, 30, 17, 18, 14};
    for (int c = 0; c < m_headers.size() && c < int(std::size(widths)); ++c)
        m_book.setColumns(m_sheet, c, c, widths[c],
                          c == ReceivedColumn || c == DueColumn ? XlsxWorkbook::Time : XlsxWorkbook::Plain);
    for (int c = 0; c < m_headers.size(); ++c)
        if (Status s = m_book.text(m_sheet, 0, c, m_headers.at(c), XlsxWorkbook::Bold); !s)
            return s;
    m_book.freezePanes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Status XlsxCaseWriter::write(const CaseExportRow &r)
{
    if (m_row >= XlsxWorkbook::kMaxRows)
        if (Status s = addSheet(); !s)
            return s;
    const QString texts[] = {r.number,      r.hotlineOrder, r.state,   QString(),      r.category,
                             r.channel,     r.gridCode,     r.address, r.reporterName, r.reporterPhone,
                             r.description, r.request,      QString(), r.leadUnit,     r.handler};
    for (int c = 0; c < int(std::size(texts)); ++c) {
        Status s;
        if (c == ReceivedColumn || c == DueColumn) {
            const qint64 ms = c == ReceivedColumn ? r.receivedMs : r.dueMs;
            if (ms <= 0)
                continue;
            // The cell shows Beijing time, where deadlines are counted.
            s = m_book.dateTime(m_sheet, m_row, c, QDateTime::fromMSecsSinceEpoch(ms, WorkCalendar::zone()));
        } else {
            s = m_book.text(m_sheet, m_row, c, texts[c]);
        }
        if (!s)
            return s;
    }
    ++m_row;
    return {};
}

Status XlsxCaseWriter::finish()
{
    return m_book.finish();
}

} // namespace gd
