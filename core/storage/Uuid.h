#pragma once
// Row identity for merging (docs/architecture.md): time-ordered UUIDv7 for new rows, name-based
// UUIDv5 for rows with a natural key so two offices creating "the same" row collide.
#include <QString>

namespace gd::uuid {

// Canonical lowercase 36-character form, no braces.
QString v7(qint64 unixMs);
QString v5(const QString &name);
bool isValid(const QString &text);

} // namespace gd::uuid
