#pragma once
// A batch of cards onto paged output: a PDF file, or a printer the window hands over. Pages
// follow the layout; a progress callback reports each card and may cancel the batch.
#include "CardContent.h"
#include "CardLayout.h"
#include "CardTemplate.h"

#include <functional>

class QPagedPaintDevice;

namespace gd {

// Called after each card with (cards done, cards in all); returning false cancels.
using CardProgress = std::function<bool(int, int)>;

namespace cards {
// Sets the device's page to the layout's paper with no margins, then paints every card.
Status paintCards(QPagedPaintDevice &device, const QList<CardContent> &cards, const CardTemplate &cardTemplate,
                  CardLayout layout, const CardProgress &progress = {});
// The whole batch into one PDF; the file appears only when every card is in it.
Status writeCardsPdf(const QString &path, const QList<CardContent> &cards, const CardTemplate &cardTemplate,
                     CardLayout layout, const CardProgress &progress = {});
} // namespace cards

} // namespace gd
