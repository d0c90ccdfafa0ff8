// `cases search` through the real griddesk-cli, on a demo file with cases: JSON hits with their
// snippet and marks, --count agreeing with the hits, the terminal's 【】 marks, and refusals.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <functional>

using namespace clitest;

namespace {

// SQL on the file behind the program's back, as a crash, a hand edit or an older program would.
void editBehind(const QString &path, const std::function<void(QSqlQuery &)> &edit)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        edit(q);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

struct SearchDesk : DemoFile {
    SearchDesk()
        : DemoFile(400)
    {}
    CliRun search(QStringList arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("search")} +
                      arguments);
    }
};

} // namespace

TEST_CASE("cases search prints ranked hits as JSON and counts them")
{
    SearchDesk d;
    for (const QString &term : {QStringLiteral("水"), QStringLiteral("楼道"), QStringLiteral("小广告")}) {
        INFO("term: " << term.toStdString());
        const CliRun all = d.search({term, QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
        INFO(all.errText().toStdString());
        REQUIRE(all.exitCode == 0);
        const QJsonArray hits = parseJson(all.out).array();
        CHECK_FALSE(hits.isEmpty());
        const CliRun count = d.search({term, QStringLiteral("--count")});
        REQUIRE(count.exitCode == 0);
        CHECK(count.out.trimmed().toInt() == hits.size());
        int lastTier = 1;
        QStringList seen;
        for (const QJsonValue &v : hits) {
            const QJsonObject h = v.toObject();
            for (const char *key : {"id", "number", "state", "tier", "matched_field", "snippet", "marks"})
                CHECK(h.contains(QLatin1String(key)));
            const int tier = h.value(QStringLiteral("tier")).toInt();
            CHECK(tier >= lastTier); // best tiers first
            lastTier = tier;
            CHECK_FALSE(seen.contains(h.value(QStringLiteral("id")).toString()));
            seen << h.value(QStringLiteral("id")).toString();
            const QString snippet = h.value(QStringLiteral("snippet")).toString();
            const QJsonArray marks = h.value(QStringLiteral("marks")).toArray();
            REQUIRE_FALSE(marks.isEmpty());
            const QJsonArray m = marks.first().toArray();
            CHECK(snippet.mid(m.at(0).toInt(), m.at(1).toInt()) == term);
        }
    }
    const CliRun counted = d.search({QStringLiteral("楼道"), QStringLiteral("--count"), QStringLiteral("--json")});
    REQUIRE(counted.exitCode == 0);
    CHECK(parseJson(counted.out).object().value(QStringLiteral("count")).toInt() > 0);
}

TEST_CASE("cases search shows the matches in a table and stops at --limit")
{
    SearchDesk d;
    const CliRun run = d.search({QStringLiteral("楼道"), QStringLiteral("--limit"), QStringLiteral("3"),
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    REQUIRE(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(QStringLiteral("【楼道】")));
    CHECK(out.contains(QStringLiteral("3 条诉求")));
    const CliRun none = d.search({QStringLiteral("没有这种事")});
    REQUIRE(none.exitCode == 0);
    CHECK(QString::fromUtf8(none.out).contains(QStringLiteral("0 case")));
}

TEST_CASE("cases search refuses an empty text, a bad limit and a missing file")
{
    SearchDesk d;
    const CliRun empty = d.search({QStringLiteral("  ")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.errText().contains(QStringLiteral("Search")));
    CHECK(d.search({QStringLiteral("水"), QStringLiteral("--limit"), QStringLiteral("-1")}).exitCode == 1);
    CHECK(d.search({}).exitCode == 1); // no TEXT
    const CliRun missing = runCli({QStringLiteral("--db"), d.dir.filePath(QStringLiteral("none.griddesk")),
                                   QStringLiteral("cases"), QStringLiteral("search"), QStringLiteral("水")});
    CHECK(missing.exitCode == 1); // as every command: a file name that names nothing is a typing mistake
    CHECK(missing.errText().contains(QStringLiteral("none.griddesk")));
}

TEST_CASE("cases reindex builds the index again, and check says when it misses cases")
{
    SearchDesk d;
    const QByteArray before = d.search({QStringLiteral("楼道"), QStringLiteral("--count")}).out;
    // An index that lost entries (as after a crash of an older program or a hand edit).
    editBehind(
        d.db, [](QSqlQuery &q) { REQUIRE(q.exec(QStringLiteral("DELETE FROM case_search_map WHERE rowid % 2 = 0"))); });
    const CliRun check = runCli({QStringLiteral("--db"), d.db, QStringLiteral("check")});
    CHECK(QString::fromUtf8(check.out + check.err).contains(QStringLiteral("cases reindex")));

    const CliRun reindex = runCli({QStringLiteral("--db"), d.db, QStringLiteral("cases"), QStringLiteral("reindex")});
    INFO(reindex.errText().toStdString());
    REQUIRE(reindex.exitCode == 0);
    CHECK(QString::fromUtf8(reindex.out).contains(QStringLiteral("400")));
    CHECK(d.search({QStringLiteral("楼道"), QStringLiteral("--count")}).out == before);
    const CliRun again = runCli({QStringLiteral("--db"), d.db, QStringLiteral("check")});
    CHECK_FALSE(QString::fromUtf8(again.out + again.err).contains(QStringLiteral("cases reindex")));
}

TEST_CASE("cases tidy merges the segments merges left, keeps every hit, and a second run finds nothing to do")
{
    SearchDesk d;
    const QByteArray before = d.search({QStringLiteral("楼道"), QStringLiteral("--count")}).out;
    // Five writes with the index's merging off, as five merges leave it, taken out again (the
    // index is contentless: by their tokens).
    editBehind(d.db, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 0)")));
        for (const char *write : {"", "'delete', "})
            for (int i = 1; i <= 5; ++i)
                REQUIRE(
                    q.exec(QStringLiteral("INSERT INTO case_search(%1rowid, body, place, notes, phone) "
                                          "VALUES(%2%3, 'zz', '', '', '')")
                               .arg(*write ? QStringLiteral("case_search, ") : QString(), QString::fromLatin1(write))
                               .arg(qint64(1) << 50 | i)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 4)")));
    });

    const CliRun tidy = runCli({QStringLiteral("--db"), d.db, QStringLiteral("cases"), QStringLiteral("tidy")});
    INFO(tidy.errText().toStdString());
    REQUIRE(tidy.exitCode == 0);
    CHECK_FALSE(QString::fromUtf8(tidy.out).contains(QStringLiteral(" 0 step")));
    CHECK(d.search({QStringLiteral("楼道"), QStringLiteral("--count")}).out == before);
    const CliRun again = runCli({QStringLiteral("--db"), d.db, QStringLiteral("cases"), QStringLiteral("tidy")});
    REQUIRE(again.exitCode == 0);
    CHECK(QString::fromUtf8(again.out).contains(QStringLiteral(" 0 step")));
}

TEST_CASE("a scripted office's notes never pile up search segments: each command tidies after its write")
{
    SearchDesk d;
    QString number;
    qint64 before = 0;
    auto segments = [&d](qint64 *out) {
        editBehind(d.db, [out](QSqlQuery &q) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx")));
            REQUIRE(q.next());
            *out = q.value(0).toLongLong();
        });
    };
    editBehind(d.db, [&number](QSqlQuery &q) {
        // A case a progress note may be written on (not called back, closed or archived).
        REQUIRE(q.exec(QStringLiteral("SELECT number FROM cases WHERE state IN ('registered', 'accepted', "
                                      "'dispatched', 'signed', 'in_progress') LIMIT 1")));
        REQUIRE(q.next());
        number = q.value(0).toString();
    });
    segments(&before);
    const int notes = 12;
    for (int i = 0; i < notes; ++i) {
        const CliRun note = runCli({QStringLiteral("--db"), d.db, QStringLiteral("cases"), QStringLiteral("act"),
                                    number, QStringLiteral("note"), QStringLiteral("--note"),
                                    QStringLiteral("回访记录 zzkw%1").arg(QChar(u'a' + i)), QStringLiteral("--user"),
                                    QStringLiteral("wangfang")},
                                   withPassword("wangfang123"));
        INFO(note.errText().toStdString());
        REQUIRE(note.exitCode == 0);
    }
    qint64 after = 0;
    segments(&after);
    // Each note adds a segment (no write merges); the step after the commit merges them as soon
    // as a level holds four, so a dozen notes never leave a dozen segments.
    CHECK(after < before + notes);
    CHECK(after <= before + 4);
    for (int i = 0; i < notes; ++i)
        CHECK(d.search({QStringLiteral("zzkw%1").arg(QChar(u'a' + i)), QStringLiteral("--count")}).out.trimmed() ==
              "1");
}
