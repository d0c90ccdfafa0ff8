#pragma once
// Field checks shared by the services. Each returns an Error naming the field (label) and the
// reason, translated, or no error.
#include "storage/Result.h"

#include <QString>

namespace gd::check {

// Trims; refuses empty text, text longer than maxLength characters, and a character no text may
// hold (safeText). Line breaks and tabs only where the text is multi-line (notes, descriptions).
Error requiredText(const QString &field, const QString &label, const QString &value, int maxLength = 100,
                   bool multiline = false);
Error optionalText(const QString &field, const QString &label, const QString &value, int maxLength = 200,
                   bool multiline = false);

// The position of the first character no stored text may hold, -1 when there is none: control
// characters (C0, DEL and C1; line breaks and tabs are allowed in multi-line text) and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a
// text show other than it is stored (an order number or a name read backwards).
qsizetype forbiddenCharacter(const QString &value, bool multiline);
// The same rule on UTF-8 bytes, for checking a package's values inside SQLite without making a
// QString of each: true when the text holds such a character.
bool holdsForbiddenUtf8(const char *bytes, qsizetype size, bool multiline);
// Invalid naming the field, the character (as U+XXXX) and where it stands.
Error safeText(const QString &field, const QString &label, const QString &value, bool multiline);
// A Chinese phone number: mobile (11 digits from 13–19), landline with area code
// (0532-82871234), a 5- or 6-digit service line (12345, 95598) or a 400/800 number.
bool isPhone(const QString &value);
// Canonical form kept in the file: digits, one dash after a landline area code / 400 prefix.
QString normalizePhone(const QString &value);
Error phone(const QString &field, const QString &label, const QString &value, bool required);
Error digits(const QString &field, const QString &label, const QString &value, int count, const QString &prefix);
Error isoDate(const QString &field, const QString &label, const QString &value, bool required);
Error range(const QString &field, const QString &label, double value, double min, double max);
// A time something happened (a session held, a joint activity): given, not before `earliestMs`
// (2000 in the file's tables) and not after `nowMs` beyond a few minutes of a PC's clock running
// behind the desk's. `what` completes "Give when …" ("the session was held").
Error happened(const QString &field, qint64 ms, qint64 nowMs, qint64 earliestMs, const QString &what);

} // namespace gd::check
