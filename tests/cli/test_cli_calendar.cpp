// `calendar show|import|due` through the real griddesk-cli (issue 16 §1): a year after the last
// official one is provisional, a deadline counted into it says so, and importing its official
// notice moves the running cases' deadlines and reports each move. The test builds its own
// calendar around today, so it holds whatever day it runs on.
#include "CalendarCsv.h"
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace clitest;

namespace {

struct CalendarDesk : DemoFile {
    QProcessEnvironment admin = withPassword("admin123");
    QProcessEnvironment staff = withPassword("wangfang123");
    CalendarDesk()
        : DemoFile(0)
    {}
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env = baseEnvironment()) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments, env);
    }
    QJsonObject json(const QStringList &arguments, const QProcessEnvironment &env = baseEnvironment()) const
    {
        const CliRun r = cli(arguments + QStringList{QStringLiteral("--json")}, env);
        INFO("stderr: " << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return parseJson(r.out).object();
    }
    QJsonObject import(const QByteArray &csv) const
    {
        const QString path = dir.filePath(QStringLiteral("calendar-%1.csv").arg(++m_files));
        writeFile(path, csv);
        return json({QStringLiteral("calendar"), QStringLiteral("import"), path, QStringLiteral("--user"),
                     QStringLiteral("admin")},
                    admin);
    }
    QJsonObject show(int year) const
    {
        return json(
            {QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--year"), QString::number(year)});
    }

private:
    mutable int m_files = 0;
};

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

TEST_CASE("calendar show, due and import: provisional deadlines counted again when the notice comes")
{
    CalendarDesk d;
    const QDate today = beijingToday();
    const int year = today.year();
    // Every year up to this one official (the shipped calendar ends with 2026), the rest of this
    // year off: a request received today is due in the next year, which is provisional.
    for (int y = 2027; y <= year; ++y)
        d.import("date,kind,name\n" + QByteArray::number(y) + "-01-01,holiday,元旦\n");
    if (today < QDate(year, 12, 31))
        d.import(gdtest::holidayCsv(today.addDays(1), QDate(year, 12, 31)));
    const QJsonObject next = d.show(year + 1);
    CHECK(next.value(QStringLiteral("status")).toString() == QStringLiteral("provisional"));
    // 13 statutory days; 12 in a year whose Mid-Autumn falls on 1–3 October (2028).
    const qsizetype daysOff = next.value(QStringLiteral("holidays")).toArray().size();
    CHECK((daysOff == 13 || daysOff == 12));
    CHECK(next.value(QStringLiteral("workdays")).toArray().isEmpty());
    CHECK(next.value(QStringLiteral("working_days")).toInt() > 240);
    CHECK(d.show(year).value(QStringLiteral("status")).toString() == QStringLiteral("official"));
    const QJsonObject none = d.show(year + 3);
    CHECK(none.value(QStringLiteral("status")).toString() == QStringLiteral("none"));
    CHECK(none.value(QStringLiteral("working_days")).isNull());

    const QString now =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QJsonObject due = d.json({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), now,
                                    QStringLiteral("--category"), QStringLiteral("0705")});
    CHECK(due.value(QStringLiteral("provisional")).toBool());
    CHECK(due.value(QStringLiteral("due")).toString().startsWith(QString::number(year + 1)));

    const QString number =
        d.cli({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
               QStringLiteral("--category"), QStringLiteral("0705"), QStringLiteral("--name"), QStringLiteral("张"),
               QStringLiteral("--description"), QStringLiteral("宽带断网三天")},
              d.staff)
            .outText()
            .trimmed();
    REQUIRE_FALSE(number.isEmpty());
    const QJsonObject before = d.json({QStringLiteral("cases"), QStringLiteral("show"), number});
    const QString dueBefore = before.value(QStringLiteral("due_at")).toString();
    CHECK(dueBefore.startsWith(QString::number(year + 1)));

    // The notice: the first half of January off as well, so the deadline moves later.
    const QJsonObject imported = d.import(gdtest::holidayCsv(QDate(year + 1, 1, 1), QDate(year + 1, 1, 15)));
    CHECK(imported.value(QStringLiteral("added")).toInt() == 15);
    CHECK(imported.value(QStringLiteral("official_years")).toArray() == QJsonArray{year + 1});
    CHECK(imported.value(QStringLiteral("cases_moved")).toInt() == 1);
    const QJsonArray moves = imported.value(QStringLiteral("moves")).toArray();
    REQUIRE(moves.size() == 1);
    const QJsonObject move = moves.first().toObject();
    CHECK(move.value(QStringLiteral("number")).toString() == number);
    CHECK(move.value(QStringLiteral("field")).toString() == QStringLiteral("due"));
    CHECK(move.value(QStringLiteral("from")).toString() == dueBefore);
    const QJsonObject after = d.json({QStringLiteral("cases"), QStringLiteral("show"), number});
    CHECK(after.value(QStringLiteral("due_at")).toString() == move.value(QStringLiteral("to")).toString());
    CHECK(after.value(QStringLiteral("due_at")).toString() > QStringLiteral("%1-01-15").arg(year + 1));
    CHECK(d.show(year + 1).value(QStringLiteral("status")).toString() == QStringLiteral("official"));

    // The terminal report names the case and the move.
    const QString path = d.dir.filePath(QStringLiteral("again.csv"));
    writeFile(path, gdtest::holidayCsv(QDate(year + 1, 1, 1), QDate(year + 1, 1, 15)));
    const CliRun again = d.cli(
        {QStringLiteral("calendar"), QStringLiteral("import"), path, QStringLiteral("--user"), QStringLiteral("admin")},
        d.admin);
    CHECK(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("15 unchanged")));
    CHECK(again.outText().contains(QStringLiteral("No year became official")));
}

TEST_CASE("calendar commands refuse bad input, naming the option or the file's line")
{
    CalendarDesk d;
    const CliRun noYear =
        d.cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("27")});
    CHECK(noYear.exitCode == 1);
    CHECK(noYear.errText().contains(QStringLiteral("--year")));
    const CliRun badFrom = d.cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                                  QStringLiteral("tomorrow"), QStringLiteral("--category"), QStringLiteral("0705")});
    CHECK(badFrom.exitCode == 1);
    CHECK(badFrom.errText().contains(QStringLiteral("--from")));
    const CliRun badCategory =
        d.cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
               QStringLiteral("2026-03-02 10:00"), QStringLiteral("--category"), QStringLiteral("9999")});
    CHECK(badCategory.exitCode == 1);
    CHECK(badCategory.errText().contains(QStringLiteral("--category")));
    const CliRun badUrgency = d.cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                                     QStringLiteral("2026-03-02 10:00"), QStringLiteral("--category"),
                                     QStringLiteral("0705"), QStringLiteral("--urgency"), QStringLiteral("soon")});
    CHECK(badUrgency.exitCode == 1);
    CHECK(badUrgency.errText().contains(QStringLiteral("--urgency")));
    const CliRun badType = d.cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                                  QStringLiteral("2026-03-02 10:00"), QStringLiteral("--category"),
                                  QStringLiteral("0705"), QStringLiteral("--type"), QStringLiteral("gossip")});
    CHECK(badType.exitCode == 1);
    CHECK(badType.errText().contains(QStringLiteral("--type")));
    // A complaint on the office's own rules for its type: still counted, and said.
    const QJsonObject complaint =
        d.json({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                QStringLiteral("2026-03-02 10:00"), QStringLiteral("--category"), QStringLiteral("0705"),
                QStringLiteral("--type"), QStringLiteral("complaint")});
    CHECK(complaint.value(QStringLiteral("type")).toString() == QStringLiteral("complaint"));
    CHECK(complaint.value(QStringLiteral("due")).toString().startsWith(QStringLiteral("2026-03-09")));
    CHECK_FALSE(complaint.value(QStringLiteral("provisional")).toBool());

    // A bad line: nothing imported, the line named; staff may not import.
    const QString bad = d.dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n");
    const CliRun refused = d.cli(
        {QStringLiteral("calendar"), QStringLiteral("import"), bad, QStringLiteral("--user"), QStringLiteral("admin")},
        d.admin);
    CHECK(refused.exitCode != 0);
    CHECK(refused.errText().contains(QStringLiteral("bad.csv")));
    CHECK(refused.errText().contains(QStringLiteral("3")));
    CHECK(d.show(2027).value(QStringLiteral("status")).toString() != QStringLiteral("official"));
    const QString good = d.dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, "date,kind,name\n2027-01-01,holiday,元旦\n");
    const CliRun staff = d.cli({QStringLiteral("calendar"), QStringLiteral("import"), good, QStringLiteral("--user"),
                                QStringLiteral("wangfang")},
                               d.staff);
    CHECK(staff.exitCode != 0);
    CHECK_FALSE(staff.errText().isEmpty());
}
