#pragma once
// One Excel workbook through libxlsxwriter, for every writer in GridDesk (the case list's export,
// the review sheet and payouts): text cells cleaned of the control characters XML 1.0 cannot hold
// (a pasted one made a workbook Excel refuses to open) and cut to Excel's 32,767 characters,
// libxlsxwriter's errors as a translated Status, and an unfinished workbook dropped without a file
// (a file finish() failed to write whole is removed; an older one at the path is left alone until
// then).
#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gd {

class XlsxWorkbook
{
public:
    enum Style { Plain, Bold, Money, Time };
    XlsxWorkbook() = default;
    ~XlsxWorkbook(); // an unfinished workbook is dropped: its file is written only by finish()
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // constantMemory: each row goes to disk when the next begins (a million-row export), rows
    // then being written in order. libxlsxwriter writes the file only on finish().
    Status open(const QString &path, bool constantMemory = false);
    // A new sheet; its index for the writes below.
    Result<int> addSheet(const QString &name);
    Status text(int sheet, int row, int column, const QString &value, Style style = Plain);
    Status number(int sheet, int row, int column, double value, Style style = Plain);
    // Excel has no zones: the cell shows the time as `at` holds it.
    Status dateTime(int sheet, int row, int column, const QDateTime &at);
    void setColumns(int sheet, int first, int last, double width, Style style = Plain);
    void freezePanes(int sheet, int rows, int columns);
    Status finish();

    static constexpr int kMaxRows = 1048576;
    // What a text cell holds: no control character but tab and line feed, at most 32,767.
    static QByteArray cellText(const QString &text);

private:
    Status failed(int error) const;
    lxw_format *format(Style style) const;
    lxw_workbook *m_book = nullptr;
    QList<lxw_worksheet *> m_sheets;
    lxw_format *m_bold = nullptr, *m_money = nullptr, *m_time = nullptr;
    QString m_path;
    QByteArray m_tmpdir;
};

} // namespace gd
