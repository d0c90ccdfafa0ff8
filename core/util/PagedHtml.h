#pragma once
// A document GridDesk prints — the monthly report, the dispute ledger — as HTML laid out on
// pages: A4 in the orientation asked, the office's name and the document's title in every page's
// header, "page n of m" in its footer, tables whose heading rows repeat on each page. Laid out at
// the device's resolution, so the same painting serves a PDF file, the print preview and a
// printer.
#include "storage/Result.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace gd {

struct PagedHtml {
    QString html;
    QString office, title; // each page's header
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double points = 9.5; // the body text's size
    QString what;        // in messages: "the report", "the ledger"
    // Called once the HTML is set: objects drawn by the caller put in (the report's charts).
    std::function<void(QTextDocument &)> prepare;
};

// Sets the device's page and paints every page; Data when no Chinese font is installed (it would
// print empty boxes) or the device refuses. pages: set to the number painted.
Status paintPagedHtml(QPagedPaintDevice &device, const PagedHtml &document, int *pages = nullptr);

// A page's header (`left` and `right` over a rule) and footer (`footer`, centred) in bands of
// height `band` at the top and bottom of `area`: the look every printed document shares.
void paintPageFrame(QPainter &p, const QRectF &area, double band, const QString &left, const QString &right,
                    const QString &footer);

} // namespace gd
