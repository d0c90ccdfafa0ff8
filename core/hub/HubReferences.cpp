#include "HubReferences.h"

#include "DesktopSchema.h"
#include "HubConnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub::HubReferences)
};

// The rows an office's commit would refuse, at most a few, as "row → missing record".
constexpr int kNamed = 5;

} // namespace

Status checkHubReferences(HubConnection &hub, const QString &packageName, const QString &sender, bool refolded)
{
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    for (auto it = (*desktop)->references.cbegin(); it != (*desktop)->references.cend(); ++it) {
        const QString table = pgIdentifier(it.key());
        const bool withRefolded = refolded && it.key() == QLatin1String("cases");
        // The rows to hold: the package's, and the cases the refold wrote.
        const QString staged = withRefolded
                                   ? QStringLiteral("(SELECT id FROM pkg_cases UNION SELECT id FROM hub_refold)")
                                   : QStringLiteral("pkg_") + it.key();
        for (const auto &[column, parent] : it.value()) {
            // What the rows name: the package's values (a refolded case's as the hub holds it now).
            const QString named =
                withRefolded ? QStringLiteral(
                                   "(SELECT %1 FROM pkg_cases UNION SELECT c.%1 FROM cases c JOIN hub_refold r ON r.id "
                                   "= c.id)")
                                   .arg(pgIdentifier(column))
                             : staged;
            // First what the package names, each value once: a package of everything names only
            // what it holds, and one anti-join over distinct values says so.
            auto any = hub.scalar(QStringLiteral("SELECT d.v FROM (SELECT DISTINCT p.%1 AS v FROM %2 p WHERE p.%1 IS "
                                                 "NOT NULL) d WHERE NOT EXISTS (SELECT 1 FROM %3 x WHERE x.id = d.v) "
                                                 "LIMIT 1")
                                      .arg(pgIdentifier(column), named, pgIdentifier(parent)));
            if (!any)
                return any.error();
            if (any->isNull())
                continue;
            // Then the package's rows as the hub holds them after the merge (a row whose own
            // version won names what it named before), to refuse and name them.
            auto q = hub.run(QStringLiteral("SELECT t.id, t.%1 FROM %2 t JOIN %3 p ON p.id = t.id WHERE t.%1 IS NOT "
                                            "NULL AND NOT EXISTS (SELECT 1 FROM %4 x WHERE x.id = t.%1) ORDER BY "
                                            "t.id LIMIT %5")
                                 .arg(pgIdentifier(column), table, staged, pgIdentifier(parent))
                                 .arg(kNamed));
            if (!q)
                return q.error();
            QStringList missing;
            while (q->next())
                missing << QStringLiteral("%1 → %2").arg(q->value(0).toString(), q->value(1).toString());
            if (!missing.isEmpty())
                return Error::make(
                    ErrorKind::Data,
                    Text::tr("The package %1 refers to records the hub does not have (it holds only part of %2's "
                             "data), so nothing was taken: %3.%4 of %5 names what is not in %6. Take a package of "
                             "everything from %2 first.")
                        .arg(packageName, sender, it.key(), column, missing.join(QStringLiteral("; ")), parent));
        }
    }
    return {};
}

} // namespace gd::hub
