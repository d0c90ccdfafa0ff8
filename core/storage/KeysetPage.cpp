#include "KeysetPage.h"

#include <QCoreApplication>

namespace gd::keyset {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::keyset)
};
} // namespace

Error after(const QString &key, const QString &msColumn, const QString &idColumn, QString *where, QVariantList *binds)
{
    if (key.isEmpty())
        return {};
    bool ok = false;
    const qint64 ms = key.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
    const QString id = key.section(QLatin1Char(':'), 1);
    if (!ok || id.isEmpty())
        return Error::invalid(QStringLiteral("after"), Text::tr("'%1' is not a place in the list.").arg(key));
    *where += QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 < ?))").arg(msColumn, idColumn);
    *binds << ms << ms << id;
    return {};
}

QString keyOf(qint64 ms, const QString &id)
{
    return QStringLiteral("%1:%2").arg(ms).arg(id);
}

} // namespace gd::keyset
