#include "Validate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace gd::check {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::validate)
};
Error fail(const QString &field, const QString &label, const QString &reason)
{
    return Error::invalid(field, Text::tr("%1: %2").arg(label, reason));
}
QString digitsOnly(const QString &value)
{
    QString d;
    for (QChar c : value) {
        if (c.isDigit())
            d.append(QChar(u'0' + c.digitValue())); // full-width digits typed with a Chinese IME
    }
    return d;
}

// Characters as a person counts them: rare characters in Chinese names (𠮷, CJK Extension B)
// are two UTF-16 units but one character, and must not push a name over its limit.
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}
} // namespace

qsizetype forbiddenCharacter(const QString &value, bool multiline)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (multiline && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return -1;
}

bool holdsForbiddenUtf8(const char *bytes, qsizetype size, bool multiline)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes);
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = b[i];
        if (c < 0x20) {
            if (multiline && (c == '\n' || c == '\r' || c == '\t'))
                continue;
            return true;
        }
        if (c == 0x7F)
            return true;
        // C1 controls: U+0080–U+009F are C2 80–C2 9F.
        if (c == 0xC2 && i + 1 < size && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F)
            return true;
        // U+202A–U+202E are E2 80 AA–AE; U+2066–U+2069 are E2 81 A6–A9.
        if (c == 0xE2 && i + 2 < size &&
            ((b[i + 1] == 0x80 && b[i + 2] >= 0xAA && b[i + 2] <= 0xAE) ||
             (b[i + 1] == 0x81 && b[i + 2] >= 0xA6 && b[i + 2] <= 0xA9)))
            return true;
    }
    return false;
}

Error safeText(const QString &field, const QString &label, const QString &value, bool multiline)
{
    const qsizetype at = forbiddenCharacter(value, multiline);
    if (at < 0)
        return {};
    const char16_t c = value.at(at).unicode();
    const QString code = QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (c == u'\n' || c == u'\r' || c == u'\t')
        return fail(field, label, Text::tr("must be one line (a line break or tab at character %1).").arg(at + 1));
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return fail(field, label,
                    Text::tr("holds a hidden direction mark (%1) at character %2 that makes it show other than it "
                             "is; type it again.")
                        .arg(code)
                        .arg(at + 1));
    return fail(field, label,
                Text::tr("holds a control character (%1) at character %2; type it again.").arg(code).arg(at + 1));
}

Error requiredText(const QString &field, const QString &label, const QString &value, int maxLength, bool multiline)
{
    const QString t = value.trimmed();
    if (t.isEmpty())
        return fail(field, label, Text::tr("is required."));
    if (characters(t) > maxLength)
        return fail(field, label,
                    Text::tr("is too long (%1 characters, at most %2).").arg(characters(t)).arg(maxLength));
    return safeText(field, label, t, multiline);
}

Error optionalText(const QString &field, const QString &label, const QString &value, int maxLength, bool multiline)
{
    const QString t = value.trimmed();
    if (characters(t) > maxLength)
        return fail(field, label,
                    Text::tr("is too long (%1 characters, at most %2).").arg(characters(t)).arg(maxLength));
    return safeText(field, label, t, multiline);
}

QString normalizePhone(const QString &value)
{
    const QString d = digitsOnly(value);
    if (d.size() == 11 && d.startsWith(QLatin1Char('1')))
        return d;
    if ((d.startsWith(QLatin1String("400")) || d.startsWith(QLatin1String("800"))) && d.size() == 10)
        return d.left(3) + QLatin1Char('-') + d.mid(3, 3) + QLatin1Char('-') + d.mid(6);
    if (d.startsWith(QLatin1Char('0')) && d.size() >= 10 && d.size() <= 12) {
        // Area codes: 010 and 02x are three digits, the others four.
        const int area = (d.startsWith(QLatin1String("010")) || d.startsWith(QLatin1String("02"))) ? 3 : 4;
        return d.left(area) + QLatin1Char('-') + d.mid(area);
    }
    return d;
}

bool isPhone(const QString &value)
{
    const QString trimmed = value.trimmed();
    // A Chinese IME in full-width mode types the digits, the dash (U+FF0D) and the space
    // (U+3000) full-width; all of them are accepted (the digits are folded by normalizePhone).
    static const QRegularExpression allowed(QStringLiteral("^[0-9０-９ \\-－\u3000()（）]+$"));
    if (!allowed.match(trimmed).hasMatch())
        return false;
    const QString n = normalizePhone(trimmed);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0[0-9]{2,3}-[2-9][0-9]{6,7}$"));
    static const QRegularExpression service(QStringLiteral("^(1[0-9]{4}|9[0-9]{4,5})$"));
    static const QRegularExpression business(QStringLiteral("^[48]00-[0-9]{3}-[0-9]{4}$"));
    return mobile.match(n).hasMatch() || landline.match(n).hasMatch() || service.match(n).hasMatch() ||
           business.match(n).hasMatch();
}

Error phone(const QString &field, const QString &label, const QString &value, bool required)
{
    if (value.trimmed().isEmpty())
        return required ? fail(field, label, Text::tr("is required.")) : Error();
    if (!isPhone(value))
        return fail(field, label,
                    Text::tr("\"%1\" is not a phone number (a mobile has 11 digits starting with 1; a landline needs "
                             "its area code, e.g. 0532-82871234).")
                        .arg(value.trimmed()));
    return {};
}

Error digits(const QString &field, const QString &label, const QString &value, int count, const QString &prefix)
{
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
    const QString t = value.trimmed();
    if (t.isEmpty())
        return fail(field, label, Text::tr("is required."));
    if (!allDigits.match(t).hasMatch() || t.size() != count)
        return fail(field, label, Text::tr("must be %1 digits (\"%2\" is not).").arg(count).arg(t));
    if (!prefix.isEmpty() && !t.startsWith(prefix))
        return fail(field, label, Text::tr("must start with %1, the code of the level above.").arg(prefix));
    return {};
}

Error isoDate(const QString &field, const QString &label, const QString &value, bool required)
{
    if (value.trimmed().isEmpty())
        return required ? fail(field, label, Text::tr("is required.")) : Error();
    // Qt::ISODate alone also takes "2026/01/05" or "2026-01-05xyz"; dates are stored as text
    // and compared as text (a cover's end against its start), so only YYYY-MM-DD is a date.
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!form.match(value.trimmed()).hasMatch() || !QDate::fromString(value.trimmed(), Qt::ISODate).isValid())
        return fail(field, label, Text::tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(value.trimmed()));
    return {};
}

Error range(const QString &field, const QString &label, double value, double min, double max)
{
    if (value < min || value > max)
        return fail(field, label, Text::tr("must be between %1 and %2.").arg(min).arg(max));
    return {};
}

Error happened(const QString &field, qint64 ms, qint64 nowMs, qint64 earliestMs, const QString &what)
{
    constexpr qint64 kClockSlackMs = 5 * 60 * 1000;
    if (ms < earliestMs)
        return Error::invalid(field, Text::tr("Give when %1.").arg(what));
    if (ms > nowMs + kClockSlackMs)
        return Error::invalid(field, Text::tr("The time when %1 is in the future.").arg(what));
    return {};
}

} // namespace gd::check
