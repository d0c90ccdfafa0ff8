#pragma once
// A throwaway GridDesk file in a temporary folder, on a manual clock, with the system actor.
#include "storage/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace gdtest {

struct TestDb {
    QTemporaryDir dir;
    std::shared_ptr<gd::ManualClock> clock = std::make_shared<gd::ManualClock>(1767225600000LL); // 2026-01-01
    std::unique_ptr<gd::Database> db;

    TestDb()
    {
        REQUIRE(dir.isValid());
        gd::Database::Options o;
        o.clock = clock;
        auto r = gd::Database::open(path(), o);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        db = std::move(r.value());
        db->setActor(gd::Actor::system());
    }
    QString path() const { return dir.filePath(QStringLiteral("test.griddesk")); }
    gd::Database &operator*() { return *db; }
    gd::Database *operator->() { return db.get(); }
};

} // namespace gdtest
