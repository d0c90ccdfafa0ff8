#pragma once
// One PDF written whole or not at all, for everything GridDesk prints to a file (the contact
// cards, the monthly report): painted at 600 dpi into a temporary file that replaces the one at
// the path only when every page is in it; a painter's failure or a cancel leaves the old file.
#include "storage/Result.h"

#include <functional>

class QPagedPaintDevice;

namespace gd {

// Invalid (field "pdf") naming the file when it cannot be written; else what paint returns.
Status writePdfFile(const QString &path, const QString &title, const std::function<Status(QPagedPaintDevice &)> &paint);

} // namespace gd
