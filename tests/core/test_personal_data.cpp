// Residents' phones leave the office masked (issue 16 §5): the mask itself, the case export
// that masks by default, and the full export that only an administrator makes, on the record.
#include "access/PersonalData.h"
#include "cases/io/CaseExport.h"
#include "test_case_world.h"
#include "util/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

TEST_CASE("a phone is masked to its first three and last four digits", "[privacy]")
{
    CHECK(privacy::maskPhone(QStringLiteral("13812341234")) == QStringLiteral("138****1234"));
    CHECK(privacy::maskPhone(QStringLiteral("138 1234 1234")) == QStringLiteral("138 **** 1234"));
    CHECK(privacy::maskPhone(QStringLiteral("0532-82870000")) == QStringLiteral("053*-****0000"));
    CHECK(privacy::maskPhone(QStringLiteral("+86 13812341234")) == QStringLiteral("+86 1******1234"));
    // Short numbers keep only their last two digits; nothing is left whole by accident.
    CHECK(privacy::maskPhone(QStringLiteral("82870000")) == QStringLiteral("******00"));
    CHECK(privacy::maskPhone(QStringLiteral("12345")) == QStringLiteral("***45"));
    CHECK(privacy::maskPhone(QString()).isEmpty());
    CHECK(privacy::maskPhone(QStringLiteral("无")) == QStringLiteral("无"));
    // Every digit but the kept ones is hidden, whatever the length (brute force over lengths).
    for (int n = 1; n <= 20; ++n) {
        const QString phone(n, QLatin1Char('7'));
        const QString masked = privacy::maskPhone(phone);
        REQUIRE(masked.size() == n);
        const int kept = int(masked.count(QLatin1Char('7')));
        CHECK(kept == (n > 8 ? 7 : qMin(n, 2)));
    }
}

TEST_CASE("the case export masks phones, full numbers are an administrator's, audited", "[privacy][export]")
{
    CaseWorld w;
    const QString id = must(CaseService(*w.t).registerCase(w.draft()));
    const QString full = CaseService(*w.t).caseById(id)->reporterPhone;
    REQUIRE(full == QStringLiteral("13953200002"));
    QTemporaryDir out;
    const auto phoneIn = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        auto records = CsvReader::parse(QString::fromUtf8(f.readAll().mid(3)));
        REQUIRE(records.ok());
        REQUIRE(records->size() == 2);
        return records->at(1).fields.at(9);
    };
    const auto audits = [&] {
        return scalar(*w.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_full_phones'"));
    };

    const QString masked = out.filePath(QStringLiteral("masked.csv"));
    REQUIRE(CaseExport(*w.t).write({}, masked, ExportFormat::Csv).ok());
    CHECK(phoneIn(masked) == QStringLiteral("139****0002"));
    CHECK(audits() == 0); // a masked export is no record of anyone's number

    for (const Role role : {Role::Staff, Role::Supervisor}) {
        w.t->setActor(actorAs(role));
        const QString refusedPath = out.filePath(QStringLiteral("refused.csv"));
        const auto refused = CaseExport(*w.t).write({}, refusedPath, ExportFormat::Csv, {}, {}, true);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Permission);
        CHECK_FALSE(QFile::exists(refusedPath));
    }
    w.t->setActor(actorAs(Role::Admin));
    const QString whole = out.filePath(QStringLiteral("whole.csv"));
    const auto written = CaseExport(*w.t).write({}, whole, ExportFormat::Csv, {}, {}, true);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    CHECK(phoneIn(whole) == full);
    CHECK(audits() == 1);
    CHECK(text(*w.t, QStringLiteral("SELECT row_id FROM audit_log WHERE action = 'export_full_phones'")) == whole);
    CHECK(text(*w.t, QStringLiteral("SELECT json_extract(after_json, '$.rows') FROM audit_log WHERE action = "
                                    "'export_full_phones'")) == QStringLiteral("1"));
}
