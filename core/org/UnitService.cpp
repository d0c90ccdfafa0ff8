#include "UnitService.h"

#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::UnitService)
};
} // namespace

QList<Unit> UnitService::units(const QString &kind) const
{
    QList<Unit> out;
    const QList<Row> rows =
        kind.isEmpty() ? selectRows(m_db, tables::units(), {}, {}, QStringLiteral("kind, name"))
                       : selectRows(m_db, tables::units(), QStringLiteral("kind = ?"), {kind}, QStringLiteral("name"));
    for (const Row &r : rows)
        out << org::unitFrom(r.first, r.second);
    return out;
}

Result<Unit> UnitService::unit(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::units(), id);
    if (!v)
        return v.error();
    return org::unitFrom(id, *v);
}

Error UnitService::validate(const Unit &u) const
{
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Unit name"), u.name, 60); e.isError())
        return e;
    if (!org::unitKinds().contains(u.kind))
        return Error::invalid(QStringLiteral("kind"), Text::tr("Unit type: choose one from the list."));
    if (Error e = check::phone(QStringLiteral("service_phone"), Text::tr("Service phone"), u.servicePhone, true);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("address"), Text::tr("Address"), u.address, 100); e.isError())
        return e;
    if (!u.streetId.isEmpty() && !RowStore(m_db).exists(tables::streets(), u.streetId))
        return Error::invalid(QStringLiteral("street_id"), Text::tr("Street: the chosen street no longer exists."));
    if (duplicateExists(m_db, tables::units(), QStringLiteral("name"), u.name.trimmed(), u.id))
        return Error::invalid(QStringLiteral("name"),
                              Text::tr("Unit name: there is already a unit called %1.").arg(u.name.trimmed()));
    return {};
}

Result<QString> UnitService::save(const Unit &u)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(u); e.isError())
            return e;
        Unit clean = u;
        clean.servicePhone = check::normalizePhone(u.servicePhone);
        return saveRow(m_db, tables::units(), u.id, org::toValues(clean));
    });
}

Result<RemoveOutcome> UnitService::remove(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditOrganisation, [&]() -> Result<RemoveOutcome> {
        // Cases (later) will keep a unit alive; a unit only deactivated keeps its contacts.
        // A grid's property company stays on file (deactivated) while a grid names it.
        auto outcome = removeOrDeactivate(m_db, tables::units(), id,
                                          {{QStringLiteral("grids"), QStringLiteral("property_unit_id")}});
        if (!outcome || outcome.value() != RemoveOutcome::Deleted)
            return outcome;
        // Contacts belong to a deleted unit and go with it.
        for (const Row &c : selectRows(m_db, tables::unitContacts(), QStringLiteral("unit_id = ?"), {id}))
            if (Status s = RowStore(m_db).tombstone(tables::unitContacts(), c.first); !s)
                return s.error();
        return outcome;
    });
}

Status UnitService::restore(const QString &id)
{
    return restoreRecord(m_db, Permission::EditOrganisation, tables::units(), id);
}

QList<UnitContact> UnitService::contacts(const QString &unitId) const
{
    QList<UnitContact> out;
    for (const Row &r :
         selectRows(m_db, tables::unitContacts(), QStringLiteral("unit_id = ?"), {unitId}, QStringLiteral("name")))
        out << org::unitContactFrom(r.first, r.second);
    return out;
}

Error UnitService::validate(const UnitContact &c) const
{
    if (!RowStore(m_db).exists(tables::units(), c.unitId))
        return Error::invalid(QStringLiteral("unit_id"), Text::tr("Unit: the unit no longer exists."));
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Contact name"), c.name, 30); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("role"), Text::tr("Role"), c.role, 40); e.isError())
        return e;
    return check::phone(QStringLiteral("phone"), Text::tr("Contact phone"), c.phone, true);
}

Result<QString> UnitService::saveContact(const UnitContact &c)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(c); e.isError())
            return e;
        UnitContact clean = c;
        clean.phone = check::normalizePhone(c.phone);
        return saveRow(m_db, tables::unitContacts(), c.id, org::toValues(clean));
    });
}

Status UnitService::removeContact(const QString &id)
{
    auto r = writeTransaction<bool>(m_db, Permission::EditOrganisation, [&]() -> Result<bool> {
        Status s = RowStore(m_db).tombstone(tables::unitContacts(), id);
        if (!s)
            return s.error();
        return true;
    });
    return r.status();
}

} // namespace gd
