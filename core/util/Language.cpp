#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gd::language {

QString choose(const QString &requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    // The machines here run with C.UTF-8; honour an explicit Chinese environment first.
    for (const char *var : {"LANGUAGE", "LC_ALL", "LANG"}) {
        const QString v = qEnvironmentVariable(var);
        if (v.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (!v.isEmpty() && v != QLatin1String("C") && !v.startsWith(QLatin1String("C.")) && v != QLatin1String("POSIX"))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool install(const QString &lang)
{
    if (lang == QLatin1String("en"))
        return true;
    if (lang != QLatin1String("zh_CN"))
        return false;
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ok = own->load(QStringLiteral(":/i18n/griddesk_zh_CN.qm"));
    if (ok)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return ok;
}

} // namespace gd::language
