#include "ExemplaryBooklet.h"

#include "ExemplaryService.h"
#include "calendar/WorkCalendar.h"
#include "org/OfficeSettings.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "util/PagedHtml.h"
#include "util/PdfFile.h"
#include "util/PrintFont.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>

// Qt's default DPI (exported by QtGui, not in its public headers): what an <img>'s size is in.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace gd::booklet {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::booklet)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

double mm(double millimetres, int dpi)
{
    return millimetres / 25.4 * dpi;
}

QString stars(int n)
{
    return n > 0 ? QString(n, QChar(0x2605)) : Text::tr("no star");
}

QString metaLine(const ExemplaryCase &w)
{
    QStringList place;
    for (const QString &p : {w.streetName, w.communityName, w.gridName})
        if (!p.isEmpty())
            place << p;
    return Text::tr("%1 · %2 · %3 · %4 (%5)")
        .arg(w.category, place.join(QLatin1Char(' ')), w.happenedOn.toString(Qt::ISODate),
             w.workerName.isEmpty() ? Text::tr("no worker named") : w.workerName, stars(w.workerStar));
}

// A photo's size on the page: at most three quarters of the text's width and 40% of its height.
QSizeF shownSize(const QSize &image, const QSizeF &body)
{
    if (image.isEmpty())
        return {};
    QSizeF s(body.width() * 0.75, body.width() * 0.75 * image.height() / image.width());
    if (s.height() > body.height() * 0.4)
        s = QSizeF(body.height() * 0.4 * image.width() / image.height(), body.height() * 0.4);
    return s;
}

// The write-up as HTML: its photos referenced as "photo:N", sized for the page in the device's
// pixels (so a layout without the images decoded is the layout with them).
QString writeUpHtml(const ExemplaryCase &w, const QList<QSizeF> &photoSizes,
                    const QString &names = QStringLiteral("photo:"))
{
    QString h = QStringLiteral("<h2 align=center>%1</h2><p align=center style='color:#555555'>%2</p>")
                    .arg(esc(w.title), esc(metaLine(w)));
    const struct {
        QString head;
        const QString &text;
    } parts[] = {{Text::tr("Background"), w.background},
                 {Text::tr("What the worker did"), w.actions},
                 {Text::tr("Result"), w.effect},
                 {Text::tr("What others can learn"), w.lessons}};
    for (const auto &p : parts)
        if (!p.text.trimmed().isEmpty())
            h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(p.head), esc(p.text));
    for (int i = 0; i < photoSizes.size(); ++i) {
        if (photoSizes.at(i).isEmpty())
            continue;
        h += QStringLiteral("<p align=center><img src='%1%2' width=%3 height=%4>")
                 .arg(names)
                 .arg(i)
                 .arg(int(photoSizes.at(i).width()))
                 .arg(int(photoSizes.at(i).height()));
        if (!w.photos.at(i).caption.isEmpty())
            h += QStringLiteral("<br>") + esc(w.photos.at(i).caption);
        h += QStringLiteral("</p>");
    }
    return h;
}

QImage decoded(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    // Decoded at print resolution at most (a JPEG decodes scaled far faster than whole).
    const QSize full = reader.size();
    if (full.width() > 1400)
        reader.setScaledSize(full.scaled(QSize(1400, 1400), Qt::KeepAspectRatio));
    return reader.read();
}

QSize imageSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    return QImageReader(&buffer).size();
}

struct Layout {
    QRectF area, body;
    double band = 0;
};

void setUp(QTextDocument &doc, QPagedPaintDevice &device, const QSizeF &body)
{
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(printFontFamily());
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(body);
}

} // namespace

Result<Booklet> gather(Database &db, int year, const QString &streetId, const QString &communityId)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(db.nowMs(), WorkCalendar::zone()).date();
    if (year < 2000 || year > today.year())
        return Error::invalid(QStringLiteral("year"), Text::tr("%1 is not a year of the booklet.").arg(year));
    Booklet b;
    b.year = year;
    b.made = today;
    b.office = OfficeSettings(db).load().name;
    RowStore rows(db);
    if (!communityId.isEmpty()) {
        auto c = rows.fetch(tables::communities(), communityId);
        if (!c)
            return Error::invalid(QStringLiteral("community"), Text::tr("There is no such community."));
        b.scopeName = c->value(QStringLiteral("name")).toString();
    } else if (!streetId.isEmpty()) {
        auto s = rows.fetch(tables::streets(), streetId);
        if (!s)
            return Error::invalid(QStringLiteral("street"), Text::tr("There is no such street."));
        b.scopeName = s->value(QStringLiteral("name")).toString();
    }
    ExemplaryService service(db);
    ExemplaryFilter f;
    f.year = year;
    f.streetId = streetId;
    f.communityId = communityId;
    f.state = QStringLiteral("approved");
    auto found = service.list(f, 100000);
    if (!found)
        return found.error();
    for (const ExemplaryCase &listed : std::as_const(*found)) {
        auto whole = service.get(listed.id, true);
        if (!whole)
            return whole.error();
        b.cases << *whole;
    }
    std::sort(b.cases.begin(), b.cases.end(), [](const ExemplaryCase &x, const ExemplaryCase &y) {
        if (x.category != y.category)
            return x.category < y.category;
        return x.happenedOn != y.happenedOn ? x.happenedOn < y.happenedOn : x.id < y.id;
    });
    return b;
}

QString title(const Booklet &b)
{
    return Text::tr("Exemplary cases of %1").arg(b.year);
}

Status paint(QPagedPaintDevice &device, const Booklet &b, QList<BookletEntry> *contentsOut, int *pagesOut,
             const std::function<bool(int, int)> &progress)
{
    if (Status font = checkPrintFont(Text::tr("the booklet")); !font)
        return font;
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 14, 20, 14),
                           QPageLayout::Millimeter);
    if (!device.setPageLayout(page))
        device.setPageSize(QPageSize(QPageSize::A4));
    const int dpi = device.logicalDpiY();
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    Layout l;
    l.area = QRectF(0, 0, paintRect.width(), paintRect.height());
    l.band = mm(7, dpi);
    const double gap = mm(5, dpi);
    l.body = QRectF(0, l.band + gap, l.area.width(), l.area.height() - 2 * (l.band + gap));

    // An <img>'s width and height are scaled by the layout from Qt's default DPI to the device's
    // (QTextImageHandler): given in device pixels, a photo printed several times too large.
    const double toDocument = double(qt_defaultDpiY()) / dpi;
    // Pass one: each write-up's pages, laid out with its photos' sizes only.
    const int total = int(b.cases.size());
    QList<QList<QSizeF>> sizes;
    QList<int> pagesOf;
    for (int i = 0; i < total; ++i) {
        const ExemplaryCase &w = b.cases.at(i);
        QList<QSizeF> shown;
        for (const ExemplaryPhoto &p : w.photos)
            shown << shownSize(imageSize(p.image), l.body.size()) * toDocument;
        QTextDocument doc;
        setUp(doc, device, l.body.size());
        QImage blank(1, 1, QImage::Format_RGB32);
        blank.fill(Qt::white);
        for (int k = 0; k < shown.size(); ++k)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("photo:%1").arg(k)), blank);
        doc.setHtml(writeUpHtml(w, shown));
        pagesOf << qMax(1, doc.pageCount());
        sizes << shown;
        if (progress && !progress(i, total * 2))
            return Error::cancelled();
    }
    // The contents: a line per category and per write-up.
    QFont contentsFont(printFontFamily());
    contentsFont.setPointSizeF(10.5);
    const double lineHeight = QFontMetricsF(contentsFont, &device).lineSpacing() * 1.5;
    const double headHeight = lineHeight * 2.5;
    const int linesPerPage = qMax(1, int((l.body.height() - headHeight) / lineHeight));
    QStringList categories;
    for (const ExemplaryCase &w : b.cases)
        if (!categories.contains(w.category))
            categories << w.category;
    const int contentLines = int(categories.size() + b.cases.size());
    const int contentPages = qMax(1, (contentLines + linesPerPage - 1) / linesPerPage);
    QList<BookletEntry> entries;
    int next = 2 + contentPages;
    for (int i = 0; i < total; ++i) {
        entries << BookletEntry{b.cases.at(i).category, b.cases.at(i).title, b.cases.at(i).workerName, next};
        next += pagesOf.at(i);
    }
    const int pageCount = next - 1;

    QPainter p;
    if (!p.begin(&device))
        return Error::make(ErrorKind::Data, Text::tr("Printing the booklet failed: the printer or file refused it."));
    int pageNo = 1;
    const auto newPage = [&]() -> Status {
        if (!device.newPage())
            return Error::make(ErrorKind::Data,
                               Text::tr("Printing the booklet failed: no new page after page %1.").arg(pageNo));
        ++pageNo;
        return {};
    };
    const QString bookTitle = title(b);
    const auto frame = [&]() {
        paintPageFrame(p, l.area, l.band, b.office, bookTitle, Text::tr("- %1 -").arg(pageNo));
    };
    // The cover.
    {
        QFont big(printFontFamily());
        big.setPointSizeF(26);
        big.setBold(true);
        p.setFont(big);
        p.drawText(QRectF(0, l.area.height() * 0.25, l.area.width(), l.area.height() * 0.15),
                   Qt::AlignCenter | Qt::TextWordWrap, bookTitle);
        QFont mid(printFontFamily());
        mid.setPointSizeF(15);
        p.setFont(mid);
        p.drawText(QRectF(0, l.area.height() * 0.42, l.area.width(), l.area.height() * 0.1),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   b.scopeName.isEmpty() ? b.office : Text::tr("%1 · %2").arg(b.office, b.scopeName));
        p.drawText(QRectF(0, l.area.height() * 0.55, l.area.width(), l.area.height() * 0.08), Qt::AlignCenter,
                   Text::tr("%n write-up(s)", nullptr, total));
        p.drawText(QRectF(0, l.area.height() * 0.8, l.area.width(), l.area.height() * 0.08), Qt::AlignCenter,
                   b.made.toString(QStringLiteral("yyyy-MM")));
    }
    // The contents.
    {
        int line = 0, entry = 0;
        for (int cp = 0; cp < contentPages; ++cp) {
            if (Status s = newPage(); !s)
                return s;
            frame();
            double y = l.body.top();
            if (cp == 0) {
                QFont head(printFontFamily());
                head.setPointSizeF(16);
                head.setBold(true);
                p.setFont(head);
                p.drawText(QRectF(0, y, l.area.width(), headHeight), Qt::AlignCenter, Text::tr("Contents"));
            }
            y += headHeight;
            int onPage = 0;
            const QFontMetricsF fm(contentsFont, &device);
            while (onPage < linesPerPage && entry < total) {
                const ExemplaryCase &w = b.cases.at(entry);
                const bool firstOfCategory = entry == 0 || b.cases.at(entry - 1).category != w.category;
                if (firstOfCategory && line == 0) {
                    QFont bold = contentsFont;
                    bold.setBold(true);
                    p.setFont(bold);
                    p.drawText(QRectF(0, y, l.area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, w.category);
                    line = 1;
                } else {
                    p.setFont(contentsFont);
                    const QString number = QString::number(entries.at(entry).page);
                    const double numberWidth = fm.horizontalAdvance(QStringLiteral("0000"));
                    const QString text = fm.elidedText(
                        Text::tr("%1 (%2)").arg(w.title, w.workerName.isEmpty() ? w.communityName : w.workerName),
                        Qt::ElideRight, l.area.width() * 0.8);
                    const double indent = mm(6, dpi);
                    p.drawText(QRectF(indent, y, l.area.width() - indent - numberWidth, lineHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, text);
                    const double dotsFrom = indent + fm.horizontalAdvance(text) + mm(2, dpi);
                    const double dotsTo = l.area.width() - numberWidth - mm(1, dpi);
                    if (dotsTo > dotsFrom) {
                        p.save();
                        p.setPen(QPen(Qt::gray, mm(0.3, dpi), Qt::DotLine));
                        p.drawLine(QPointF(dotsFrom, y + lineHeight * 0.65), QPointF(dotsTo, y + lineHeight * 0.65));
                        p.restore();
                    }
                    p.drawText(QRectF(0, y, l.area.width(), lineHeight), Qt::AlignRight | Qt::AlignVCenter, number);
                    ++entry;
                    line = 0;
                }
                y += lineHeight;
                ++onPage;
            }
        }
    }
    // The write-ups, each from a new page.
    for (int i = 0; i < total; ++i) {
        const ExemplaryCase &w = b.cases.at(i);
        QTextDocument doc;
        setUp(doc, device, l.body.size());
        for (int k = 0; k < w.photos.size(); ++k)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("photo:%1").arg(k)),
                            decoded(w.photos.at(k).image));
        doc.setHtml(writeUpHtml(w, sizes.at(i)));
        for (int k = 0; k < pagesOf.at(i); ++k) {
            if (Status s = newPage(); !s)
                return s;
            frame();
            p.save();
            const QRectF clip(0, k * l.body.height(), l.body.width(), l.body.height());
            p.translate(l.body.left(), l.body.top() - clip.top());
            p.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&p, context);
            p.restore();
        }
        if (progress && !progress(total + i, total * 2))
            return Error::cancelled();
    }
    p.end();
    if (contentsOut)
        *contentsOut = entries;
    if (pagesOut)
        *pagesOut = pageCount;
    return {};
}

Status writePdf(const QString &path, const Booklet &b, QList<BookletEntry> *contents, int *pages,
                const std::function<bool(int, int)> &progress)
{
    return writePdfFile(path, title(b),
                        [&](QPagedPaintDevice &device) { return paint(device, b, contents, pages, progress); });
}

Status writeOdt(const QString &path, const Booklet &b)
{
    QTextDocument doc;
    QFont font(printFontFamily());
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    QString html =
        QStringLiteral("<h1 align=center>%1</h1><p align=center>%2</p><p align=center>%3</p>")
            .arg(esc(title(b)), esc(b.scopeName.isEmpty() ? b.office : b.office + QStringLiteral(" · ") + b.scopeName),
                 esc(Text::tr("%n write-up(s)", nullptr, int(b.cases.size()))));
    html += QStringLiteral("<h2 style='page-break-before:always'>%1</h2>").arg(esc(Text::tr("Contents")));
    QString category;
    for (const ExemplaryCase &w : b.cases) {
        if (w.category != category) {
            category = w.category;
            html += QStringLiteral("<h4>%1</h4>").arg(esc(category));
        }
        html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("%1 (%2)").arg(w.title, w.workerName)));
    }
    const QSizeF page(480, 640); // points of the text area: photos at most 360 wide
    for (int i = 0; i < b.cases.size(); ++i) {
        const ExemplaryCase &w = b.cases.at(i);
        // Each write-up's images under names of its own: the document holds them all at once.
        const QString names = QStringLiteral("w%1-photo:").arg(i);
        QList<QSizeF> shown;
        for (int k = 0; k < w.photos.size(); ++k) {
            const QImage image =
                decoded(w.photos.at(k).image).scaled(900, 900, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            shown << shownSize(image.size(), page);
            doc.addResource(QTextDocument::ImageResource, QUrl(names + QString::number(k)), image);
        }
        html += QStringLiteral("<div style='page-break-before:always'>") + writeUpHtml(w, shown, names) +
                QStringLiteral("</div>");
    }
    doc.setHtml(html);
    // Written to memory first: the ODF writer closes its device when done, and QSaveFile::close()
    // aborts the program (a QSaveFile is only ever committed).
    QByteArray odt;
    {
        QBuffer buffer(&odt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "ODF");
        if (!writer.write(&doc))
            return Error::invalid(QStringLiteral("out"), Text::tr("%1 cannot be written.").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(QStringLiteral("out"),
                              Text::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (file.write(odt) != odt.size() || !file.commit())
        return Error::invalid(QStringLiteral("out"), Text::tr("%1 cannot be written.").arg(path));
    return {};
}

} // namespace gd::booklet
