#include "CategoryService.h"

#include "CaseTypes.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CategoryService)
};
Category categoryFrom(const Row &r)
{
    return Category{r.first,
                    r.second.value(QStringLiteral("parent_id")).toString(),
                    r.second.value(QStringLiteral("code")).toString(),
                    r.second.value(QStringLiteral("name")).toString(),
                    r.second.value(QStringLiteral("route")).toString(),
                    r.second.value(QStringLiteral("active")).toInt() != 0};
}
} // namespace

QList<Category> CategoryService::tree(bool includeInactive) const
{
    // Codes sort a parent ("07") before its children ("0701"), which is the tree's order.
    QList<Category> out;
    for (const Row &r :
         selectRows(m_db, tables::categories(), includeInactive ? QString() : QStringLiteral("active = 1"), {},
                    QStringLiteral("code")))
        out << categoryFrom(r);
    return out;
}

Result<Category> CategoryService::category(const QString &id) const
{
    const QList<Row> rows = selectRows(m_db, tables::categories(), QStringLiteral("id = ?"), {id});
    if (rows.isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such category."));
    return categoryFrom(rows.first());
}

Result<Category> CategoryService::byCode(const QString &code) const
{
    const QList<Row> rows = selectRows(m_db, tables::categories(), QStringLiteral("code = ?"), {code.trimmed()});
    if (rows.isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no category with code %1.").arg(code.trimmed()));
    return categoryFrom(rows.first());
}

QString CategoryService::pathName(const QString &id) const
{
    auto c = category(id);
    if (!c)
        return {};
    if (c->parentId.isEmpty())
        return c->name;
    auto parent = category(c->parentId);
    return parent ? QStringLiteral("%1 / %2").arg(parent->name, c->name) : c->name;
}

Error CategoryService::validate(const Category &c) const
{
    static const QRegularExpression codeRe(QStringLiteral("^[0-9]{2}([0-9]{2})?$"));
    if (!codeRe.match(c.code.trimmed()).hasMatch())
        return Error::invalid(QStringLiteral("code"),
                              Text::tr("Code: two digits for a category, four for a sub-category."));
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Category name"), c.name, 30); e.isError())
        return e;
    if (!c.route.isEmpty() && !cases::routes().contains(c.route))
        return Error::invalid(QStringLiteral("route"),
                              Text::tr("Route: %1 is not a route; choose %2, %3, %4 or none.")
                                  .arg(cases::routeName(c.route), cases::routeName(QStringLiteral("police")),
                                       cases::routeName(QStringLiteral("utility")),
                                       cases::routeName(QStringLiteral("emergency"))));
    if (c.parentId.isEmpty() != (c.code.trimmed().size() == 2))
        return Error::invalid(QStringLiteral("code"),
                              Text::tr("Code: a sub-category has four digits, a category two."));
    if (!c.parentId.isEmpty()) {
        auto parent = category(c.parentId);
        if (!parent || !parent->parentId.isEmpty())
            return Error::invalid(QStringLiteral("parent_id"), Text::tr("Parent: choose a top-level category."));
        if (!c.code.trimmed().startsWith(parent->code))
            return Error::invalid(QStringLiteral("code"),
                                  Text::tr("Code: must start with %1, the parent's code.").arg(parent->code));
    }
    if (duplicateExists(m_db, tables::categories(), QStringLiteral("code"), c.code.trimmed(), c.id))
        return Error::invalid(QStringLiteral("code"), Text::tr("Code: %1 is already used.").arg(c.code.trimmed()));
    return {};
}

Result<QString> CategoryService::save(const Category &c)
{
    return writeTransaction<QString>(m_db, Permission::EditSettings, [&]() -> Result<QString> {
        if (Error e = validate(c); e.isError())
            return e;
        return saveRow(m_db, tables::categories(), c.id,
                       {{QStringLiteral("parent_id"), c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId)},
                        {QStringLiteral("code"), c.code.trimmed()},
                        {QStringLiteral("name"), c.name.trimmed()},
                        {QStringLiteral("route"), c.route.isNull() ? QStringLiteral("") : c.route},
                        {QStringLiteral("active"), c.active ? 1 : 0}});
    });
}

Result<QList<Category>> categoryGroups(const ReadSource &source)
{
    QSqlQuery q(source.db);
    q.setForwardOnly(true);
    if (!q.exec(source.statement(
            QStringLiteral("SELECT id, code, name FROM categories WHERE deleted = 0 AND active = 1 AND "
                           "coalesce(parent_id, '') = '' ORDER BY code, id"))))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    QList<Category> out;
    while (q.next()) {
        Category c;
        c.id = q.value(0).toString();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        out << c;
    }
    return out;
}

} // namespace gd
