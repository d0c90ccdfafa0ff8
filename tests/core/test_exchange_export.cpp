// The exchange package (exchange/PackageExport.h, PackageFormat.h): STRICT tables with exactly
// the office's exchanged columns, every row of them, a manifest whose hashes are the content's,
// and no half-written file when the export is cancelled.
#include "TestDb.h"
#include "exchange/ContentDigest.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageFormat.h"
#include "storage/SqliteHandle.h"
#include "test_case_world.h"
#include "test_package_tamper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

struct RawFile {
    sqlite3 *db = nullptr;
    explicit RawFile(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~RawFile() { sqlite3_close(db); }
    QString text(const QString &sql) const { return gdtest::sqlText(db, sql); }
};

} // namespace

TEST_CASE("a package holds every exchanged row in STRICT tables with a manifest of their hashes", "[exchange]")
{
    CaseWorld w;
    CaseService service(*w.t);
    for (int i = 0; i < 3; ++i) {
        Case c = w.draft();
        c.description = QStringLiteral("第%1件：下水道堵塞").arg(i);
        const QString id = must(service.registerCase(c));
        REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理")}).ok());
    }
    const QString path = w.t.dir.filePath(QStringLiteral("社区 包's.gdpkg")); // any character in the name
    auto report = exchange::exportPackage(*w.t, path);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->bytes > 0);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    auto source = exchange::digestContent(sqliteHandle(w.t->sql()));
    REQUIRE(source.ok());
    CHECK(report->content == source->sha256); // the package carries exactly the content

    RawFile pkg(path);
    CHECK(pkg.text(QStringLiteral("PRAGMA application_id")).toUInt() == exchange::kPackageApplicationId);
    CHECK(pkg.text(QStringLiteral("PRAGMA user_version")).toInt() == exchange::kPackageFormat);
    // Its own content, hashed again, is what the manifest says.
    auto inside = exchange::digestContent(pkg.db);
    REQUIRE(inside.ok());
    CHECK(inside->sha256 == source->sha256);
    CHECK(pkg.text(QStringLiteral("SELECT value FROM manifest WHERE key = 'content'")) == source->hex());
    const QJsonObject tables =
        QJsonDocument::fromJson(pkg.text(QStringLiteral("SELECT value FROM manifest WHERE key = 'tables'")).toUtf8())
            .object();
    for (const exchange::TableDigest &t : source->tables) {
        INFO(t.table.toStdString());
        const QJsonObject entry = tables.value(t.table).toObject();
        CHECK(entry.value(QStringLiteral("rows")).toInteger() == t.rows);
        CHECK(entry.value(QStringLiteral("sha256")).toString() == QString::fromLatin1(t.sha256.toHex()));
        CHECK(pkg.text(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(t.table))
                  .endsWith(QStringLiteral("STRICT, WITHOUT ROWID")));
    }
    CHECK(pkg.text(QStringLiteral("SELECT value FROM manifest WHERE key = 'source_site'")) == w.t->siteId());
    CHECK(pkg.text(QStringLiteral("SELECT value FROM manifest WHERE key = 'schema_version'")).toInt() ==
          w.t->schemaVersion());
    CHECK(pkg.text(QStringLiteral("SELECT count(*) FROM cases")).toInt() == 3);
    // Nothing local travels.
    CHECK(pkg.text(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('operators', 'audit_log', "
                                  "'meta', 'case_search', 'case_search_map')")) == QStringLiteral("0"));
    // The schema is the one packageSchema() makes: what an importer will expect, to the letter.
    auto expected = exchange::packageSchema(sqliteHandle(w.t->sql()));
    REQUIRE(expected.ok());
    QStringList actual;
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(pkg.db, "SELECT sql FROM sqlite_schema WHERE type = 'table' ORDER BY rowid", -1, &st,
                               nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW)
        actual << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    CHECK(actual == *expected);
}

TEST_CASE("a cancelled or failed export leaves no package and an older one as it was", "[exchange]")
{
    CaseWorld w;
    must(CaseService(*w.t).registerCase(w.draft()));
    const QString path = w.t.dir.filePath(QStringLiteral("street.gdpkg"));
    REQUIRE(exchange::exportPackage(*w.t, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto stopped = exchange::exportPackage(*w.t, path, {}, [](double fraction) { return fraction < 0.0; });
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.error().isCancelled());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
    f.close();

    // A folder that does not exist: a clear message naming the file.
    const QString nowhere = w.t.dir.filePath(QStringLiteral("no/such/folder/x.gdpkg"));
    auto failed = exchange::exportPackage(*w.t, nowhere);
    CHECK_FALSE(failed.ok());
    CHECK(failed.message().contains(nowhere));
}
