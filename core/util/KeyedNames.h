#pragma once
// A table of stored keys and their display names (marked with QT_TRANSLATE_NOOP in `context`):
// the list of keys in table order, and a key's translated name. The keys are what the file and
// the exchange packages hold; the names follow the UI language.
#include <QCoreApplication>
#include <QStringList>

#include <cstddef>

namespace gd {

struct KeyedName {
    const char *key;
    const char *text;
};

template <std::size_t N> QStringList keysOf(const KeyedName (&names)[N])
{
    QStringList out;
    for (const KeyedName &n : names)
        out << QString::fromLatin1(n.key);
    return out;
}

// The key itself when the table does not hold it (a newer office's value is shown as stored).
template <std::size_t N> QString nameOf(const char *context, const KeyedName (&names)[N], const QString &key)
{
    for (const KeyedName &n : names)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate(context, n.text);
    return key;
}

} // namespace gd
