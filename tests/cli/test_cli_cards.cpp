// `griddesk-cli cards`, the real binary on the demo district: one PDF for a community, the
// incomplete cards named on stderr one line per grid (in the language asked for), drawing with
// no display at all, and the command line's mistakes refused with exit 1.
#include "CliRunner.h"
#include "ToolOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace clitest;

using gdtest::pdfText;

TEST_CASE("cards writes a community's cards into one PDF and names the incomplete ones", "[cli][cards]")
{
    DemoFile demo(0);
    const QString pdf = demo.dir.filePath(QStringLiteral("community.pdf"));
    // No display and no platform chosen: the command draws offscreen by itself.
    QProcessEnvironment env = baseEnvironment();
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(var));
    const CliRun run = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cards"), QStringLiteral("--community"),
                               QStringLiteral("370202001001"), QStringLiteral("--layout"), QStringLiteral("a4x4"),
                               QStringLiteral("--pdf"), pdf},
                              env);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("written to")));
    REQUIRE(QFileInfo(pdf).size() > 1000);
    // The demo's first community has vacant grids: each is one line naming its code and the gap.
    const QStringList lines = run.errLines();
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        CHECK(line.startsWith(QStringLiteral("griddesk-cli: incomplete card: ")));
        CHECK(line.contains(QStringLiteral("(370202001001")));
    }
    CHECK(run.errText().contains(QStringLiteral("no grid worker")));

    // Every grid listed for the community has its card, with its worker's phone on it.
    const QJsonArray grids =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("grids"), QStringLiteral("list"),
                       QStringLiteral("--community"), QStringLiteral("370202001001"), QStringLiteral("--json")}))
            .array();
    const QString text = pdfText(pdf);
    for (const QJsonValue &g : grids) {
        CHECK(text.contains(g[QStringLiteral("code")].toString()));
        if (!g[QStringLiteral("worker_phone")].isNull())
            CHECK(text.contains(g[QStringLiteral("worker_phone")].toString()));
    }

    // The same check in Chinese.
    const CliRun zh = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                              QStringLiteral("cards"), QStringLiteral("--community"), QStringLiteral("370202001001"),
                              QStringLiteral("--pdf"), pdf});
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.errText().contains(QStringLiteral("无网格员")));
    CHECK(zh.errLines().size() == lines.size());
}

TEST_CASE("cards refuses a bad command line with exit 1 and one line", "[cli][cards]")
{
    DemoFile demo(0);
    const QString pdf = demo.dir.filePath(QStringLiteral("x.pdf"));
    const QString db = demo.db;
    const QString grid = QStringLiteral("370202001001003");
    const QList<QStringList> mistakes = {
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--pdf"), pdf},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), grid,
         QStringLiteral("--street"), QStringLiteral("370202001"), QStringLiteral("--pdf"), pdf},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), grid},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), grid,
         QStringLiteral("--layout"), QStringLiteral("a3"), QStringLiteral("--pdf"), pdf},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), QStringLiteral("999"),
         QStringLiteral("--pdf"), pdf},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--street"), QStringLiteral("370202999"),
         QStringLiteral("--pdf"), pdf},
        {QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), grid, QStringLiteral("--pdf"),
         QStringLiteral("/nonexistent-dir/x.pdf")},
    };
    for (const QStringList &args : mistakes) {
        const CliRun run = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        requireUserError(run);
    }
    CHECK_FALSE(QFile::exists(pdf));
    const CliRun one = runCli({QStringLiteral("--db"), db, QStringLiteral("cards"), QStringLiteral("--grid"), grid,
                               QStringLiteral("--layout"), QStringLiteral("a5"), QStringLiteral("--pdf"), pdf});
    INFO(one.errText().toStdString());
    CHECK(one.exitCode == 0);
    CHECK(one.err.isEmpty()); // this grid's card is complete
    CHECK(QFile::exists(pdf));
}

TEST_CASE("cards refuses to print boxes on a machine with no Chinese font", "[cli][cards]")
{
    DemoFile demo(0);
    // A fontconfig that knows no fonts stands for a machine without fonts-wqy-microhei.
    const QString conf = demo.dir.filePath(QStringLiteral("no-fonts.conf"));
    writeFile(conf, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
    const QString pdf = demo.dir.filePath(QStringLiteral("boxes.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cards"), QStringLiteral("--grid"),
                               QStringLiteral("370202001001003"), QStringLiteral("--pdf"), pdf},
                              env);
    CHECK(run.exitCode == 2);
    CHECK(run.errText().contains(QStringLiteral("fonts-wqy-microhei")));
    CHECK_FALSE(QFile::exists(pdf));
}
