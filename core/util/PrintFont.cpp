#include "PrintFont.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace gd {

QString printFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char *name : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"})
            if (installed.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        return QFontDatabase::families(QFontDatabase::SimplifiedChinese).value(0);
    }();
    return family;
}

Status checkPrintFont(const QString &what)
{
    if (!printFontFamily().isEmpty())
        return {};
    return Error::make(ErrorKind::Data,
                       QCoreApplication::translate("gd::PrintFont",
                                                   "No Chinese font is installed, so %1 would print empty boxes. "
                                                   "Install fonts-wqy-microhei (or another Chinese font) and print "
                                                   "again.")
                           .arg(what));
}

} // namespace gd
