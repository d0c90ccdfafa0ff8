#pragma once
// A demo district for widget tests: generated once per test run into a template file, then
// copied for each test so tests never share state.
#include "demo/DemoDistrict.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <memory>

namespace gduitest {

inline QString demoTemplate()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("template.sqlite"));
        // Made as an office would have made it before any date the tests set: a PC whose clock is
        // behind the file's newest change may not write (access/ClockAgreement.h).
        gd::Database::Options options;
        options.clock = std::make_shared<gd::ManualClock>(
            QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        auto db = gd::Database::open(p, options);
        REQUIRE(db.ok());
        auto r = gd::DemoDistrict::generate(*db.value(), {});
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        QSqlQuery q(db.value()->sql());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        path = p;
    }
    return path;
}

struct DemoDb {
    QTemporaryDir dir;
    std::unique_ptr<gd::Database> db;

    explicit DemoDb(gd::Role role = gd::Role::Admin)
    {
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        REQUIRE(QFile::copy(demoTemplate(), path));
        auto r = gd::Database::open(path);
        REQUIRE(r.ok());
        db = std::move(r.value());
        gd::Actor a;
        a.operatorId = QStringLiteral("test");
        a.login = QStringLiteral("tester");
        a.displayName = QStringLiteral("测试员");
        a.role = role;
        a.signedIn = true;
        db->setActor(a);
    }
    gd::Database &operator*() { return *db; }
};

// A second office: its own new file (its own site), an administrator (jiedao) at the desk.
struct OtherOffice {
    QTemporaryDir dir;
    std::unique_ptr<gd::Database> db;
    OtherOffice()
    {
        auto r = gd::Database::open(dir.filePath(QStringLiteral("street.griddesk")));
        REQUIRE(r.ok());
        db = std::move(r.value());
        gd::Actor a;
        a.login = QStringLiteral("jiedao");
        a.displayName = QStringLiteral("街道管理员");
        a.role = gd::Role::Admin;
        a.signedIn = true;
        db->setActor(a);
    }
};

} // namespace gduitest
