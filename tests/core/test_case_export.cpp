// Exporting the case list: the CSV (BOM, translated header, RFC 4180 quoting, one row per case of
// the filter in the list's order), the XLSX (a real zip with every case number in its sheet), the
// paging underneath, and a cancelled or failed export that leaves no file behind.
#include "access/PersonalData.h"
#include "cases/CategoryService.h"
#include "cases/io/CaseExport.h"
#include "cases/io/CaseExportRows.h"
#include "test_case_list_fixture.h"
#include "util/CsvReader.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace gd;
using namespace gdtest;
using namespace gdtest::caselist;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// The fifty cases of the list fixture and one whose texts need quoting (and could pass for a formula).
struct Exported : CaseList {
    QString tricky;
    Exported()
    {
        Case c = draft(99);
        c.description = u("=1+1, \"quoted\"\nnext line");
        c.request = u("修,好");
        c.hotlineOrder = u("20260302-0001");
        c.channel = u("hotline_12345");
        tricky = must(CaseService(*db).registerCase(c));
        ids << tricky;
    }
    // Numbers straight from the table: a deleted case has one too, and no export may show it.
    QStringList numbers(const QStringList &caseIds)
    {
        QStringList out;
        QSqlQuery q(db->sql());
        for (const QString &id : caseIds) {
            q.prepare(u("SELECT number FROM cases WHERE id = ?"));
            q.addBindValue(id);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            out << q.value(0).toString();
        }
        return out;
    }
    QByteArray read(const QString &path)
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

// The sheet's XML, read with unzip after `unzip -t` tested every member's CRC (griddesk.sh
// installs unzip; without it the test fails rather than checking less).
QString sheetXml(const QString &xlsx)
{
    INFO("unzip is missing: apt-get install unzip (griddesk.sh installs it)");
    REQUIRE_FALSE(QStandardPaths::findExecutable(u("unzip")).isEmpty());
    QProcess test;
    test.start(u("unzip"), {u("-tq"), xlsx});
    REQUIRE(test.waitForFinished(60000));
    INFO(test.readAllStandardOutput().toStdString());
    REQUIRE(test.exitCode() == 0);
    QProcess p;
    p.start(u("unzip"), {u("-p"), xlsx, u("xl/worksheets/sheet1.xml")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the CSV export has a BOM, the header, and one quoted row per case of the filter", "[export]")
{
    Exported w;
    QTemporaryDir out;
    CaseFilter f;
    f.gridId = w.grids.at(0);
    const QStringList expected = w.numbers(w.expected(f));
    REQUIRE(expected.size() > 3);
    const QString path = out.filePath(u("grid1.csv"));
    QList<int> progress;
    auto r = CaseExport(*w.db).write(f, path, ExportFormat::Csv, [&](int done, int total) {
        CHECK(total == expected.size());
        progress << done;
    });
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->rows == expected.size());
    CHECK_FALSE(r->cancelled);
    CHECK(progress.first() == 0);
    CHECK(progress.last() == expected.size());

    const QByteArray bytes = w.read(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    auto records = CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.ok());
    REQUIRE(records->size() == expected.size() + 1);
    CHECK(records->first().fields == CaseExport::headers());
    CHECK(CaseExport::headers().size() == 15);
    QStringList numbers;
    for (int i = 1; i < records->size(); ++i) {
        REQUIRE(records->at(i).fields.size() == 15);
        numbers << records->at(i).fields.first();
    }
    CHECK(numbers == expected); // the list's order: newest first

    // One row read back field by field.
    const Case c = CaseService(*w.db).caseByNumber(expected.first()).value();
    const QStringList row = records->at(1).fields;
    CHECK(row.at(2) == cases::stateName(c.state));
    CHECK(row.at(3) == cases::timeText(c.receivedMs));
    CHECK(row.at(4) == CategoryService(*w.db).pathName(c.categoryId));
    CHECK(row.at(5) == cases::channelName(c.channel));
    CHECK(row.at(6) == u("370202002001001"));
    CHECK(row.at(7) == c.address);
    CHECK(row.at(8) == c.reporterName);
    CHECK(row.at(9) == privacy::maskPhone(c.reporterPhone)); // masked unless an administrator asks
    CHECK(row.at(9).contains(u("****")));
    CHECK(row.at(10) == c.description); // whole, not the list's first 80 characters
    CHECK(row.at(12) == cases::timeText(c.dueMs));
    CHECK(row.at(13) == c.leadName);
}

TEST_CASE("the CSV export quotes commas, quotes and line breaks and defuses formulas", "[export]")
{
    Exported w;
    QTemporaryDir out;
    const QString path = out.filePath(u("all.csv"));
    auto r = CaseExport(*w.db).write({}, path, ExportFormat::Csv);
    REQUIRE(r.ok());
    CHECK(r->rows == 50); // 49 of the fixture (one deleted) and the tricky one
    const QByteArray bytes = w.read(path);
    CHECK(bytes.contains(u("\"'=1+1, \"\"quoted\"\"\nnext line\",\"修,好\"").toUtf8()));
    auto records = CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.ok());
    const QString number = w.numbers({w.tricky}).first();
    bool found = false;
    for (const CsvRecord &rec : records.value())
        if (rec.fields.first() == number) {
            found = true;
            CHECK(rec.fields.at(1) == u("20260302-0001"));
            CHECK(rec.fields.at(10) == u("'=1+1, \"quoted\"\nnext line"));
            CHECK(rec.fields.at(11) == u("修,好"));
        }
    CHECK(found);
}

TEST_CASE("the XLSX export is a workbook holding every case number of the filter", "[export]")
{
    Exported w;
    QTemporaryDir out;
    CaseFilter f;
    f.streetId = w.street1;
    const QStringList expected = w.numbers(w.expected(f));
    const QString path = out.filePath(u("street.xlsx"));
    ExportFormat format;
    REQUIRE(CaseExport::formatFromPath(path, &format));
    CHECK(format == ExportFormat::Xlsx);
    auto r = CaseExport(*w.db).write(f, path, format);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->rows == expected.size());
    const QByteArray bytes = w.read(path);
    REQUIRE(bytes.startsWith("PK"));
    CHECK(QDir(out.path()).entryList(QDir::Files) == QStringList{u("street.xlsx")}); // nothing left aside

    const QString xml = sheetXml(path);
    REQUIRE_FALSE(xml.isEmpty());
    for (const QString &n : expected)
        CHECK(xml.contains(n));
    CHECK(xml.count(u("<row ")) == expected.size() + 1);
    CHECK(xml.contains(CaseExport::headers().at(1)));
    for (const QString &n : w.numbers(w.ids)) // the other street's cases and the deleted one stay out
        if (!expected.contains(n))
            CHECK_FALSE(xml.contains(n));
}

TEST_CASE("export rows come a page at a time and join into the whole list", "[export]")
{
    Exported w;
    for (CaseSort sort : {CaseSort::ReceivedDesc, CaseSort::DueAsc}) {
        CaseFilter f;
        f.sort = sort;
        CaseExportRows rows(*w.db, f, 7);
        QStringList got;
        int pages = 0;
        while (!rows.atEnd()) {
            auto page = rows.next();
            REQUIRE(page.ok());
            CHECK(page->size() <= 7);
            for (const CaseExportRow &r : page.value())
                got << r.number;
            REQUIRE(++pages < 100);
        }
        CHECK(pages >= 8);
        CHECK(got == w.numbers(w.expected(f)));
    }
}

TEST_CASE("a cancelled or failed export leaves no file and keeps the old one", "[export]")
{
    Exported w;
    QTemporaryDir out;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path = out.filePath(format == ExportFormat::Csv ? u("old.csv") : u("old.xlsx"));
        {
            QFile old(path);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("the file from last week");
        }
        int rows = 0;
        auto r = CaseExport(*w.db).write({}, path, format, {}, [&]() { return ++rows > 10; });
        REQUIRE(r.ok());
        CHECK(r->cancelled);
        CHECK(r->rows == 10);
        CHECK(w.read(path) == "the file from last week");
    }
    CHECK(QDir(out.path()).entryList(QDir::Files).size() == 2);

    auto bad = CaseExport(*w.db).write({}, out.filePath(u("no/such/folder/x.csv")), ExportFormat::Csv);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Internal);
    CHECK(bad.message().contains(u("x.csv")));

    CaseFilter wrong;
    wrong.states = {u("lost")};
    auto invalid = CaseExport(*w.db).write(wrong, out.filePath(u("x.csv")), ExportFormat::Csv);
    REQUIRE_FALSE(invalid.ok());
    CHECK_FALSE(QFile::exists(out.filePath(u("x.csv"))));

    ExportFormat format;
    CHECK(CaseExport::formatFromPath(u("a/B.CSV"), &format));
    CHECK(format == ExportFormat::Csv);
    CHECK_FALSE(CaseExport::formatFromPath(u("report.xls"), &format));
}
