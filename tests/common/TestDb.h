#pragma once
// A throwaway GridDesk file in a temporary folder, on a manual clock, with the system actor.
#include "storage/Database.h"
#include "storage/SchemaLadder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
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
        open();
    }
    // Closes the file and opens it again on the same clock, as a program started anew does (an
    // older file is upgraded on the way).
    void reopen()
    {
        db.reset();
        open();
    }
    QString path() const { return dir.filePath(QStringLiteral("test.griddesk")); }
    gd::Database &operator*() { return *db; }
    gd::Database *operator->() { return db.get(); }

private:
    void open()
    {
        gd::Database::Options o;
        o.clock = clock;
        auto r = gd::Database::open(path(), o);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        db = std::move(r.value());
        db->setActor(gd::Actor::system());
    }
};

// A file's bytes as one SHA-256: to show a file was not written to.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A file as an older GridDesk left it: the schema ladder up to `version`, then rows written raw.
inline void writeOldFile(const QString &path, int version, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-file"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(gd::Database::kApplicationId)));
        REQUIRE(gd::schema::migrate(raw, 0, version));
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-file"));
}

} // namespace gdtest
