// The figures' workbook (stats/StatsWorkbook.h), read back with unzip: a sheet per table, the
// figures' names and the scope in the text, each figure's numerator and value as numbers, the
// same as the overview the dashboard shows.
#include "ToolOutput.h"
#include "stats/StatsWorkbook.h"
#include "test_stats_oracle.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

namespace {

// The numbers of a sheet's row (1-based, as Excel counts), in column order.
QList<double> numbersOfRow(const QString &sheetXml, int row)
{
    const QRegularExpression rowRe(QStringLiteral("<row r=\"%1\"[^>]*>(.*?)</row>").arg(row));
    const QString cells = rowRe.match(sheetXml).captured(1);
    QList<double> out;
    const QRegularExpression number(QStringLiteral("<c r=\"[A-Z]+\\d+\"(?: s=\"\\d+\")?><v>([^<]+)</v></c>"));
    for (auto it = number.globalMatch(cells); it.hasNext();)
        out << it.next().captured(1).toDouble();
    return out;
}

} // namespace

TEST_CASE("the figures' workbook holds a sheet per table with the overview's numbers", "[stats]")
{
    StatsDistrict d(600);
    stats::StatsRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 6, 30);
    auto o = stats::overview(*d.t, r);
    REQUIRE(o.ok());
    REQUIRE(o->now[QStringLiteral("n")] > 100);
    CHECK(o->months.size() == 12);
    CHECK(o->placesBy == stats::Breakdown::Street);
    CHECK(o->minimumSample == 5); // the office's setting (OfficeSettings), 5 unless changed
    CHECK_FALSE(o->places.isEmpty());
    CHECK_FALSE(o->channels.isEmpty());
    for (int i = 1; i < o->growing.size(); ++i)
        CHECK(o->growing.at(i - 1).growth() >= o->growing.at(i).growth());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.xlsx"));
    const stats::Ranking ranking{QStringLiteral("街道排名"), o->places};
    REQUIRE(stats::writeWorkbook(path, *o, QStringLiteral("市南区"), ranking).ok());

    const QString book = xlsxMember(path, QStringLiteral("xl/workbook.xml"));
    CHECK(book.count(QStringLiteral("<sheet ")) == 6); // figures, months, places, categories, channels, ranking
    CHECK(book.contains(QStringLiteral("街道排名")));
    const QString strings = xlsxMember(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("市南区")));
    for (const stats::Figure &f : o->figures) {
        INFO(f.code.toStdString());
        CHECK(strings.contains(f.name().toHtmlEscaped()));
    }
    // Row 3 of the first sheet is the first figure (received): its numerator, as a number.
    const QString figures = xlsxMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(numbersOfRow(figures, 3).isEmpty());
    CHECK(numbersOfRow(figures, 3).first() == double(o->now[QStringLiteral("n")]));
    // The months sheet: each month's cases received in the first figure's column.
    const QString months = xlsxMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    for (int i = 0; i < o->months.size(); ++i) {
        const QList<double> row = numbersOfRow(months, i + 3);
        if (o->months.at(i).counts[QStringLiteral("n")] > 0) {
            REQUIRE_FALSE(row.isEmpty());
            CHECK(row.first() == double(o->months.at(i).counts[QStringLiteral("n")]));
        }
    }
    // A workbook that cannot be written says why.
    CHECK_FALSE(
        stats::writeWorkbook(dir.filePath(QStringLiteral("no/such/dir/x.xlsx")), *o, QStringLiteral("市南区")).ok());
}
