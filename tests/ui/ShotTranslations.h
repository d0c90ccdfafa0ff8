#pragma once
// Screenshot tests only: texts not yet merged into translations/griddesk_zh_CN.ts, read from a
// file of "English<TAB>中文" lines named by GRIDDESK_EXTRA_TR (\n written as a backslash-n),
// so a new window can be looked at in Chinese before its translations are merged. Installed
// last, it is asked first; it answers by source text, whatever the context.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTranslator>

namespace gduitest {

class ShotTranslations : public QTranslator
{
public:
    ShotTranslations()
    {
        QFile f(qEnvironmentVariable("GRIDDESK_EXTRA_TR"));
        if (!f.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 2)
                m_texts.insert(unescape(parts[0]), unescape(parts[1]));
        }
        if (!m_texts.isEmpty())
            QCoreApplication::installTranslator(this);
    }
    ~ShotTranslations() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    static QString unescape(const QByteArray &bytes)
    {
        return QString::fromUtf8(bytes).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    }
    QHash<QString, QString> m_texts;
};

} // namespace gduitest
