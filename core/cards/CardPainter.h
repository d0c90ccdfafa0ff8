#pragma once
// Draws contact cards with QPainter onto any device: a PDF writer, a printer, an image. Text
// stays text and the QR code is vector rectangles, so a card prints sharp at any size.
#include "CardContent.h"
#include "CardTemplate.h"

#include <QImage>
#include <QRectF>

class QPainter;

namespace gd {

class CardPainter
{
public:
    // The design's own units: a tenth of a millimetre on an A6 card.
    static constexpr double kWidth = 1050, kHeight = 1480;

    explicit CardPainter(const CardTemplate &cardTemplate);
    // Draws one card into target (painter coordinates), scaled to fit and centred.
    void paint(QPainter &painter, const QRectF &target, const CardContent &card) const;
    // One A6 card as an image at the given resolution (previews, tests, screenshots).
    QImage image(const CardContent &card, int dpi) const;

private:
    void header(QPainter &p, const CardContent &c) const;
    void worker(QPainter &p, const CardContent &c) const;
    void office(QPainter &p, const CardContent &c, double top) const;
    void services(QPainter &p, const CardContent &c, double top) const;
    void footer(QPainter &p, const CardContent &c) const;
    // A label in the card's language (the template's), not the window's.
    QString say(const char *source) const;

    CardTemplate m_template;
    QImage m_logo;
};

namespace cards {
// The QR code of text as vector modules inside square (a 4-module quiet zone included);
// false when the text cannot be encoded (too long).
bool paintQr(QPainter &painter, const QRectF &square, const QString &text);
} // namespace cards

} // namespace gd
