#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>

// The core is a static library: its resources are only linked in when something names them.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core_data);
}

namespace gd::language {

namespace {

// Looks a text up by its source text, then by context + source when a text needs two
// translations. lupdate names the context of tr() in free functions and helpers differently
// from the context the program passes at run time, so keying on the context alone silently
// leaves strings in English; the English source texts are unique enough to be the key.
class SourceTextTranslator : public QTranslator
{
public:
    bool load(const QString &tsFile)
    {
        QFile f(tsFile);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&f);
        QString context, source, translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // Chinese has one plural form: a numerus entry holds exactly one <numerusform>.
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation.startsWith(QLatin1Char('\n')))
                    translation = translation.trimmed();
                if (!unfinished && !translation.isEmpty()) {
                    m_byContext.insert(context + QChar(0x1F) + source, translation);
                    if (!m_bySource.contains(source))
                        m_bySource.insert(source, translation);
                }
            }
        }
        return !xml.hasError() && !m_bySource.isEmpty();
    }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        const auto exact = m_byContext.constFind(QString::fromUtf8(context) + QChar(0x1F) + source);
        if (exact != m_byContext.constEnd())
            return *exact;
        // Qt's own texts (QDialogButtonBox's "OK", QLineEdit's menu…) are Qt's translations' to
        // give: matched by source text alone, "OK" took the meaning one of our lists gave it.
        if (context && context[0] == 'Q')
            return {};
        return m_bySource.value(source);
    }

    bool isEmpty() const override { return m_bySource.isEmpty(); }

private:
    QHash<QString, QString> m_byContext;
    QHash<QString, QString> m_bySource;
};

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}

} // namespace

void uninstall()
{
    for (QTranslator *t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    QLocale::setDefault(QLocale::c());
}

QString choose(const QString &requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    // The machines here run with C.UTF-8; honour an explicit Chinese environment first.
    for (const char *var : {"LANGUAGE", "LC_ALL", "LANG"}) {
        const QString v = qEnvironmentVariable(var);
        if (v.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (!v.isEmpty() && v != QLatin1String("C") && !v.startsWith(QLatin1String("C.")) &&
            v != QLatin1String("POSIX"))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString translate(const QString &lang, const char *context, const char *source)
{
    if (!lang.startsWith(QLatin1String("zh")))
        return QString::fromUtf8(source);
    // Loaded once, never installed: it answers only when asked for Chinese by name.
    static const SourceTextTranslator *chinese = [] {
        initCoreResources();
        auto *t = new SourceTextTranslator;
        t->load(QStringLiteral(":/i18n/griddesk_zh_CN.ts"));
        return t;
    }();
    const QString text = chinese->translate(context, source, nullptr, -1);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

bool install(const QString &lang)
{
    if (lang == QLatin1String("en"))
        return true;
    if (lang != QLatin1String("zh_CN"))
        return false;
    // Qt's own strings (dialog buttons, context menus) first, ours on top.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    }
    initCoreResources();
    auto *own = new SourceTextTranslator;
    own->setParent(QCoreApplication::instance());
    const bool ok = own->load(QStringLiteral(":/i18n/griddesk_zh_CN.ts"));
    if (ok) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return ok;
}

} // namespace gd::language
