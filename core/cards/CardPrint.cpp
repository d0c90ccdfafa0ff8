#include "CardPrint.h"

#include "CardPainter.h"
#include "util/PdfFile.h"
#include "util/PrintFont.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace gd::cards {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CardPrint)
};

// Short marks in the page's margins on the two cut lines, and a cross where they meet: in
// the cards' white border, so a guillotine lines up without marks on the cards themselves.
void cutMarks(QPainter &p)
{
    p.save();
    p.setPen(QPen(Qt::black, 0.2));
    const double x = 105, y = 148.5;
    for (const QLineF &l : {QLineF(x, 2, x, 8), QLineF(x, 289, x, 295), QLineF(2, y, 8, y), QLineF(202, y, 208, y),
                            QLineF(x - 2.5, y, x + 2.5, y), QLineF(x, y - 2.5, x, y + 2.5)})
        p.drawLine(l);
    p.restore();
}
} // namespace

Status paintCards(QPagedPaintDevice &device, const QList<CardContent> &cards, const CardTemplate &cardTemplate,
                  CardLayout layout, const CardProgress &progress)
{
    if (cards.isEmpty())
        return Error::invalid(QStringLiteral("scope"), Text::tr("There are no grids to print cards for."));
    // Qt would draw every Chinese character as an empty box, silently.
    if (Status font = checkPrintFont(Text::tr("the cards")); !font)
        return font;
    const QPageSize page(pageSizeOf(layout));
    // A printer may refuse margins below its own: its page then keeps them, the size still changes.
    if (!device.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF())))
        device.setPageSize(page);
    QPainter p;
    if (!p.begin(&device))
        return Error::make(ErrorKind::Internal, Text::tr("The printer or PDF file could not be opened for drawing."));
    // Millimetres from here on: the layout speaks in them.
    p.scale(device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4);
    const CardPainter painter(cardTemplate);
    const int perPage = cardsPerPage(layout);
    for (int i = 0; i < cards.size(); ++i) {
        const int slot = i % perPage;
        if (slot == 0 && i > 0)
            device.newPage();
        if (slot == 0 && layout == CardLayout::A4x4)
            cutMarks(p);
        painter.paint(p, cardRectMm(layout, slot), cards.at(i));
        if (progress && !progress(i + 1, int(cards.size()))) {
            p.end();
            return Error::make(ErrorKind::Cancelled, Text::tr("Printing was cancelled; nothing was printed."));
        }
    }
    if (!p.end())
        return Error::make(ErrorKind::Internal, Text::tr("The cards could not be finished."));
    return {};
}

Status writeCardsPdf(const QString &path, const QList<CardContent> &cards, const CardTemplate &cardTemplate,
                     CardLayout layout, const CardProgress &progress)
{
    return writePdfFile(path, cardTemplate.title, [&](QPagedPaintDevice &device) {
        return paintCards(device, cards, cardTemplate, layout, progress);
    });
}

} // namespace gd::cards
