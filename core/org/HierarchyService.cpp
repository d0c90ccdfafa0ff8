#include "HierarchyService.h"

#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/ImageBytes.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QImage>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HierarchyService)
};
} // namespace

QString HierarchyService::districtCode() const
{
    return m_db.meta(QStringLiteral("district_code"), QStringLiteral("370202"));
}

QList<Street> HierarchyService::streets() const
{
    QList<Street> out;
    for (const Row &r : selectRows(m_db, tables::streets(), {}, {}, QStringLiteral("code")))
        out << org::streetFrom(r.first, r.second);
    return out;
}

Result<Street> HierarchyService::street(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::streets(), id);
    if (!v)
        return v.error();
    return org::streetFrom(id, *v);
}

Error HierarchyService::validate(const Street &s) const
{
    if (Error e = check::digits(QStringLiteral("code"), Text::tr("Street code"), s.code, 9, districtCode());
        e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Street name"), s.name, 40); e.isError())
        return e;
    if (duplicateExists(m_db, tables::streets(), QStringLiteral("code"), s.code.trimmed(), s.id))
        return Error::invalid(QStringLiteral("code"),
                              Text::tr("Street code: %1 is already used by another street.").arg(s.code.trimmed()));
    if (duplicateExists(m_db, tables::streets(), QStringLiteral("name"), s.name.trimmed(), s.id))
        return Error::invalid(QStringLiteral("name"),
                              Text::tr("Street name: there is already a street called %1.").arg(s.name.trimmed()));
    return {};
}

Result<QString> HierarchyService::saveStreet(const Street &s)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(s); e.isError())
            return e;
        return saveRow(m_db, tables::streets(), s.id, org::toValues(s));
    });
}

Result<RemoveOutcome> HierarchyService::removeStreet(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditOrganisation, [&]() {
        return removeOrDeactivate(m_db, tables::streets(), id,
                                  {{QStringLiteral("communities"), QStringLiteral("street_id")},
                                   {QStringLiteral("police_grids"), QStringLiteral("street_id")},
                                   {QStringLiteral("units"), QStringLiteral("street_id")}});
    });
}

Status HierarchyService::restoreStreet(const QString &id)
{
    return restoreRecord(m_db, Permission::EditOrganisation, tables::streets(), id);
}

QList<Community> HierarchyService::communities(const QString &streetId) const
{
    QList<Community> out;
    const QList<Row> rows = streetId.isEmpty()
                                ? selectRows(m_db, tables::communities(), {}, {}, QStringLiteral("code"))
                                : selectRows(m_db, tables::communities(), QStringLiteral("street_id = ?"), {streetId},
                                             QStringLiteral("code"));
    for (const Row &r : rows)
        out << org::communityFrom(r.first, r.second);
    return out;
}

Result<Community> HierarchyService::community(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::communities(), id);
    if (!v)
        return v.error();
    return org::communityFrom(id, *v);
}

Error HierarchyService::validate(const Community &c) const
{
    auto parent = street(c.streetId);
    if (!parent)
        return Error::invalid(QStringLiteral("street_id"),
                              Text::tr("Street: choose the street this community belongs to."));
    if (Error e = check::digits(QStringLiteral("code"), Text::tr("Community code"), c.code, 12, parent->code);
        e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Community name"), c.name, 40); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("address"), Text::tr("Office address"), c.address, 100);
        e.isError())
        return e;
    if (Error e = check::phone(QStringLiteral("phone"), Text::tr("Office phone"), c.phone, false); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("wechat"), Text::tr("WeChat account"), c.wechat, 60); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("qr_url"), Text::tr("QR code link"), c.qrUrl, 500); e.isError())
        return e;
    if (const QString url = c.qrUrl.trimmed();
        !url.isEmpty() && !url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        return Error::invalid(QStringLiteral("qr_url"),
                              Text::tr("QR code link: give the address starting with https:// (the link WeChat "
                                       "shows for the account)."));
    if (!c.qrImage.isEmpty()) {
        constexpr int kMaxQrBytes = 512 * 1024;
        if (c.qrImage.size() > kMaxQrBytes)
            return Error::invalid(QStringLiteral("qr_image"),
                                  Text::tr("QR code image: larger than 512 KB; save the QR code alone."));
        const QImage picture = QImage::fromData(c.qrImage);
        if (picture.isNull() || !image::isJpegOrPng(c.qrImage))
            return Error::invalid(QStringLiteral("qr_image"),
                                  Text::tr("QR code image: the file is not a PNG or JPEG image."));
    }
    if (duplicateExists(m_db, tables::communities(), QStringLiteral("code"), c.code.trimmed(), c.id))
        return Error::invalid(
            QStringLiteral("code"),
            Text::tr("Community code: %1 is already used by another community.").arg(c.code.trimmed()));
    if (duplicateExists(m_db, tables::communities(), QStringLiteral("name"), c.name.trimmed(), c.id,
                        QStringLiteral("street_id"), c.streetId))
        return Error::invalid(
            QStringLiteral("name"),
            Text::tr("Community name: %1 already has a community called %2.").arg(parent->name, c.name.trimmed()));
    return {};
}

Result<QString> HierarchyService::saveCommunity(const Community &c)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(c); e.isError())
            return e;
        Community clean = c;
        clean.phone = check::normalizePhone(c.phone);
        return saveRow(m_db, tables::communities(), c.id, org::toValues(clean));
    });
}

Result<RemoveOutcome> HierarchyService::removeCommunity(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditOrganisation, [&]() {
        return removeOrDeactivate(m_db, tables::communities(), id,
                                  {{QStringLiteral("grids"), QStringLiteral("community_id")},
                                   {QStringLiteral("workers"), QStringLiteral("community_id")}});
    });
}

Status HierarchyService::restoreCommunity(const QString &id)
{
    return restoreRecord(m_db, Permission::EditOrganisation, tables::communities(), id);
}

} // namespace gd
