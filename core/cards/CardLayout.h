#pragma once
// Where cards go on paper: one A6 card a page, four A6 cards on A4 with cut marks, or one
// A5 poster (the A6 design scaled by √2, so all three print the same card).
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace gd {

enum class CardLayout { A6, A4x4, A5 };

namespace cards {
QStringList layoutKeys(); // a6, a4x4, a5: the CLI's words
QString layoutKey(CardLayout layout);
bool layoutFromKey(const QString &key, CardLayout *layout);
QString layoutName(CardLayout layout);
QPageSize::PageSizeId pageSizeOf(CardLayout layout);
int cardsPerPage(CardLayout layout);
// The slot'th card of a page, in millimetres from the page's top left corner.
QRectF cardRectMm(CardLayout layout, int slot);
} // namespace cards

} // namespace gd
