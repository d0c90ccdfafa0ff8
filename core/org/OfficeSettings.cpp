#include "OfficeSettings.h"

#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::OfficeSettings)
};
const char *const kKeys[] = {"office_name", "district_code", "office_address", "office_phone", "supervision_phone"};
} // namespace

OfficeIdentity OfficeSettings::load() const
{
    OfficeIdentity o;
    o.name = m_db.meta(QStringLiteral("office_name"));
    o.districtCode = m_db.meta(QStringLiteral("district_code"), QStringLiteral("370202"));
    o.address = m_db.meta(QStringLiteral("office_address"));
    o.phone = m_db.meta(QStringLiteral("office_phone"));
    o.supervisionPhone = m_db.meta(QStringLiteral("supervision_phone"));
    return o;
}

Error OfficeSettings::validate(const OfficeIdentity &o) const
{
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Office name"), o.name, 60); e.isError())
        return e;
    if (Error e = check::digits(QStringLiteral("district_code"), Text::tr("District code"), o.districtCode, 6, {});
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("address"), Text::tr("Office address"), o.address, 100);
        e.isError())
        return e;
    if (Error e = check::phone(QStringLiteral("phone"), Text::tr("Office phone"), o.phone, false); e.isError())
        return e;
    return check::phone(QStringLiteral("supervision_phone"), Text::tr("Supervision phone"), o.supervisionPhone, false);
}

Status OfficeSettings::save(const OfficeIdentity &o)
{
    return writeTransaction<bool>(
               m_db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   if (Error e = validate(o); e.isError())
                       return e;
                   const OfficeIdentity before = load();
                   const QString values[] = {o.name.trimmed(), o.districtCode.trimmed(), o.address.trimmed(),
                                             check::normalizePhone(o.phone), check::normalizePhone(o.supervisionPhone)};
                   const QString old[] = {before.name, before.districtCode, before.address, before.phone,
                                          before.supervisionPhone};
                   QVariantMap was, now;
                   for (int i = 0; i < 5; ++i) {
                       if (values[i] == old[i])
                           continue;
                       if (Status s = m_db.setMeta(QString::fromLatin1(kKeys[i]), values[i]); !s)
                           return s.error();
                       was.insert(QString::fromLatin1(kKeys[i]), old[i]);
                       now.insert(QString::fromLatin1(kKeys[i]), values[i]);
                   }
                   if (!now.isEmpty())
                       if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("update"),
                                                    QStringLiteral("meta"), QStringLiteral("office"), was, now);
                           !s)
                           return s.error();
                   return true;
               })
        .status();
}

} // namespace gd
