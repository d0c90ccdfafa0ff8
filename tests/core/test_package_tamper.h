#pragma once
// Exchange tests that take a package apart: two offices, the sender's package, and copies of it
// changed by raw SQL as a careless or hostile sender could change them.
#include "TestDb.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "test_case_world.h"

#include <QFile>

#include <functional>
#include <sqlite3.h>

namespace gdtest {

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Two offices: the sender with a few cases and its package, and a receiver of the same version.
struct Exchange {
    CaseWorld sender;
    TestDb receiver;
    QString package;
    Exchange()
    {
        receiver.clock->setMs(sender.t.clock->nowMs()); // two offices whose PCs agree on the date
        gd::CaseService service(*sender.t);
        for (int i = 0; i < 3; ++i) {
            gd::Case c = sender.draft();
            c.description = QStringLiteral("第%1件：路灯不亮").arg(i);
            const QString id = must(service.registerCase(c));
            REQUIRE(service.act(id, {gd::workflow::Action::Accept, QStringLiteral("已受理")}).ok());
        }
        package = sender.t.dir.filePath(QStringLiteral("sender.gdpkg"));
        REQUIRE(gd::exchange::exportPackage(*sender.t, package).ok());
    }

    // A copy of the package changed by `tamper` (raw SQL on a writable connection).
    QString tampered(const QString &name, const std::function<void(sqlite3 *)> &tamper) const
    {
        const QString path = sender.t.dir.filePath(name);
        QFile::remove(path);
        REQUIRE(QFile::copy(package, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        tamper(db);
        sqlite3_close(db);
        return path;
    }
};

inline void run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO(sql << ": " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

inline QString sqlText(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK);
    QString out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

// Opening is refused with `reason` in the message, and the receiver's file is unchanged.
inline void refusedWith(Exchange &x, const QString &path, const QString &reason)
{
    const QByteArray before = fileBytes(x.receiver.path());
    auto r = gd::exchange::PackageReader::open(path, *x.receiver);
    REQUIRE_FALSE(r.ok());
    INFO(r.message().toStdString());
    CHECK(r.error().kind == gd::ErrorKind::Data);
    CHECK(r.message().contains(path));
    CHECK(r.message().contains(reason));
    CHECK(fileBytes(x.receiver.path()) == before);
}

} // namespace gdtest
