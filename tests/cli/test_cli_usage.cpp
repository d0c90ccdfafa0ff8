// griddesk-cli's contract with scripts: exit codes, one-line messages, and files it must not
// create or touch. None of these tests builds the demo district.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace clitest;

namespace {

// Any Han character: proof that a message came out in Chinese.
bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

void makeForeignSqlite(const QString &path)
{
    const QString connection = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO recipes(title) VALUES ('饺子')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("version and help exit 0 and print to stdout")
{
    const CliRun version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.outText().contains(QStringLiteral("griddesk-cli")));
    CHECK(version.err.isEmpty());

    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *word : {"--db", "--json", "init", "demo", "check", "grids list", "workers list"})
        CHECK(help.outText().contains(QLatin1String(word)));
}

TEST_CASE("a command without --db is a user error naming --db")
{
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("grids"), QStringLiteral("list")},
          QStringList{QStringLiteral("workers"), QStringLiteral("list")}}) {
        const CliRun run = runCli(command);
        requireUserError(run);
        CHECK(run.errText().contains(QStringLiteral("--db")));
    }
}

TEST_CASE("unknown commands are user errors that list the valid ones")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.griddesk"));

    const CliRun unknown = runCli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    requireUserError(unknown);
    CHECK(unknown.errText().contains(QStringLiteral("frobnicate")));
    CHECK(unknown.errText().contains(QStringLiteral("grids list")));
    CHECK(unknown.errText().contains(QStringLiteral("workers list")));

    const CliRun none = runCli({QStringLiteral("--db"), db});
    requireUserError(none);
    CHECK(none.errText().contains(QStringLiteral("check")));

    const CliRun sub = runCli({QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("delete")});
    requireUserError(sub);
    CHECK(sub.errText().contains(QStringLiteral("delete")));
    CHECK(sub.errText().contains(QStringLiteral("list")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("bad options and option values are user errors naming the option")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.griddesk"));
    struct Case {
        QStringList arguments;
        QString named;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--bogus")}, QStringLiteral("bogus")},
        {{QStringLiteral("check"), QStringLiteral("--db")}, QStringLiteral("--db")},
        {{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")},
         QStringLiteral("--seed")},
        {{QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--seed"), QStringLiteral("1")},
         QStringLiteral("--seed")},
        {{QStringLiteral("--db"), db, QStringLiteral("workers"), QStringLiteral("list"), QStringLiteral("--kind"),
          QStringLiteral("boss")},
         QStringLiteral("--kind")},
        {{QStringLiteral("--db"), db, QStringLiteral("workers"), QStringLiteral("list"), QStringLiteral("--status"),
          QStringLiteral("retired")},
         QStringLiteral("--status")},
        {{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("张三")},
         QStringLiteral("--name")},
        {{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), db, QStringLiteral("check")},
         QStringLiteral("--lang")},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(c.arguments);
        requireUserError(run);
        CHECK(run.errText().contains(c.named));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("read commands on a missing file exit 1 and create nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.griddesk"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("check"), QStringLiteral("--json")},
          QStringList{QStringLiteral("grids"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("workers"), QStringLiteral("list")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + command);
        requireUserError(run);
        CHECK(run.errText().contains(db));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("files that are not GridDesk databases exit 2 and are left as they are")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "网格员名单\nnot a database\n");
    const QString noise = dir.filePath(QStringLiteral("noise.bin"));
    QByteArray bytes(8192, '\0');
    QRandomGenerator random(20260101);
    for (char &b : bytes)
        b = char(random.bounded(256));
    bytes[0] = 'X'; // never the SQLite magic by chance
    writeFile(noise, bytes);
    const QString foreign = dir.filePath(QStringLiteral("recipes.sqlite"));
    makeForeignSqlite(foreign);

    for (const QString &file : {text, noise, foreign}) {
        const QByteArray before = fileHash(file);
        for (const QStringList &command :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("grids"), QStringLiteral("list"), QStringLiteral("--json")},
              QStringList{QStringLiteral("workers"), QStringLiteral("list")}, QStringList{QStringLiteral("demo")},
              QStringList{QStringLiteral("init")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), file} + command);
            INFO(file.toStdString() << " " << command.join(QLatin1Char(' ')).toStdString() << ": "
                                    << run.errText().toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.errLines().size() == 1);
            CHECK(run.errText().contains(file));
            CHECK(run.out.isEmpty());
        }
        CHECK(fileHash(file) == before);
    }
    // Nothing was added beside them either (no -wal or -shm files, no backups).
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() == 3);
}

TEST_CASE("init --admin needs the password in GRIDDESK_PASSWORD")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.griddesk"));
    const QStringList arguments = {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                                   QStringLiteral("admin")};
    const CliRun unset = runCli(arguments);
    requireUserError(unset);
    CHECK(unset.errText().contains(QStringLiteral("GRIDDESK_PASSWORD")));
    CHECK_FALSE(QFileInfo::exists(db));

    QProcessEnvironment weak = baseEnvironment();
    weak.insert(QStringLiteral("GRIDDESK_PASSWORD"), QStringLiteral("123"));
    const CliRun tooShort = runCli(arguments, weak);
    requireUserError(tooShort);
    CHECK(tooShort.errText().contains(QStringLiteral("GRIDDESK_PASSWORD")));
    CHECK_FALSE(QFileInfo::exists(db));

    // A login the core refuses is found only after the file was made: the file goes again.
    QProcessEnvironment good = baseEnvironment();
    good.insert(QStringLiteral("GRIDDESK_PASSWORD"), QStringLiteral("s3cret-pass"));
    const CliRun badLogin = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("9 bad login")},
        good);
    requireUserError(badLogin);
    CHECK(badLogin.errText().contains(QStringLiteral("--admin")));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("init makes an empty file with its administrator and refuses a file with data")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.griddesk"));
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("GRIDDESK_PASSWORD"), QStringLiteral("s3cret-pass"));
    const QStringList arguments = {QStringLiteral("--db"),    db,
                                   QStringLiteral("init"),    QStringLiteral("--admin"),
                                   QStringLiteral("wang.li"), QStringLiteral("--name"),
                                   QStringLiteral("王丽")};
    const CliRun first = runCli(arguments, env);
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.outText().trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(first.outText().contains(QStringLiteral("wang.li")));
    CHECK(first.err.isEmpty());

    const CliRun check = runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    const QJsonObject report = parseJson(check.out).object();
    CHECK(report.value(QStringLiteral("operators")).toInt() == 1);
    CHECK(report.value(QStringLiteral("healthy")).toBool());

    const QByteArray before = fileHash(db);
    const CliRun again = runCli(arguments, env);
    requireUserError(again);
    CHECK(again.errText().contains(db));
    CHECK(fileHash(db) == before);

    // Without --admin a new file is simply created, ready for the window's first-run setup.
    const QString bare = dir.filePath(QStringLiteral("bare.griddesk"));
    const CliRun plain = runCli({QStringLiteral("--db"), bare, QStringLiteral("init")});
    CHECK(plain.exitCode == 0);
    CHECK(QFileInfo::exists(bare));
}

TEST_CASE("Chinese messages with --lang zh_CN or a Chinese LANG")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.griddesk"));
    // Qt's own parser messages come with Qt's Chinese translation, so these prove the language
    // is chosen and installed before the command line is parsed.
    const CliRun option = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), db,
                                  QStringLiteral("check"), QStringLiteral("--bogus")});
    requireUserError(option);
    CHECK(hasChinese(option.errText()));

    QProcessEnvironment chinese = baseEnvironment();
    chinese.remove(QStringLiteral("LC_ALL"));
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const CliRun fromEnvironment =
        runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--bogus")}, chinese);
    requireUserError(fromEnvironment);
    CHECK(hasChinese(fromEnvironment.errText()));

    // The missing-file message comes from GridDesk's own catalogue (gd::Database).
    const CliRun missing = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), db,
                                   QStringLiteral("grids"), QStringLiteral("list")});
    requireUserError(missing);
    CHECK(missing.errText().contains(db));
    CHECK(hasChinese(missing.errText()));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("read commands leave an empty file empty, and init prepares it")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.griddesk"));
    writeFile(db, QByteArray());
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("grids"), QStringLiteral("list")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + command);
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK(QFileInfo(db).size() == 0);
    }
    const CliRun init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    INFO(init.errText().toStdString());
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo(db).size() > 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("the command line never prints a record's control characters or direction overrides raw")
{
    DemoFile demo(0);
    {
        // Written past every check, as a damaged or hand-edited file could hold it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-controls"));
        raw.setDatabaseName(demo.db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("UPDATE workers SET name = '张' || char(27) || '[2J' || char(8238) || '三' "
                                      "WHERE id = (SELECT id FROM workers ORDER BY id LIMIT 1)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-controls"));
    const CliRun text = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("workers"), QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK_FALSE(text.out.contains('\x1b'));
    CHECK_FALSE(text.outText().contains(QChar(0x202E)));
    CHECK(text.outText().contains(QStringLiteral("张\uFFFD[2J\uFFFD三")));
    const CliRun json = runCli(
        {QStringLiteral("--db"), demo.db, QStringLiteral("workers"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(json.out.contains('\x1b'));
    CHECK_FALSE(json.outText().contains(QChar(0x202E)));
    CHECK(json.out.contains("\\u001b"));
    CHECK(json.out.contains("\\u202e"));
    CHECK(parseJson(json.out).isArray()); // still valid JSON
}
