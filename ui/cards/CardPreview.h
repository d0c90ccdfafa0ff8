#pragma once
// A card as the screen shows it: drawn at twice the size and scaled down smoothly, since text
// drawn directly at screen resolution (bold Chinese especially) runs together.
#include "cards/CardContent.h"
#include "cards/CardTemplate.h"

#include <QPixmap>

namespace gdui {

QPixmap cardPreview(const gd::CardTemplate &cardTemplate, const gd::CardContent &card, int width);

} // namespace gdui
