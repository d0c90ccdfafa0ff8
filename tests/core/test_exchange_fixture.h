#pragma once
// What the exchange tests share: the digest of a file, sending one office's package to another,
// an edit in a transaction of its own, and two offices in conflict.
#include "TestDb.h"
#include "TrustSender.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeConflicts.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QSqlQuery>

namespace gdtest {

inline QByteArray digestOf(gd::Database &db)
{
    auto d = gd::exchange::digestContent(gd::sqliteHandle(db.sql()));
    REQUIRE(d.ok());
    return d->sha256;
}

// Exports `from` (in the scope) and merges the package into `into`.
inline gd::exchange::MergeReport send(gd::Database &from, gd::Database &into, const QString &dir, bool dryRun = false,
                                      const gd::exchange::ExportScope &scope = {},
                                      gd::exchange::ExportReport *exported = nullptr)
{
    static int n = 0;
    return sendPackage(from, into, dir + QStringLiteral("/p%1.gdpkg").arg(++n), dryRun, scope, exported);
}

inline void edit(gd::Database &db, const gd::TableDef &table, const QString &id, const QVariantMap &changes)
{
    gd::Transaction tx(db);
    REQUIRE(gd::RowStore(db).update(table, id, changes).ok());
    REQUIRE(tx.commit().ok());
}

inline void rename(gd::Database &db, const QString &streetId, const QString &name)
{
    edit(db, gd::tables::streets(), streetId, {{QStringLiteral("name"), name}});
}

// Two offices that renamed the same street unaware of each other, both merged both ways.
struct Conflicted {
    CaseWorld a;
    TestDb b;
    QString street;
    QList<gd::exchange::MergeReport> reports; // into A, then into B

    Conflicted()
    {
        send(*a.t, *b, a.t.dir.path());
        street = text(*a.t, QStringLiteral("SELECT id FROM streets"));
        a.t.clock->advance(1000);
        b.clock->setMs(a.t.clock->nowMs() + 500);
        rename(*a.t, street, QStringLiteral("八大关街道办事处"));
        rename(*b, street, QStringLiteral("八大关街道（新）"));
        const QString fromA = a.t.dir.filePath(QStringLiteral("a.gdpkg")),
                      fromB = a.t.dir.filePath(QStringLiteral("b.gdpkg"));
        REQUIRE(gd::exchange::exportPackage(*a.t, fromA).ok());
        REQUIRE(gd::exchange::exportPackage(*b, fromB).ok());
        for (auto [into, path] : {std::pair{a.t.db.get(), fromB}, std::pair{b.db.get(), fromA}}) {
            gdtest::receiveFrom(*into, path);
            auto package = gd::exchange::PackageReader::open(path, *into);
            REQUIRE(package.ok());
            auto merged = gd::exchange::mergePackage(*into, **package, false);
            REQUIRE(merged.ok());
            reports << *merged;
        }
    }

    gd::exchange::MergeConflict only(gd::Database &db)
    {
        auto open = gd::exchange::openConflicts(db);
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        return open->first();
    }
};

} // namespace gdtest
