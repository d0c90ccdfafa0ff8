#pragma once
// Bytes of a text file as the hotline or Excel wrote them: UTF-8 (with or without a BOM) or
// GB18030, which Excel on a Chinese Windows writes. Auto-detection never guesses beyond these
// two: a file that is neither is refused with its name, never turned into mojibake.
#include "storage/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd {

enum class TextEncoding { Auto, Utf8, Gb18030 };

struct DecodedText {
    QString text;                               // without the BOM
    TextEncoding encoding = TextEncoding::Utf8; // the one that was used (never Auto)
};

namespace textcodec {

// "auto", "utf-8", "gb18030": the keys the CLI, the settings and the reports use.
QStringList keys();
QString key(TextEncoding encoding);
bool fromKey(const QString &key, TextEncoding *encoding);
// "UTF-8", "GB18030" or the translated "Automatic".
QString displayName(TextEncoding encoding);

// Decodes the bytes of `fileName` (named in the messages). Auto: UTF-8 when the bytes are valid
// UTF-8, else GB18030 when they decode cleanly, else a Data error. A forced encoding that meets
// bytes it cannot decode is a Data error naming the first bad line.
Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding, const QString &fileName);

} // namespace textcodec

} // namespace gd
