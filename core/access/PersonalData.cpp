#include "PersonalData.h"

#include "Permissions.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"

namespace gd::privacy {

bool seesResidents(const Actor &a, const QString &gridWorkerId, const QString &gridHeadId, const QString &alsoWorkerId)
{
    if (a.role == Role::Supervisor || a.role == Role::Admin || a.role == Role::System)
        return true;
    return !a.workerId.isEmpty() &&
           (a.workerId == gridWorkerId || a.workerId == gridHeadId || a.workerId == alsoWorkerId);
}

QString maskPhone(const QString &phone)
{
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    const int keepHead = digits > 8 ? 3 : 0;
    const int keepTail = digits > 8 ? 4 : 2;
    QString out = phone;
    int seen = 0;
    for (QChar &c : out) {
        if (!c.isDigit())
            continue;
        if (seen >= keepHead && seen < digits - keepTail)
            c = QLatin1Char('*');
        ++seen;
    }
    return out;
}

QString maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    return trimmed.left(1) + QString(qMax(1, int(trimmed.size()) - 1), QLatin1Char('*'));
}

QString maskAddress(const QString &address)
{
    if (address.trimmed().isEmpty())
        return {};
    for (const QString &mark : {QStringLiteral("号楼"), QStringLiteral("栋"), QStringLiteral("号")}) {
        const int at = address.indexOf(mark);
        if (at > 0)
            return address.left(at + mark.size()) + QStringLiteral("***");
    }
    return QStringLiteral("***");
}

Status requireFullExport(const Database &db)
{
    return requirePermission(db, Permission::ExportPersonalData);
}

Status auditFullExport(Database &db, const QString &what, const QString &target, const QVariantMap &details,
                       const QString &table)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    QVariantMap after = details;
    after.insert(QStringLiteral("export"), what);
    after.insert(QStringLiteral("target"), target);
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("export_full_phones"), table, target, {}, after);
        !s)
        return s;
    return tx.commit();
}

} // namespace gd::privacy
