#pragma once
// The exemplary-case booklet (优秀案例汇编): a year's approved write-ups of the office, a street or a
// community, printed as the district's was — a cover with the office's name, the contents grouped
// by category with each write-up's page, then one write-up a page (more when it runs long) with
// its photos, a running header and the page number in every page's footer. Page numbers count
// every sheet from the cover, so the contents' numbers are the PDF's page numbers.
// Also written as an OpenDocument text (.odt, which Word and WPS open) through Qt's own writer:
// the same cover, contents (without page numbers: the word processor paginates) and write-ups.
#include "ExemplaryTypes.h"
#include "storage/Result.h"

#include <functional>

class QPagedPaintDevice;

namespace gd {

class Database;

struct Booklet {
    QString office, scopeName;
    int year = 0;
    QDate made;                 // the day it was gathered (the cover's date), by the file's clock
    QList<ExemplaryCase> cases; // approved, by category then day, with photos
};

struct BookletEntry {
    QString category, title, worker;
    int page = 0; // where the write-up starts
};

namespace booklet {

// Refused: a year before 2000 or after this one, a street or community not in the file.
Result<Booklet> gather(Database &db, int year, const QString &streetId = {}, const QString &communityId = {});
QString title(const Booklet &b);
// Paints the booklet; contents (if given) receives each write-up's page. progress(done, total)
// returning false cancels (Cancelled).
Status paint(QPagedPaintDevice &device, const Booklet &b, QList<BookletEntry> *contents = nullptr, int *pages = nullptr,
             const std::function<bool(int, int)> &progress = {});
Status writePdf(const QString &path, const Booklet &b, QList<BookletEntry> *contents = nullptr, int *pages = nullptr,
                const std::function<bool(int, int)> &progress = {});
Status writeOdt(const QString &path, const Booklet &b);

} // namespace booklet

} // namespace gd
