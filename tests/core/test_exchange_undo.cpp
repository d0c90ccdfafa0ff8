// Taking a merge back from its undo file (exchange/MergeUndo.h): the file's content, search
// index and ledger return to what they were before the merge; an undo that would overwrite a
// later change is refused whole; undo files of another database, damaged or used already are
// refused with the reason; staff may not undo.
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "exchange/MergeUndo.h"
#include "test_case_world.h"
#include "test_exchange_fixture.h"

#include <QFile>
#include <QFileInfo>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

void requireUndone(Database &db, const QString &undoFile)
{
    auto undone = exchange::undoMerge(db, undoFile);
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    CHECK(undone->rows > 0);
}

} // namespace

TEST_CASE("undoing a merge gives back the file as it was, and the package can be merged again", "[exchange][undo]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理，联系物业")}).ok());
    TestDb b;
    const QByteArray before = digestOf(*b);

    const exchange::MergeReport merged = send(*a.t, *b, a.t.dir.path());
    REQUIRE(QFile::exists(merged.backupPath));
    CHECK(merged.backupPath.endsWith(QStringLiteral(".undo")));
    REQUIRE(CaseSearch(*b).count(QStringLiteral("联系物业")).value() == 1);

    requireUndone(*b, merged.backupPath);
    CHECK(digestOf(*b) == before);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 0);
    CHECK(CaseSearch(*b).count(QStringLiteral("联系物业")).value() == 0);
    requireIndexSound(*b);
    // The undo itself is on the record.
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo-merge'")) == 1);

    // Undone twice: the ledger no longer has it.
    auto again = exchange::undoMerge(*b, merged.backupPath);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Data);
    CHECK(again.message().contains(QStringLiteral("undone already")));

    // Not "merged before" any more: the same content merges again, whole.
    const exchange::MergeReport back = send(*a.t, *b, a.t.dir.path());
    CHECK_FALSE(back.alreadyMerged);
    CHECK(digestOf(*b) == digestOf(*a.t));
}

TEST_CASE("undoing a delta takes its notes off a case both offices had, state and search as before", "[exchange][undo]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    const QByteArray before = digestOf(*b);
    const QString stateBefore = text(*b, QStringLiteral("SELECT state FROM cases"));

    a.t.clock->advance(60000);
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已联系物业公司维修")}).ok());
    REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("维修师傅明天上门")}).ok());
    const exchange::MergeReport delta = send(*a.t, *b, a.t.dir.path());
    REQUIRE(delta.tables.value(QStringLiteral("case_events")).added == 2);
    REQUIRE(text(*b, QStringLiteral("SELECT state FROM cases")) != stateBefore);
    REQUIRE(CaseSearch(*b).count(QStringLiteral("师傅")).value() == 1);

    requireUndone(*b, delta.backupPath);
    CHECK(digestOf(*b) == before);
    CHECK(text(*b, QStringLiteral("SELECT state FROM cases")) == stateBefore);
    CHECK(CaseSearch(*b).count(QStringLiteral("师傅")).value() == 0);
    CHECK(CaseSearch(*b).count(QStringLiteral("物业公司")).value() == 0);
    requireIndexSound(*b);
}

TEST_CASE("undoing a merge that set values aside takes its conflicts with it", "[exchange][undo]")
{
    Conflicted c;
    const exchange::MergeReport &intoB = c.reports.at(1);
    REQUIRE(scalar(*c.b, QStringLiteral("SELECT count(*) FROM merge_conflicts")) == 1);
    requireUndone(*c.b, intoB.backupPath);
    CHECK(scalar(*c.b, QStringLiteral("SELECT count(*) FROM merge_conflicts")) == 0);
    CHECK(text(*c.b, QStringLiteral("SELECT name FROM streets")) == QStringLiteral("八大关街道（新）"));
}

TEST_CASE("an undo that would overwrite a later change is refused, and nothing changes", "[exchange][undo]")
{
    CaseWorld a;
    TestDb b;
    const exchange::MergeReport merged = send(*a.t, *b, a.t.dir.path());
    const QString street = text(*b, QStringLiteral("SELECT id FROM streets"));
    b.clock->advance(1000);
    rename(*b, street, QStringLiteral("改过的街道"));
    const QByteArray edited = digestOf(*b);

    auto refused = exchange::undoMerge(*b, merged.backupPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("streets")));
    CHECK(digestOf(*b) == edited);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 1);
}

TEST_CASE("undo files that are not this file's are refused with the reason", "[exchange][undo]")
{
    CaseWorld a;
    TestDb b, c;
    const exchange::MergeReport merged = send(*a.t, *b, a.t.dir.path());
    const QByteArray cBefore = digestOf(*c);

    SECTION("another database's undo file")
    {
        auto refused = exchange::undoMerge(*c, merged.backupPath);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Data);
        CHECK(refused.message().contains(QStringLiteral("another")));
        CHECK(digestOf(*c) == cBefore);
    }
    SECTION("not an undo file at all")
    {
        auto refused = exchange::undoMerge(*b, b.path());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("not a GridDesk undo file")));
    }
    SECTION("a missing file")
    {
        auto refused = exchange::undoMerge(*b, b.dir.filePath(QStringLiteral("none.undo")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::NotFound);
    }
    SECTION("a damaged changeset")
    {
        QFile f(merged.backupPath);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray whole = f.readAll();
        REQUIRE(f.resize(whole.indexOf('\n', whole.indexOf('\n') + 1) + 40)); // the header and a few bytes
        f.close();
        const QByteArray bBefore = digestOf(*b);
        auto refused = exchange::undoMerge(*b, merged.backupPath);
        REQUIRE_FALSE(refused.ok());
        CHECK(digestOf(*b) == bBefore);
    }
    SECTION("staff")
    {
        Actor staff;
        staff.login = QStringLiteral("wangfang");
        staff.role = Role::Staff;
        staff.signedIn = true;
        b->setActor(staff);
        auto refused = exchange::undoMerge(*b, merged.backupPath);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Permission);
    }
}

TEST_CASE("an undo file of a merge that never committed says so, and changes nothing", "[exchange][undo]")
{
    CaseWorld a;
    TestDb b;
    const exchange::MergeReport merged = send(*a.t, *b, a.t.dir.path());
    REQUIRE(QFile::exists(merged.backupPath));
    // As a program stopped between writing the undo file and the commit leaves it: the file holds
    // nothing of the merge (here: its ledger entry taken away, with no undo on record).
    {
        Transaction tx(*b);
        QSqlQuery q(b->sql());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM exchange_ledger")));
        REQUIRE(tx.commit().ok());
    }
    const QByteArray before = digestOf(*b);
    auto refused = exchange::undoMerge(*b, merged.backupPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("never completed")));
    CHECK(refused.message().contains(QFileInfo(merged.backupPath).fileName()));
    CHECK(digestOf(*b) == before);
}

TEST_CASE("a merge rolled back leaves no undo file behind", "[exchange][undo]")
{
    CaseWorld a;
    TestDb b;
    const exchange::MergeReport dry = send(*a.t, *b, a.t.dir.path(), true);
    CHECK(dry.backupPath.isEmpty());
    CHECK(QDir(b.dir.path()).entryList({QStringLiteral("*.undo")}, QDir::Files).isEmpty());
}

TEST_CASE("an undo file lists the events a merge added, and one gone since makes the undo refuse", "[exchange][undo]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    a.t.clock->advance(60000);
    REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("维修师傅明天上门")}).ok());
    const exchange::MergeReport delta = send(*a.t, *b, a.t.dir.path());
    const QString added = text(*b, QStringLiteral("SELECT id FROM case_events WHERE note = '维修师傅明天上门'"));
    // The index's merging, held during the merge, is back at the file's own setting (off since v15).
    CHECK(text(*b, QStringLiteral("SELECT v FROM case_search_config WHERE k = 'automerge'")) == QStringLiteral("0"));
    QFile f(delta.backupPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    REQUIRE(lines.size() > 3);
    CHECK(lines.at(0) == QByteArrayLiteral("GDUNDO 2"));
    CHECK(lines.at(1).contains("\"events\":1"));
    CHECK(lines.at(2) == (added + QLatin1Char(' ') + id).toLatin1());

    // The undo is refused, naming `reason`, and the file stays as it is.
    auto requireRefused = [&](const QString &reason) {
        const QByteArray unchanged = digestOf(*b);
        auto refused = exchange::undoMerge(*b, delta.backupPath);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Data);
        CHECK(refused.message().contains(reason));
        CHECK(digestOf(*b) == unchanged);
    };
    // The event's line of the list replaced by `line`.
    auto rewriteLine = [&](const QByteArray &line) {
        QByteArray whole = lines.join('\n');
        whole.replace(lines.at(2), line);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(whole);
        f.close();
    };
    SECTION("the event was removed since")
    {
        QSqlQuery q(b->sql());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM case_events WHERE id = '%1'").arg(added)));
        requireRefused(QStringLiteral("case_events"));
    }
    SECTION("the list names the event with another case")
    {
        rewriteLine((added + QStringLiteral(" 00000000-0000-5000-8000-000000000000")).toLatin1());
        requireRefused(QStringLiteral("case_events"));
    }
    SECTION("the list is damaged")
    {
        rewriteLine(QByteArrayLiteral("not-an-id ") + id.toLatin1());
        requireRefused(QStringLiteral("damaged"));
    }
}

TEST_CASE("an undo file of the first format (no list of events) is still taken back", "[exchange][undo]")
{
    CaseWorld a;
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    const QString street = text(*a.t, QStringLiteral("SELECT id FROM streets"));
    const QString name = text(*b, QStringLiteral("SELECT name FROM streets"));
    a.t.clock->advance(1000);
    rename(*a.t, street, QStringLiteral("八大关街道（新）"));
    const exchange::MergeReport delta = send(*a.t, *b, a.t.dir.path());
    REQUIRE(text(*b, QStringLiteral("SELECT name FROM streets")) != name);

    QFile f(delta.backupPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    REQUIRE(lines.at(1).contains("\"events\":0,"));
    lines[0] = QByteArrayLiteral("GDUNDO 1");
    lines[1].replace("\"events\":0,", "");
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();
    requireUndone(*b, delta.backupPath);
    CHECK(text(*b, QStringLiteral("SELECT name FROM streets")) == name);
}
