#pragma once
// Visits from a CSV file (a phone form's export, a spreadsheet a street keeps): its columns mapped
// to the visit's fields by their headers (时间, 网格员, 网格, 类型, 楼栋, 单元, 房间, 地点, 走访对象,
// 发现情况, 备注 — or as the office maps them), every line read and checked before anything is
// written (the preview), then the good lines written in one transaction and the others reported
// with their line and the field at fault. A line already imported is skipped: its visit's id is
// made from the worker, the time, the grid and the place, so importing a file twice adds nothing.
#include "VisitTypes.h"
#include "storage/Result.h"
#include "util/CsvTable.h"

#include <QHash>

#include <functional>

namespace gd {

class Database;

struct VisitImportLine {
    int line = 0;
    Visit visit;          // as read (its id the one an import gives it)
    QString field;        // the field at fault (a key of VisitImport::fields())
    QString refusal;      // why the line is not taken; empty when it is good
    bool already = false; // imported before: skipped
    bool ok() const { return refusal.isEmpty() && !already; }
};

struct VisitImportReport {
    int total = 0, imported = 0, already = 0, refused = 0;
    QList<VisitImportLine> refusedLines;
};

using VisitColumns = QHash<QString, int>; // field → column of the file

class VisitImport
{
public:
    explicit VisitImport(Database &db)
        : m_db(db)
    {}
    // at, worker, grid, kind, building, unit, room, place, met, found, note; the first three required.
    static QStringList fields();
    static QStringList requiredFields(); // at, worker, grid
    // Invalid (field "mapping") naming the first required field without a column.
    static Error checkColumns(const VisitColumns &columns, const QString &fileName);
    static QString fieldName(const QString &field); // translated: 时间, 网格员 …
    // The headers each field is found under when the office gives no mapping.
    static QStringList headerNames(const QString &field);

    // The columns for the file: each field under a header of its headerNames(), or as `overrides`
    // says ("worker=走访人;at=日期"). Invalid (field "mapping") naming what is wrong: an override that
    // is not field=header, a header the file lacks, or a required field without a column.
    Result<VisitColumns> columns(const CsvTable &file, const QString &overrides = {}) const;
    // Every line read and checked, nothing written.
    QList<VisitImportLine> read(const CsvTable &file, const VisitColumns &columns) const;
    // The good lines written in one transaction (Permission::RecordGridWork); progress(done, all)
    // returning false cancels, and nothing is written.
    Result<VisitImportReport> import(const CsvTable &file, const VisitColumns &columns,
                                     const std::function<bool(int, int)> &progress = {});

private:
    VisitImportLine readLine(const CsvRecord &record, const VisitColumns &columns) const;
    Database &m_db;
};

} // namespace gd
