#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// The core is a static library: its resources are only linked in when something names them.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core_data);
}

namespace gd::language {

namespace {

// The translation lrelease compiled from translations/griddesk_zh_CN.ts at build time, embedded in
// the core. Its contexts are the ones the program passes at run time (class names,
// Q_DECLARE_TR_FUNCTIONS): tests/translations/check_complete.sh fails the build's tests when
// lupdate could not tell a text's runtime context, since such a text would stay in English.
const QString kChinese = QStringLiteral(":/i18n/griddesk_zh_CN.qm");

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
    static const QTranslator *chinese = [] {
        initCoreResources();
        auto *t = new QTranslator;
        if (!t->load(kChinese))
            qWarning("The Chinese translation %s is missing from the build.", qPrintable(kChinese));
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
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ok = own->load(kChinese);
    if (ok) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return ok;
}

} // namespace gd::language
