#pragma once
// The font everything GridDesk prints is drawn in (cards, the monthly report): a CJK font, so
// Chinese never prints as empty boxes, which Qt would do silently.
#include "storage/Result.h"

#include <QString>

namespace gd {

// The family found first of the fonts offices have (WenQuanYi, Noto CJK), else any font with
// Chinese; empty when the machine has none.
QString printFontFamily();

// Refuses to print (Data) when printFontFamily() is empty; `what` names what would print boxes.
Status checkPrintFont(const QString &what);

} // namespace gd
