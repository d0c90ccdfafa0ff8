#include "TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>

namespace gd::textcodec {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::textcodec)
};

const char kGb18030[] = "GB18030"; // Qt decodes it through ICU

// Stateless: bytes cut off at the end count as an error instead of waiting for more input.
bool decodes(const QByteArray &bytes, TextEncoding encoding, QString *text)
{
    QStringDecoder decoder = encoding == TextEncoding::Gb18030
                                 ? QStringDecoder(kGb18030, QStringConverter::Flag::Stateless)
                                 : QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return false;
    if (text)
        *text = std::move(decoded);
    return true;
}

// Neither encoding puts 0x0A inside a character (GB18030's trailing bytes are 0x30–0x39 and
// 0x40–0xFE), so lines can be checked one at a time to name the first that does not decode.
int firstBadLine(const QByteArray &bytes, TextEncoding encoding)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!decodes(bytes.mid(start, end - start), encoding, nullptr))
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

QString shown(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

} // namespace

QStringList keys()
{
    return {QStringLiteral("auto"), QStringLiteral("utf-8"), QStringLiteral("gb18030")};
}

QString key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    case TextEncoding::Auto: break;
    }
    return QStringLiteral("auto");
}

bool fromKey(const QString &text, TextEncoding *encoding)
{
    const QString k = text.trimmed().toLower();
    if (k == QLatin1String("auto"))
        *encoding = TextEncoding::Auto;
    else if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        *encoding = TextEncoding::Utf8;
    else if (k == QLatin1String("gb18030") || k == QLatin1String("gbk") || k == QLatin1String("gb2312"))
        *encoding = TextEncoding::Gb18030; // GB18030 contains the other two
    else
        return false;
    return true;
}

QString displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    case TextEncoding::Auto: break;
    }
    return Text::tr("Automatic");
}

Result<DecodedText> decode(const QByteArray &raw, TextEncoding encoding, const QString &fileName)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = raw.startsWith(bom);
    if (encoding == TextEncoding::Auto)
        encoding = hasBom || decodes(raw, TextEncoding::Utf8, nullptr) ? TextEncoding::Utf8
                   : decodes(raw, TextEncoding::Gb18030, nullptr)      ? TextEncoding::Gb18030
                                                                       : TextEncoding::Auto;
    if (encoding == TextEncoding::Auto)
        return Error::make(
            ErrorKind::Data,
            Text::tr("Cannot tell the encoding of %1: it is neither UTF-8 nor GB18030 text (line %2 does not "
                     "decode as UTF-8). Save it again as CSV (UTF-8) or choose the encoding.")
                .arg(shown(fileName))
                .arg(firstBadLine(raw, TextEncoding::Utf8)));
    if (encoding == TextEncoding::Gb18030 && !QStringDecoder(kGb18030).isValid())
        return Error::make(ErrorKind::Internal, Text::tr("This build of Qt cannot decode GB18030 (it lacks ICU)."));
    const QByteArray bytes = encoding == TextEncoding::Utf8 && hasBom ? raw.mid(bom.size()) : raw;
    DecodedText out;
    out.encoding = encoding;
    if (!decodes(bytes, encoding, &out.text))
        return Error::make(ErrorKind::Data, Text::tr("%1 is not %2 text: line %3 holds bytes that are not %2.")
                                                .arg(shown(fileName), displayName(encoding))
                                                .arg(firstBadLine(bytes, encoding)));
    // GB18030 has a byte order mark of its own (84 31 95 33); it decodes to U+FEFF.
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    return out;
}

} // namespace gd::textcodec
