#include "CardPreview.h"

#include "cards/CardPainter.h"

namespace gdui {

QPixmap cardPreview(const gd::CardTemplate &cardTemplate, const gd::CardContent &card, int width)
{
    // The dots per inch at which an A6 card (105 mm) is twice the width asked for.
    const int dpi = qRound(2 * width * 25.4 / 105);
    const QImage big = gd::CardPainter(cardTemplate).image(card, dpi);
    return QPixmap::fromImage(big.scaledToWidth(width, Qt::SmoothTransformation));
}

} // namespace gdui
