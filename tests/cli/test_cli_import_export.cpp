// `cases import` and `cases export` through the real griddesk-cli: a GB18030 file from the 12345
// hotline goes in with a report of its bad lines, a second import adds nothing, the list goes out
// as CSV and XLSX, and every mistake gets its exit code (1 the command line, 2 the file).
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace clitest;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString beijingAgo(int hours)
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(8 * 3600))
        .addSecs(-hours * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Six orders as the hotline's export on a Chinese Windows holds them: line 5 has a phone that is
// not one, line 7 a category the office does not have (imported under 其他, flagged); line 3 holds
// a quoted line break.
QString hotlineCsv()
{
    return u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n") +
           u("GD-CLI-001,%1,李先生,13953200002,香港中路10号,楼道灯不亮,修灯,路灯与楼道灯,一般,求助\r\n")
               .arg(beijingAgo(30)) +
           u("GD-CLI-002,%1,王女士,0532-82871234,\"云霄路5号,2单元\",\"暖气不热,\n家里只有15度\",检修,供暖,紧急,"
             "投诉\r\n")
               .arg(beijingAgo(29)) +
           u("GD-CLI-003,%1,赵先生,1395,闽江路1号,井盖丢失,,井盖,,\r\n").arg(beijingAgo(28)) +
           u("GD-CLI-004,%1,,,江西路3号,垃圾没人清,,垃圾清运,,\r\n").arg(beijingAgo(27)) +
           u("GD-CLI-005,%1,钱女士,13953200005,东海西路7号,有人在小区发传单,,外星事务,,\r\n").arg(beijingAgo(26)) +
           u("GD-CLI-006,%1,孙先生,13953200006,新贵都1号,电梯坏了,,电梯,,\r\n").arg(beijingAgo(25));
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder(text);
}

struct Office {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.griddesk"));
    QString csv = dir.filePath(QStringLiteral("12345-orders.csv"));
    QProcessEnvironment staff = baseEnvironment();

    Office()
    {
        const CliRun demo = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("0")});
        INFO(demo.errText().toStdString());
        REQUIRE(demo.exitCode == 0);
        staff.insert(QStringLiteral("GRIDDESK_PASSWORD"), QStringLiteral("wangfang123"));
        writeFile(csv, gb18030(hotlineCsv()));
    }
    CliRun cli(QStringList arguments, const QProcessEnvironment &env = baseEnvironment()) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments, env);
    }
    CliRun import(QStringList more = {}) const
    {
        return cli(QStringList{QStringLiteral("cases"), QStringLiteral("import"), csv, QStringLiteral("--user"),
                               QStringLiteral("wangfang")} +
                       more,
                   staff);
    }
};

} // namespace

TEST_CASE("a GB18030 hotline file is imported with a report of its bad lines, and only once")
{
    Office o;
    const CliRun first = o.import();
    INFO("stdout: " << first.outText().toStdString() << "\nstderr: " << first.errText().toStdString());
    CHECK(first.exitCode == 2); // lines were refused: a script must see it (the good ones are in)
    CHECK(first.outText().contains(u("GB18030")));
    CHECK(first.outText().contains(u("imported 5, already imported 0, refused 1")));
    CHECK(first.outText().contains(u("1 line(s) imported under Other (13)")));
    CHECK(first.outText().contains(u("联系电话")));
    CHECK(first.outText().contains(u("外星事务")));
    QStringList lines;
    for (const QString &l : first.outText().split(QLatin1Char('\n')))
        lines << l.simplified();
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u("5 联系电话")); }));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u("7 问题分类")); }));
    REQUIRE(first.errLines().size() == 1);
    CHECK(first.errText().contains(u("1 line(s)")));

    const CliRun again = o.import({QStringLiteral("--json")});
    CHECK(again.exitCode == 2); // the same line refused again
    const QJsonObject report = parseJson(again.out).object();
    CHECK(report.value(u("encoding")).toString() == u("gb18030"));
    CHECK(report.value(u("rows")).toInt() == 6);
    CHECK(report.value(u("imported")).toInt() == 0);
    CHECK(report.value(u("already_imported")).toInt() == 5);
    CHECK(report.value(u("refused")).toInt() == 1);
    const QJsonArray notes = report.value(u("notes")).toArray();
    REQUIRE(notes.size() == 6);
    bool phone = false;
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        if (n.value(u("line")).toInt() == 5) {
            phone = true;
            CHECK(n.value(u("kind")).toString() == u("refused"));
            CHECK(n.value(u("column")).toString() == u("联系电话"));
            CHECK(n.value(u("field")).toString() == u("reporter_phone"));
        }
    }
    CHECK(phone);

    // What came in is listed like any case, through the hotline channel.
    const CliRun list = o.cli({u("cases"), u("list"), u("--channel"), u("hotline_12345"), u("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(parseJson(list.out).array().size() == 5);
}

TEST_CASE("the hotline's categories are mapped once and remembered, and the report says which went under Other")
{
    Office o;
    const CliRun first = o.import({u("--json")});
    INFO("stdout: " << first.outText().toStdString() << "\nstderr: " << first.errText().toStdString());
    CHECK(first.exitCode == 2);
    QJsonObject report = parseJson(first.out).object();
    CHECK(report.value(u("unmapped")).toInt() == 1);
    CHECK(report.value(u("categories")).toObject().value(u("unmapped")).toObject().value(u("外星事务")).toInt() == 1);
    bool flagged = false;
    for (const QJsonValue &v : report.value(u("notes")).toArray())
        if (v.toObject().value(u("line")).toInt() == 7) {
            flagged = true;
            CHECK(v.toObject().value(u("kind")).toString() == u("unmapped_category"));
            CHECK(v.toObject().value(u("column")).toString() == u("问题分类"));
        }
    CHECK(flagged);
    // The case is under 其他 and its timeline says why.
    const CliRun shown = o.cli({u("cases"), u("list"), u("--category"), u("13"), u("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(parseJson(shown.out).array().size() == 1);

    // A bad answer names what is wrong and imports nothing.
    const CliRun wrong = o.import({u("--categories"), u("外星事务=9999")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errText().contains(u("9999")));

    // The answer is remembered: a second file with the same category needs no option.
    writeFile(
        o.csv,
        gb18030(u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n") +
                u("GD-CLI-101,%1,钱女士,13953200105,东海西路8号,小区有人发传单,,外星事务,,\r\n").arg(beijingAgo(3))));
    const CliRun mapped = o.import({u("--categories"), u("外星事务=0303"), u("--json")});
    INFO("mapped: " << mapped.outText().toStdString() << mapped.errText().toStdString());
    REQUIRE(mapped.exitCode == 0);
    report = parseJson(mapped.out).object();
    CHECK(report.value(u("unmapped")).toInt() == 0);
    CHECK(report.value(u("categories")).toObject().value(u("mapped")).toObject().value(u("外星事务")).toString() ==
          u("0303"));
    writeFile(
        o.csv,
        gb18030(u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n") +
                u("GD-CLI-102,%1,李女士,13953200106,东海西路9号,又有人发传单,,外星事务,,\r\n").arg(beijingAgo(2))));
    const CliRun remembered = o.import({u("--json")});
    REQUIRE(remembered.exitCode == 0);
    CHECK(parseJson(remembered.out).object().value(u("unmapped")).toInt() == 0);
    const CliRun listed = o.cli({u("cases"), u("list"), u("--category"), u("0303"), u("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(parseJson(listed.out).array().size() == 2);
}

TEST_CASE("the case list is exported as CSV and XLSX with the list's filters")
{
    Office o;
    REQUIRE(o.import().exitCode == 2); // imported, one line refused
    const QString csv = o.dir.filePath(u("hotline.csv"));
    const CliRun text = o.cli({u("cases"), u("export"), u("--csv"), csv, u("--channel"), u("hotline_12345")});
    INFO(text.errText().toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(u("5 case(s) written")));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    for (const char *order : {"GD-CLI-001", "GD-CLI-002", "GD-CLI-004", "GD-CLI-005", "GD-CLI-006"})
        CHECK(bytes.contains(order));
    CHECK(bytes.contains(u("\"暖气不热,\n家里只有15度\"").toUtf8()));

    const QString xlsx = o.dir.filePath(u("hotline.xlsx"));
    const CliRun json = o.cli({u("cases"), u("export"), u("--xlsx"), xlsx, u("--state"), u("registered"), u("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject out = parseJson(json.out).object();
    CHECK(out.value(u("rows")).toInt() == 5);
    CHECK(out.value(u("format")).toString() == u("xlsx"));
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == "PK");

    const CliRun none = o.cli({u("cases"), u("export"), u("--csv"), csv, u("--state"), u("archived")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.outText().contains(u("0 case(s) written")));
}

TEST_CASE("import and export refuse command-line mistakes with exit 1 and bad files with exit 2")
{
    Office o;
    const QString out = o.dir.filePath(u("out.csv"));
    for (const QStringList &args :
         {QStringList{u("cases"), u("export")},
          QStringList{u("cases"), u("export"), u("--csv"), out, u("--xlsx"), out + u(".xlsx")},
          QStringList{u("cases"), u("export"), u("--csv"), out, u("--state"), u("lost")},
          QStringList{u("cases"), u("export"), u("--csv"), out, u("--grid"), u("999")},
          QStringList{u("cases"), u("import"), o.csv}, // no --user
          QStringList{u("cases"), u("import")}}) {
        INFO(args.join(u(" ")).toStdString());
        requireUserError(o.cli(args, o.staff));
    }
    requireUserError(o.import({u("--encoding"), u("latin1")}));
    requireUserError(o.import({u("--mapping"), u("colour=红")}));
    requireUserError(o.import({u("--mapping"), o.dir.filePath(u("no-such-mapping.json"))}));
    requireUserError(o.import({u("--xlsx"), out}));
    CHECK_FALSE(QFile::exists(out));

    auto dataError = [&](const CliRun &run, const char *says) {
        INFO("stderr: " << run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK(run.errText().contains(u(says)));
        CHECK(run.out.isEmpty());
    };
    dataError(o.cli({u("cases"), u("import"), o.dir.filePath(u("missing.csv")), u("--user"), u("wangfang")}, o.staff),
              "missing.csv");
    writeFile(o.csv, QByteArray("\xB0\xA1,\x80\x80\x80\n"));
    dataError(o.import(), "Cannot tell the encoding");
    writeFile(o.csv, gb18030(hotlineCsv()));
    dataError(o.import({u("--encoding"), u("utf-8")}), "line 1");
    writeFile(o.csv, u("工单编号,来电时间\nX-1,2026-01-01 08:00\n").toUtf8());
    dataError(o.import(), "诉求内容");
    // None of it wrote a case.
    const CliRun list = o.cli({u("cases"), u("list"), u("--json")});
    CHECK(parseJson(list.out).array().isEmpty());
}

TEST_CASE("an explicit mapping is used and remembered for the next import")
{
    Office o;
    writeFile(o.csv, u("单号,内容,时间\nMAP-1,路灯不亮,%1\n").arg(beijingAgo(2)).toUtf8());
    const QString mapping = o.dir.filePath(u("mapping.json"));
    writeFile(mapping, u("{\"hotline_order\": \"单号\", \"description\": \"内容\", \"received\": \"时间\"}").toUtf8());
    const CliRun first = o.import({u("--mapping"), mapping, u("--json")});
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(parseJson(first.out).object().value(u("imported")).toInt() == 1);

    writeFile(o.csv, u("单号,内容,时间\nMAP-2,井盖丢了,%1\n").arg(beijingAgo(1)).toUtf8());
    const CliRun second = o.import({u("--json")});
    INFO(second.errText().toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(parseJson(second.out).object().value(u("imported")).toInt() == 1);

    const CliRun spec = o.import({u("--mapping"), u("hotline_order=单号;description=时间"), u("--json")});
    REQUIRE(spec.exitCode == 0); // the time column as the description: the same order, so nothing new
    CHECK(parseJson(spec.out).object().value(u("already_imported")).toInt() == 1);
}
