#pragma once
// A failed SQLite call told as it is (issue 15 §5): a full disk, a read-only file, folder or
// medium, a permission the system refused, an input/output error — each in its own sentence and
// in the UI language, never as "damaged" or SQLite's bare words. Every exec helper, transaction
// and C-API statement of storage/ goes through storageError(), so the window and the command line
// say the same.
#include "Result.h"

class QSqlError;

namespace gd {

// `code`: SQLite's result code (primary or extended); `detail`: SQLite's own words, kept at the end.
Error storageError(int code, const QString &detail);
Error storageError(const QSqlError &error);

} // namespace gd
