// 12345 hotline work orders from CSV: encodings, RFC 4180 quoting with the right line numbers,
// the column mapping (default, explicit, remembered), per-line refusals naming the column, no
// second case for an order already imported, cancel, permission, and a preview that writes nothing.
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "cases/io/HotlineImport.h"
#include "org/BuildingService.h"
#include "test_case_world.h"
#include "util/CsvReader.h"

#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTimeZone>

using namespace gd;
using namespace gdtest;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

const char kHeader[] = "工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\n";

// Three good orders: one placed by its building's address, one with a category path, one anonymous.
const char kGood[] = "12345-0301-001,2026-03-01 09:15,李先生,13953200002,三明南路2号3单元201,楼道灯不亮两周了,"
                     "尽快修好楼道灯,路灯与楼道灯,紧急,求助\n"
                     "12345-0301-002,2026/3/1 10:20:00,王女士,0532-82871234,湛山路8号,暖气不热,派人检修,"
                     "公用事业/供暖,一般,投诉\n"
                     "12345-0301-003,2026-03-01T11:05:00,,,,小区门口垃圾没人清运,,0401,,\n";

// The case world (test_case_world.h): one grid with its worker and a building at 三明南路2号.
struct Desk : CaseWorld {
    HotlineFile file(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto)
    {
        auto f = HotlineImport::parse(bytes, u("12345.csv"), encoding);
        INFO(f.message().toStdString());
        REQUIRE(f.ok());
        return f.value();
    }
    HotlineImportReport import(const QByteArray &bytes, HotlineImport::Cancel cancel = {})
    {
        HotlineImport importer(*t);
        const HotlineFile f = file(bytes);
        auto r = importer.run(f, importer.mappingFor(f), {}, {}, cancel);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    int cases() { return count(*t, u("SELECT count(*) FROM cases")); }
    Case byOrder(const QString &order)
    {
        QSqlQuery q(t->sql());
        q.prepare(u("SELECT id FROM cases WHERE hotline_order = ?"));
        q.addBindValue(order);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return CaseService(*t).caseById(q.value(0).toString()).value();
    }
};

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

// The note of `line`, or a failed check.
HotlineNote noteOf(const QList<HotlineNote> &notes, int line)
{
    for (const HotlineNote &n : notes)
        if (n.line == line)
            return n;
    FAIL("no note for line " << line);
    return {};
}

} // namespace

TEST_CASE("CSV records keep quotes, commas, line breaks and the line they start on", "[hotline]")
{
    auto r = CsvReader::parse(u("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\n\nlast,\"\",z"));
    REQUIRE(r.ok());
    const QList<CsvRecord> &rows = r.value();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).line == 1);
    CHECK(rows.at(0).fields == QStringList{u("a"), u("b,1"), u("say \"hi\"")});
    CHECK(rows.at(1).line == 2);
    CHECK(rows.at(1).fields == QStringList{u("two\nlines"), u("x"), QString()});
    CHECK(rows.at(2).line == 4);
    CHECK(rows.at(2).isBlank());
    CHECK(rows.at(3).line == 5);
    CHECK(rows.at(3).fields == QStringList{u("last"), QString(), u("z")});

    auto open = CsvReader::parse(u("a,b\n1,\"never closed\n2,3\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.message().contains(u("Line 2")));

    CHECK(CsvReader::join({u("plain"), u("a,b"), u("say \"hi\""), u("two\nlines")}) ==
          u("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\""));
}

TEST_CASE("hotline times are read in the formats exports use, in Beijing time", "[hotline]")
{
    const qint64 expected = beijing(2026, 3, 2, 14, 5);
    for (const char *text : {"2026-03-02 14:05", "2026/3/2 14:05:00", "2026-03-02T14:05:00", "2026年3月2日 14:05",
                             "2026.03.02 14:05", "2026-03-02T06:05:00Z", "2026-03-02T14:05:00+08:00"}) {
        INFO(text);
        CHECK(HotlineRowReader::parseTime(u(text)) == expected);
    }
    CHECK(HotlineRowReader::parseTime(u("2026-03-02")) == beijing(2026, 3, 2, 0, 0));
    for (const char *bad : {"昨天下午", "2026-13-02 10:00", "2026-02-30", "02/03/2026 14:05", "2026-03-02 25:00", ""})
        CHECK(HotlineRowReader::parseTime(u(bad)) == 0);
}

TEST_CASE("a UTF-8 hotline file is imported through the default mapping", "[hotline]")
{
    Desk d;
    const HotlineImportReport r = d.import(QByteArray(kHeader) + kGood);
    CHECK(r.totalRows == 3);
    CHECK(r.imported == 3);
    CHECK(r.refused == 0);
    CHECK(r.alreadyThere == 0);
    CHECK(r.notes.isEmpty());
    CHECK(r.caseIds.size() == 3);
    CHECK(d.cases() == 3);

    const Case first = d.byOrder(u("12345-0301-001"));
    CHECK(first.channel == u("hotline_12345"));
    CHECK(first.receivedMs == beijing(2026, 3, 1, 9, 15));
    CHECK(first.reporterName == u("李先生"));
    CHECK(first.buildingId == d.building); // "三明南路2号3单元201" is inside the building's address
    CHECK(first.gridId == d.grid);
    CHECK(first.handlerWorkerId == d.worker);
    CHECK(first.urgency == u("urgent"));
    CHECK(first.requestType == u("help"));
    CHECK(first.request == u("尽快修好楼道灯"));
    CHECK(CategoryService(*d.t).category(first.categoryId)->code == u("0802"));

    const Case second = d.byOrder(u("12345-0301-002"));
    CHECK(second.receivedMs == beijing(2026, 3, 1, 10, 20));
    CHECK(second.gridId.isEmpty()); // no building on file for that address: dispatch decides
    CHECK(second.reporterPhone == u("0532-82871234"));
    CHECK(second.requestType == u("complaint"));
    CHECK(CategoryService(*d.t).category(second.categoryId)->code == u("0704"));

    const Case third = d.byOrder(u("12345-0301-003"));
    CHECK(third.anonymous);
    CHECK(third.urgency == u("normal"));
    CHECK(CategoryService(*d.t).category(third.categoryId)->code == u("0401"));
}

TEST_CASE("a UTF-8 file with a BOM keeps its first header", "[hotline]")
{
    Desk d;
    const HotlineFile f = d.file(QByteArray("\xEF\xBB\xBF") + kHeader + kGood);
    CHECK(f.encoding == TextEncoding::Utf8);
    CHECK(f.headers.first() == u("工单编号"));
    const HotlineImportReport r = d.import(QByteArray("\xEF\xBB\xBF") + kHeader + kGood);
    CHECK(r.imported == 3);
}

TEST_CASE("a GB18030 file, as Excel on a Chinese Windows saves it, is recognised and imported", "[hotline]")
{
    Desk d;
    const QByteArray bytes = gb18030(u(kHeader) + u(kGood));
    REQUIRE(bytes != (QByteArray(kHeader) + kGood)); // really another encoding
    const HotlineFile f = d.file(bytes);
    CHECK(f.encoding == TextEncoding::Gb18030);
    CHECK(f.headers.at(5) == u("诉求内容"));
    CHECK(d.file(bytes, TextEncoding::Gb18030).rows.size() == 3);
    CHECK(d.import(bytes).imported == 3);
    CHECK(d.byOrder(u("12345-0301-001")).description == u("楼道灯不亮两周了"));

    // Forced to UTF-8, the same bytes are refused with the line that does not decode.
    auto forced = HotlineImport::parse(bytes, u("12345.csv"), TextEncoding::Utf8);
    REQUIRE_FALSE(forced.ok());
    CHECK(forced.error().kind == ErrorKind::Data);
    CHECK(forced.message().contains(u("line 1")));
    CHECK(forced.message().contains(u("UTF-8")));
}

TEST_CASE("a file that is neither UTF-8 nor GB18030 is refused with its name", "[hotline]")
{
    Desk d;
    const QByteArray bytes = QByteArray(kHeader) + "12345-1,2026-03-01 09:00,\x80\xFF\x80,,,x\n";
    auto f = HotlineImport::parse(bytes, u("/tmp/orders.csv"));
    REQUIRE_FALSE(f.ok());
    CHECK(f.error().kind == ErrorKind::Data);
    CHECK(f.message().contains(u("Cannot tell the encoding of /tmp/orders.csv")));
    CHECK(f.message().contains(u("line 2")));

    auto missing = HotlineImport::read(u("/nonexistent/orders.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Data);
    CHECK(missing.message().contains(u("/nonexistent/orders.csv")));
}

TEST_CASE("quoted commas and line breaks do not move the line numbers of the report", "[hotline]")
{
    Desk d;
    const QByteArray csv = QByteArray(kHeader) +
                           "12345-A,2026-03-01 09:00,张三,13953200003,\"三明南路2号,东门\",\"狗不拴绳,\n"
                           "吓到老人\n第三行\",\"管好狗\",邻里纠纷,一般,投诉\r\n"
                           "12345-B,2026-03-01 09:30,李四,12345678,湛山路1号,噪音扰民,,施工噪声,,\r\n";
    const HotlineImportReport r = d.import(csv);
    CHECK(r.imported == 1);
    CHECK(r.refused == 1);
    const HotlineNote bad = noteOf(r.notes, 5); // line 1 header, 2–4 the quoted record
    CHECK(bad.column == u("联系电话"));
    CHECK(bad.field == u("reporter_phone"));
    CHECK(bad.reason.contains(u("12345678")));
    CHECK(d.byOrder(u("12345-A")).description == u("狗不拴绳,\n吓到老人\n第三行"));
    CHECK(d.byOrder(u("12345-A")).address == u("三明南路2号,东门"));
}

TEST_CASE("a file without a required column imports nothing and names the column", "[hotline]")
{
    Desk d;
    const QByteArray csv = "工单编号,来电时间,来电人,联系电话\n12345-X,2026-03-01 09:00,李先生,13953200002\n";
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(csv);
    const HotlineMapping m = importer.mappingFor(f);
    auto r = importer.run(f, m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Data);
    CHECK(r.message().contains(u("12345.csv")));
    CHECK(r.message().contains(u("诉求内容")));
    CHECK(r.message().contains(u("What happened")));
    CHECK(d.cases() == 0);
    CHECK_FALSE(importer.preview(f, m).ok());

    // A column the mapping names but the file lacks is missing too, even for an optional field.
    HotlineMapping wrong = importer.mappingFor(d.file(QByteArray(kHeader) + kGood));
    wrong.setColumn(u("urgency"), u("缓急"));
    auto refused = importer.run(d.file(QByteArray(kHeader) + kGood), wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u("缓急")));
    CHECK(d.cases() == 0);
    CHECK(d.t->meta(u(HotlineMapping::kMetaKey)).isEmpty());
}

TEST_CASE("bad lines are refused with their line and column, the good ones imported", "[hotline]")
{
    Desk d;
    const QString longText(CaseService::kMaxDescription + 1, QChar(0x706F));
    const QByteArray csv =
        QByteArray(kHeader) + kGood +
        "12345-BAD-1,2026-03-01 12:00,赵六,139-5320,湛山路1号,井盖丢了,,井盖,,\n" +              // line 5
        "12345-BAD-2,2026-03-09 12:00,钱七,13953200005,湛山路1号,井盖丢了,,井盖,,\n" +           // 6
        "12345-BAD-3,2026-03-01 12:00,孙八,13953200006,湛山路1号," + longText.toUtf8() +         // 7
        ",,井盖,,\n" + "12345-BAD-4,昨天下午,周九,13953200007,湛山路1号,井盖丢了,,井盖,,\n" +    // 8
        "12345-BAD-5,2026-03-01 12:00,吴十,13953200008,湛山路1号,井盖丢了,,外星人,,\n" +         // 9
        "12345-BAD-6,2026-03-01 12:00,郑一,13953200009,湛山路1号,井盖丢了,,井盖,特别特别急,\n" + // 10
        ",2026-03-01 12:00,王二,13953200010,湛山路1号,井盖丢了,,井盖,,\n" +                      // 11
        "12345-0301-004,2026-03-01 13:00,冯三,13953200011,湛山路1号,井盖丢了,,井盖,,\n";         // 12
    const HotlineImportReport r = d.import(csv);
    CHECK(r.totalRows == 11);
    CHECK(r.imported == 5); // line 9's unknown category goes under 其他, flagged
    CHECK(r.refused == 6);
    CHECK(d.cases() == 5);
    struct Expect {
        int line;
        const char *column;
        const char *says;
    };
    for (const Expect &e : {Expect{5, "联系电话", "is not a phone number"}, Expect{6, "来电时间", "in the future"},
                            Expect{7, "诉求内容", "too long"}, Expect{8, "来电时间", "is not a date and time"},
                            Expect{10, "紧急程度", "特别特别急"}, Expect{11, "工单编号", "is required"}}) {
        const HotlineNote n = noteOf(r.notes, e.line);
        INFO("line " << e.line << ": " << n.reason.toStdString());
        CHECK(n.kind == HotlineNote::Refused);
        CHECK(n.column == u(e.column));
        CHECK(n.reason.contains(u(e.says)));
    }
    CHECK(d.byOrder(u("12345-0301-004")).description == u("井盖丢了"));
    const HotlineNote unmapped = noteOf(r.notes, 9);
    CHECK(unmapped.kind == HotlineNote::Unmapped);
    CHECK(unmapped.column == u("问题分类"));
    CHECK(unmapped.reason.contains(u("外星人")));
    CHECK(r.unmapped == 1);
    CHECK(r.unmappedCategories.value(u("外星人")) == 1);
}

TEST_CASE("importing the same file again adds nothing and says the orders are already imported", "[hotline]")
{
    Desk d;
    const QByteArray csv = QByteArray(kHeader) + kGood +
                           "12345-0301-001,2026-03-01 09:15,李先生,13953200002,三明南路2号,重复一行,,0802,,\n" +
                           "12345-BAD-1,2026-03-01 12:00,赵六,139-5320,湛山路1号,井盖丢了,,井盖,,\n";
    const HotlineImportReport first = d.import(csv);
    CHECK(first.imported == 3);
    CHECK(first.alreadyThere == 1); // the same order earlier in the file
    CHECK(noteOf(first.notes, 5).kind == HotlineNote::AlreadyImported);
    CHECK(first.refused == 1);
    const int audit = auditRows(*d.t);

    const HotlineImportReport again = d.import(csv);
    CHECK(again.imported == 0);
    CHECK(again.alreadyThere == 4);
    CHECK(again.refused == 1);
    CHECK(d.cases() == 3);
    CHECK(auditRows(*d.t) == audit);
    const HotlineNote n = noteOf(again.notes, 2);
    CHECK(n.kind == HotlineNote::AlreadyImported);
    CHECK(n.column == u("工单编号"));
    CHECK(n.reason.contains(u("already imported")));
}

TEST_CASE("the mapping used is remembered in the file and comes back after a reopen", "[hotline]")
{
    Desk d;
    const QByteArray csv = "单据,时间,内容,热线分类,备注\n"
                           "H-1,2026-03-01 08:00,路灯坏了,路灯与楼道灯,\n";
    auto spec = HotlineMapping::fromSpec(u("hotline_order=单据;received=时间;description=内容;category=热线分类"));
    REQUIRE(spec.ok());
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(csv);
    CHECK_FALSE(HotlineImport::checkColumns(f, importer.mappingFor(f)).ok()); // nothing recognised by default
    const HotlineMapping used = importer.mappingFor(f).overriddenBy(spec.value());
    auto r = importer.run(f, used);
    REQUIRE(r.ok());
    CHECK(r->imported == 1);

    d.t.reopen();
    const HotlineMapping back = HotlineImport(*d.t).mappingFor(f);
    CHECK(back.column(u("hotline_order")) == u("单据"));
    CHECK(back.column(u("received")) == u("时间"));
    CHECK(back.column(u("description")) == u("内容"));
    CHECK(back.column(u("category")) == u("热线分类"));
    CHECK(back.missingFields(f.headers).isEmpty());
    // A file in the usual layout still gets the default mapping for the columns the remembered one lacks.
    const HotlineMapping usual = HotlineImport(*d.t).mappingFor(d.file(QByteArray(kHeader)));
    CHECK(usual.column(u("hotline_order")) == u("工单编号"));
    CHECK(usual.column(u("reporter_phone")) == u("联系电话"));

    // The JSON form, and mistakes in the spec.
    auto json = HotlineMapping::fromJson(used.toJson().toUtf8());
    REQUIRE(json.ok());
    CHECK(json->column(u("category")) == u("热线分类"));
    CHECK_FALSE(HotlineMapping::fromSpec(u("colour=红")).ok());
    CHECK_FALSE(HotlineMapping::fromSpec(u("hotline_order")).ok());
    CHECK_FALSE(HotlineMapping::fromJson("[1,2]").ok());
}

TEST_CASE("a cancelled import keeps what it imported and says where it stopped", "[hotline]")
{
    Desk d;
    QByteArray csv(kHeader);
    for (int i = 0; i < 10; ++i)
        csv += QStringLiteral("C-%1,2026-03-01 09:%2,居民%1,1395320%3,湛山路1号,第%1件事,,井盖,,\n")
                   .arg(i)
                   .arg(10 + i)
                   .arg(1000 + i)
                   .toUtf8();
    int asked = 0;
    const HotlineImportReport r = d.import(csv, [&]() { return ++asked > 4; });
    CHECK(r.cancelled);
    CHECK(r.imported == 4);
    CHECK(r.rowsDone == 4);
    CHECK(r.stoppedAtLine == 6);
    CHECK(d.cases() == 4);
    // The rest comes in with the next run, the first four being skipped.
    const HotlineImportReport rest = d.import(csv);
    CHECK(rest.imported == 6);
    CHECK(rest.alreadyThere == 4);
    CHECK(d.cases() == 10);
}

TEST_CASE("progress reports every line of an import larger than a batch", "[hotline]")
{
    Desk d;
    QByteArray csv(kHeader);
    const int lines = HotlineImport::kBatch + 20;
    for (int i = 0; i < lines; ++i)
        csv += QStringLiteral("P-%1,2026-03-01 08:00,居民,,,第%1件事,,井盖,,\n").arg(i).toUtf8();
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(csv);
    QList<int> done;
    auto r = importer.run(f, importer.mappingFor(f), {}, [&](int n, int total) {
        CHECK(total == lines);
        done << n;
    });
    REQUIRE(r.ok());
    CHECK(r->imported == lines);
    CHECK(done.first() == 0);
    CHECK(done.last() == lines);
    CHECK(done.size() == lines + 1);
    CHECK(d.cases() == lines);
}

TEST_CASE("an operator who may not handle cases imports nothing", "[hotline]")
{
    Desk d;
    d.t->setActor(actorAs(Role::Staff, /*signedIn=*/false));
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(QByteArray(kHeader) + kGood);
    auto r = importer.run(f, importer.mappingFor(f));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Permission);
    CHECK(d.cases() == 0);
    CHECK(d.t->meta(u(HotlineMapping::kMetaKey)).isEmpty());
    // Staff may: registering residents' requests is the desk's daily work.
    d.t->setActor(actorAs(Role::Staff));
    CHECK(importer.run(f, importer.mappingFor(f))->imported == 3);
}

TEST_CASE("the preview checks lines as the import would and writes nothing", "[hotline]")
{
    Desk d;
    const QByteArray csv = QByteArray(kHeader) + kGood +
                           "12345-0301-001,2026-03-01 09:15,李先生,13953200002,三明南路2号,重复,,0802,,\n" +
                           "12345-BAD-1,2026-03-01 12:00,赵六,139-5320,湛山路1号,井盖丢了,,井盖,,\n";
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(csv);
    const int cases = d.cases();
    const int audit = auditRows(*d.t);
    const int meta = count(*d.t, u("SELECT count(*) FROM meta WHERE key <> 'hlc'"));
    auto p = importer.preview(f, importer.mappingFor(f), 20);
    REQUIRE(p.ok());
    CHECK(p->totalRows == 5);
    REQUIRE(p->rows.size() == 5);
    CHECK(p->rows.at(0).ok());
    CHECK(p->rows.at(0).line == 2);
    CHECK(p->rows.at(0).cells.at(HotlineMapping::fields().indexOf(u("description"))) == u("楼道灯不亮两周了"));
    CHECK(p->rows.at(3).alreadyImported); // the same order earlier in the file
    CHECK(p->rows.at(4).refusals.first().column == u("联系电话"));
    CHECK(importer.preview(f, importer.mappingFor(f), 2)->rows.size() == 2);
    CHECK(d.cases() == cases);
    CHECK(auditRows(*d.t) == audit);
    CHECK(count(*d.t, u("SELECT count(*) FROM meta WHERE key <> 'hlc'")) == meta);
    CHECK_FALSE(d.t->inTransaction());
}

TEST_CASE("categories are matched by code, name, or path, falling back to the parent", "[hotline]")
{
    Desk d;
    HotlineImport importer(*d.t);
    const QByteArray csv = QByteArray(kHeader) + "K1,2026-03-01 08:00,甲,,,事,,0704,,\n"
                                                 "K2,2026-03-01 08:00,乙,,,事,,供暖,,\n"
                                                 "K3,2026-03-01 08:00,丙,,,事,,公用事业 / 供暖,,\n"
                                                 "K4,2026-03-01 08:00,丁,,,事,,公用事业-暖气片,,\n"
                                                 "K5,2026-03-01 08:00,戊,,,事,,,,\n";
    const HotlineImportReport r = d.import(csv);
    REQUIRE(r.imported == 5);
    CategoryService categories(*d.t);
    CHECK(categories.category(d.byOrder(u("K1")).categoryId)->code == u("0704"));
    CHECK(categories.category(d.byOrder(u("K2")).categoryId)->code == u("0704"));
    CHECK(categories.category(d.byOrder(u("K3")).categoryId)->code == u("0704"));
    CHECK(categories.category(d.byOrder(u("K4")).categoryId)->code == u("07"));
    CHECK(categories.category(d.byOrder(u("K5")).categoryId)->code == u("13"));
}
