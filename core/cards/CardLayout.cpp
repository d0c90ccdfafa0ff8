#include "CardLayout.h"

#include <QCoreApplication>

namespace gd::cards {

QStringList layoutKeys()
{
    return {QStringLiteral("a6"), QStringLiteral("a4x4"), QStringLiteral("a5")};
}

QString layoutKey(CardLayout layout)
{
    return layoutKeys().at(int(layout));
}

bool layoutFromKey(const QString &key, CardLayout *layout)
{
    const int i = int(layoutKeys().indexOf(key.trimmed().toLower()));
    if (i < 0)
        return false;
    *layout = CardLayout(i);
    return true;
}

QString layoutName(CardLayout layout)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("gd::CardLayout", "A6 card"),
                                        QT_TRANSLATE_NOOP("gd::CardLayout", "A4, four A6 cards with cut marks"),
                                        QT_TRANSLATE_NOOP("gd::CardLayout", "A5 poster")};
    return QCoreApplication::translate("gd::CardLayout", names[int(layout)]);
}

QPageSize::PageSizeId pageSizeOf(CardLayout layout)
{
    static const QPageSize::PageSizeId sizes[] = {QPageSize::A6, QPageSize::A4, QPageSize::A5};
    return sizes[int(layout)];
}

int cardsPerPage(CardLayout layout)
{
    return layout == CardLayout::A4x4 ? 4 : 1;
}

QRectF cardRectMm(CardLayout layout, int slot)
{
    const QSizeF page = QPageSize(pageSizeOf(layout)).size(QPageSize::Millimeter);
    if (layout != CardLayout::A4x4)
        return QRectF(QPointF(0, 0), page);
    // A4 halves in both directions are A6 cards exactly (105 × 148.5 mm): one cut each way.
    const QSizeF cell(page.width() / 2, page.height() / 2);
    return QRectF(QPointF((slot % 2) * cell.width(), (slot / 2) * cell.height()), cell);
}

} // namespace gd::cards
