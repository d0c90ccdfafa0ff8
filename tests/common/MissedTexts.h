#pragma once
// Installed after the Chinese translation, it is asked last: it hears only the texts the
// translation has no entry for in the context the program asked with, i.e. texts that would show
// in English.
#include <QByteArray>
#include <QStringList>
#include <QTranslator>

namespace gdtest {

class MissedTexts : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        // Qt's own texts are Qt's translation's to give; ours live in gd* contexts.
        if (context && QByteArray(context).startsWith("gd") && source && *source)
            missed << QStringLiteral("%1: %2").arg(QString::fromUtf8(context), QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QStringList missed;
};

} // namespace gdtest
