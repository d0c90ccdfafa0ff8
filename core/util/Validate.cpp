#include "Validate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace gd::check {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gd::validate", text);
}
Error fail(const QString &field, const QString &label, const QString &reason)
{
    return Error::invalid(field, tr("%1: %2").arg(label, reason));
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
} // namespace

Error requiredText(const QString &field, const QString &label, const QString &value, int maxLength)
{
    const QString t = value.trimmed();
    if (t.isEmpty())
        return fail(field, label, tr("is required."));
    if (t.size() > maxLength)
        return fail(field, label, tr("is too long (%1 characters, at most %2).").arg(t.size()).arg(maxLength));
    return {};
}

Error optionalText(const QString &field, const QString &label, const QString &value, int maxLength)
{
    const QString t = value.trimmed();
    if (t.size() > maxLength)
        return fail(field, label, tr("is too long (%1 characters, at most %2).").arg(t.size()).arg(maxLength));
    return {};
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
    static const QRegularExpression allowed(QStringLiteral("^[0-9０-９ \\-()（）]+$"));
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
        return required ? fail(field, label, tr("is required.")) : Error();
    if (!isPhone(value))
        return fail(field, label,
                    tr("\"%1\" is not a phone number (a mobile has 11 digits starting with 1; a landline needs "
                       "its area code, e.g. 0532-82871234).")
                        .arg(value.trimmed()));
    return {};
}

Error digits(const QString &field, const QString &label, const QString &value, int count, const QString &prefix)
{
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
    const QString t = value.trimmed();
    if (t.isEmpty())
        return fail(field, label, tr("is required."));
    if (!allDigits.match(t).hasMatch() || t.size() != count)
        return fail(field, label, tr("must be %1 digits (\"%2\" is not).").arg(count).arg(t));
    if (!prefix.isEmpty() && !t.startsWith(prefix))
        return fail(field, label, tr("must start with %1, the code of the level above.").arg(prefix));
    return {};
}

Error isoDate(const QString &field, const QString &label, const QString &value, bool required)
{
    if (value.trimmed().isEmpty())
        return required ? fail(field, label, tr("is required.")) : Error();
    if (!QDate::fromString(value.trimmed(), Qt::ISODate).isValid())
        return fail(field, label, tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(value.trimmed()));
    return {};
}

Error range(const QString &field, const QString &label, double value, double min, double max)
{
    if (value < min || value > max)
        return fail(field, label, tr("must be between %1 and %2.").arg(min).arg(max));
    return {};
}

} // namespace gd::check
