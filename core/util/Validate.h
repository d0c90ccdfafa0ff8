#pragma once
// Field checks shared by the services. Each returns an Error naming the field (label) and the
// reason, translated, or no error.
#include "storage/Result.h"

#include <QString>

namespace gd::check {

// Trims; refuses empty text and text longer than maxLength characters.
Error requiredText(const QString &field, const QString &label, const QString &value, int maxLength = 100);
Error optionalText(const QString &field, const QString &label, const QString &value, int maxLength = 200);
// A Chinese phone number: mobile (11 digits from 13–19), landline with area code
// (0532-82871234), a 5- or 6-digit service line (12345, 95598) or a 400/800 number.
bool isPhone(const QString &value);
// Canonical form kept in the file: digits, one dash after a landline area code / 400 prefix.
QString normalizePhone(const QString &value);
Error phone(const QString &field, const QString &label, const QString &value, bool required);
Error digits(const QString &field, const QString &label, const QString &value, int count, const QString &prefix);
Error isoDate(const QString &field, const QString &label, const QString &value, bool required);
Error range(const QString &field, const QString &label, double value, double min, double max);

} // namespace gd::check
