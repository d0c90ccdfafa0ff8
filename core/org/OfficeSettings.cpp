#include "OfficeSettings.h"

#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::OfficeSettings)
};
const char *const kKeys[] = {"office_name",       "district_code", "office_address",  "office_phone",
                             "supervision_phone", "case_code",     "stats_min_sample"};
constexpr int kKeyCount = int(sizeof(kKeys) / sizeof(kKeys[0]));
} // namespace

OfficeIdentity OfficeSettings::load() const
{
    OfficeIdentity o;
    o.name = m_db.meta(QStringLiteral("office_name"));
    o.districtCode = m_db.meta(QStringLiteral("district_code"), QStringLiteral("370202"));
    o.address = m_db.meta(QStringLiteral("office_address"));
    o.phone = m_db.meta(QStringLiteral("office_phone"));
    o.supervisionPhone = m_db.meta(QStringLiteral("supervision_phone"));
    o.caseCode = m_db.meta(QStringLiteral("case_code"));
    o.minimumSample = m_db.meta(QStringLiteral("stats_min_sample"), QStringLiteral("5")).toInt();
    if (o.caseCode.isEmpty())
        o.caseCode = defaultCaseCode(m_db.siteId());
    return o;
}

QString OfficeSettings::defaultCaseCode(const QString &siteId)
{
    // FNV-1a of the id's text: the same on every PC and Qt version, unlike qHash.
    quint32 h = 2166136261u;
    for (const QChar c : siteId)
        h = (h ^ c.unicode()) * 16777619u;
    return QStringLiteral("%1").arg(h % 10000, 4, 10, QLatin1Char('0'));
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
    if (Error e = check::digits(QStringLiteral("case_code"), Text::tr("Case number code"), o.caseCode, 4, {});
        e.isError())
        return e;
    if (Error e = check::range(QStringLiteral("minimum_sample"), Text::tr("Minimum sample"), o.minimumSample, 1, 100);
        e.isError())
        return e;
    return check::phone(QStringLiteral("supervision_phone"), Text::tr("Supervision phone"), o.supervisionPhone, false);
}

Status OfficeSettings::save(const OfficeIdentity &o)
{
    return writeTransaction<bool>(m_db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Error e = validate(o); e.isError())
                                          return e;
                                      const OfficeIdentity before = load();
                                      const QString values[] = {o.name.trimmed(),
                                                                o.districtCode.trimmed(),
                                                                o.address.trimmed(),
                                                                check::normalizePhone(o.phone),
                                                                check::normalizePhone(o.supervisionPhone),
                                                                o.caseCode.trimmed(),
                                                                QString::number(o.minimumSample)};
                                      const QString old[] = {before.name,
                                                             before.districtCode,
                                                             before.address,
                                                             before.phone,
                                                             before.supervisionPhone,
                                                             before.caseCode,
                                                             QString::number(before.minimumSample)};
                                      QVariantMap was, now;
                                      for (int i = 0; i < kKeyCount; ++i) {
                                          if (values[i] == old[i])
                                              continue;
                                          if (Status s = m_db.setMeta(QString::fromLatin1(kKeys[i]), values[i]); !s)
                                              return s.error();
                                          was.insert(QString::fromLatin1(kKeys[i]), old[i]);
                                          now.insert(QString::fromLatin1(kKeys[i]), values[i]);
                                      }
                                      if (!now.isEmpty())
                                          if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("update"),
                                                                       QStringLiteral("meta"), QStringLiteral("office"),
                                                                       was, now);
                                              !s)
                                              return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd
