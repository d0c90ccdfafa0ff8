// Cards on paper (cards/CardPainter, CardPrint): the PDF's text is the data (pdftotext), the QR
// decodes to the community's WeChat account (pdftoppm + zbarimg), a rendered card matches the
// reference image in tests/core/data within a tolerance, and the CJK font is embedded.
//
// Regenerating the reference after a deliberate change of the design: run
//   GRIDDESK_UPDATE_REFERENCE=1 build/tests/core_tests "a rendered card matches the reference image"
// from the repository root, LOOK at tests/core/data/card-a6-150dpi.png, and commit it.
#include "cards/CardCheck.h"
#include "cards/CardPainter.h"
#include "cards/CardPrint.h"
#include "test_cards_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

namespace {

// The share of pixels that differ visibly (any channel by more than 48 of 255).
double differingShare(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (qAbs(qRed(p[col]) - qRed(q[col])) > 48 || qAbs(qGreen(p[col]) - qGreen(q[col])) > 48 ||
                qAbs(qBlue(p[col]) - qBlue(q[col])) > 48)
                ++differing;
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

TEST_CASE("a card's PDF holds the worker, the repair numbers and an embedded CJK font", "[cards]")
{
    CardWorld w;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {w.card(w.grid)}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    const QString text = pdfText(pdf);
    for (const char *expected : {"王芳", "13800000001", "0532-80370001", "95598", "0532-86435062", "0532-81863035",
                                 "12345", "0532-88720180", "青岛海韵物业", "赵警官", "2026-01-01"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("WenQuanYi")));
    // Every font embedded: the "emb" column of each font line says yes.
    const QRegularExpression fontLine(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"),
                                      QRegularExpression::MultilineOption);
    int lines = 0;
    for (auto m = fontLine.globalMatch(fonts); m.hasNext(); ++lines)
        CHECK(m.next().captured(1) == QStringLiteral("yes"));
    CHECK(lines >= 1);
}

TEST_CASE("a card's printed QR code decodes to the link the community gave", "[cards]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        FAIL("zbarimg is missing: apt-get install zbar-tools (griddesk.sh installs it)");
    CardWorld w;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {w.card(w.grid)}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    // Raw bytes: zbar would otherwise guess a Japanese encoding for the UTF-8 text.
    const QString decoded =
        run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"),
                                        dir.filePath(QStringLiteral("page.png"))});
    CHECK(decoded.trimmed() == QStringLiteral("https://weixin.qq.com/r/hongdaolu"));
}

namespace {

// What zbarimg reads from the QR code of the community's card, as raw UTF-8.
QString decodedQr(CardWorld &w, QTemporaryDir &dir)
{
    const QString pdf = dir.filePath(QStringLiteral("qr.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {w.card(w.grid)}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("qr"))});
    return run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"),
                                           dir.filePath(QStringLiteral("qr.png"))})
        .trimmed();
}

} // namespace

TEST_CASE("a link beyond ASCII is encoded as UTF-8 and says so, and an uploaded QR image prints as it is", "[cards]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        FAIL("zbarimg is missing: apt-get install zbar-tools (griddesk.sh installs it)");
    CardWorld w;
    QTemporaryDir dir;
    Community c = HierarchyService(*w.db).community(w.community).value();
    c.qrUrl = QStringLiteral("https://work.weixin.qq.com/ca/红岛路网格");
    must(HierarchyService(*w.db).saveCommunity(c));
    CHECK(decodedQr(w, dir) == QStringLiteral("https://work.weixin.qq.com/ca/红岛路网格"));

    // The image WeChat made for the account: printed as is, whatever link is typed beside it.
    QImage made(400, 400, QImage::Format_RGB32);
    made.fill(Qt::white);
    {
        QPainter p(&made);
        REQUIRE(cards::paintQr(p, QRectF(0, 0, 400, 400), QStringLiteral("http://weixin.qq.com/r/uploaded-code")));
    }
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(made.save(&buffer, "PNG"));
    c.qrImage = png;
    must(HierarchyService(*w.db).saveCommunity(c));
    CHECK(decodedQr(w, dir) == QStringLiteral("http://weixin.qq.com/r/uploaded-code"));

    // Neither: an account's name alone is no code to scan, and the check says so.
    c.qrImage.clear();
    c.qrUrl.clear();
    must(HierarchyService(*w.db).saveCommunity(c));
    CHECK(cards::gapsOf(w.card(w.grid)).contains(CardGap::QrNameOnly));
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {w.card(w.grid)}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("扫码关注"))); // no code, so nothing to scan

    // What the office gives is checked.
    c.qrUrl = QStringLiteral("weixin.qq.com/r/x");
    CHECK(HierarchyService(*w.db).validate(c).field == QStringLiteral("qr_url"));
    c.qrUrl.clear();
    c.qrImage = QByteArray("not a picture");
    CHECK(HierarchyService(*w.db).validate(c).field == QStringLiteral("qr_image"));
}

TEST_CASE("a batch puts four cards on each A4 page and can be cancelled", "[cards]")
{
    CardWorld w;
    QList<CardContent> batch;
    for (int i = 0; i < 6; ++i)
        batch << w.card(w.grid);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    int calls = 0;
    REQUIRE(cards::writeCardsPdf(pdf, batch, CardTemplate::load(*w.db), CardLayout::A4x4, [&](int done, int total) {
                ++calls;
                CHECK(total == 6);
                return done <= 6;
            }).ok());
    CHECK(calls == 6);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    const Status s = cards::writeCardsPdf(cancelled, batch, CardTemplate::load(*w.db), CardLayout::A4x4,
                                          [](int done, int) { return done < 3; });
    CHECK_FALSE(s.ok());
    CHECK_FALSE(QFile::exists(cancelled)); // no half-made file
    CHECK_FALSE(
        cards::writeCardsPdf(dir.filePath(QStringLiteral("none.pdf")), {}, CardTemplate(), CardLayout::A6).ok());
    const Status unwritable = cards::writeCardsPdf(QStringLiteral("/nonexistent-dir/x.pdf"), batch,
                                                   CardTemplate::load(*w.db), CardLayout::A6);
    CHECK(unwritable.message().contains(QStringLiteral("/nonexistent-dir/x.pdf")));
}

TEST_CASE("a rendered card matches the reference image", "[cards]")
{
    CardWorld w;
    const QImage card = CardPainter(CardTemplate::load(*w.db)).image(w.card(w.grid), 150);
    const QString reference = QStringLiteral(GD_TEST_DATA_DIR "/card-a6-150dpi.png");
    if (qEnvironmentVariableIsSet("GRIDDESK_UPDATE_REFERENCE")) {
        // Eight-bit grey keeps the file small; the comparison reads it back the same way.
        REQUIRE(card.convertToFormat(QImage::Format_Grayscale8).save(reference));
        WARN("reference image written: " << reference.toStdString());
    }
    const QImage expected(reference);
    REQUIRE_FALSE(expected.isNull());
    REQUIRE(expected.size() == card.size());
    CHECK(differingShare(card.convertToFormat(QImage::Format_Grayscale8), expected) < 0.005);

    // The comparison does see a change: another worker's name moves well past the tolerance.
    CardContent other = w.card(w.grid);
    other.workerName = QStringLiteral("欧阳长名字");
    other.workerPhone = QStringLiteral("13999999999");
    const QImage changed = CardPainter(CardTemplate::load(*w.db)).image(other, 150);
    CHECK(differingShare(changed.convertToFormat(QImage::Format_Grayscale8), expected) > 0.005);
}

TEST_CASE("a card with missing data is reported and prints a dash, not a blank", "[cards]")
{
    CardWorld w;
    const QString vacant = addGrid(*w.db, w.community, w.gridCode(2), QStringLiteral("红岛路社区第2网格"));
    const CardContent card = w.card(vacant);
    const QList<CardProblem> problems = cards::check({card});
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().gaps.contains(CardGap::NoWorker));
    CHECK(problems.first().workerId.isEmpty()); // the grid is the record to fix, not a worker

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("vacant.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {card}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("红岛路社区第2网格")));
    CHECK(text.contains(QStringLiteral("—")));     // the missing worker, property company and officer
    CHECK(text.contains(QStringLiteral("95598"))); // what the records do hold is on it
    CHECK_FALSE(text.contains(QStringLiteral("王芳")));
}

TEST_CASE("a card is printed in the template's language, Chinese by default, whatever the window speaks", "[cards]")
{
    CardWorld w; // the core tests run with no translator: the window would speak English
    QTemporaryDir dir;
    CardTemplate chinese = CardTemplate::load(*w.db);
    CHECK(chinese.language == QStringLiteral("zh_CN"));
    CHECK(chinese.title == QStringLiteral("网格便民联系卡"));
    const QString zh = dir.filePath(QStringLiteral("zh.pdf"));
    REQUIRE(cards::writeCardsPdf(zh, {w.card(w.grid)}, chinese, CardLayout::A6).ok());
    const QString zhText = pdfText(zh);
    CHECK(zhText.contains(QStringLiteral("网格员")));
    CHECK(zhText.contains(QStringLiteral("12345")));
    CHECK_FALSE(zhText.contains(QStringLiteral("Grid worker")));

    CardTemplate english = chinese;
    english.language = QStringLiteral("en");
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(cards::writeCardsPdf(en, {w.card(w.grid)}, english, CardLayout::A6).ok());
    const QString enText = pdfText(en);
    CHECK(enText.contains(QStringLiteral("Grid worker")));
    CHECK(enText.contains(QStringLiteral("Water repairs")));

    // The language is saved with the template, and only the two it knows are taken.
    english.language = QStringLiteral("fr");
    CHECK(english.validate().field == QStringLiteral("language"));
    english.language = QStringLiteral("en");
    REQUIRE(english.save(*w.db).ok());
    CHECK(CardTemplate::load(*w.db).language == QStringLiteral("en"));
}

TEST_CASE("a grid with no property company prints the office's wording, and the hotline says 24 hours", "[cards]")
{
    CardWorld w;
    Grid g = GridService(*w.db).grid(w.grid).value();
    g.propertyUnitId.clear();
    g.noProperty = true;
    must(GridService(*w.db).save(g));
    CardTemplate t = CardTemplate::load(*w.db);
    CHECK_FALSE(t.noPropertyText.isEmpty()); // a default wording, in the card's language
    t.noPropertyText = QStringLiteral("无物业：楼道公共部位报修请找社区居委会");
    REQUIRE(t.save(*w.db).ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("open.pdf"));
    REQUIRE(cards::writeCardsPdf(pdf, {w.card(w.grid)}, CardTemplate::load(*w.db), CardLayout::A6).ok());
    const QString text = pdfText(pdf).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("无物业：楼道公共部位报修请找社区居委会")));
    CHECK_FALSE(text.contains(QStringLiteral("青岛海韵物业")));
    CHECK(text.contains(QStringLiteral("24")));
    // The wording is checked like any text of the template.
    t.noPropertyText = QString(101, QChar(u'字'));
    CHECK(t.save(*w.db).error().field == QStringLiteral("no_property_text"));
}

TEST_CASE("三亮 on the card: a party member is marked, and the grid's promise or the template's is printed", "[cards]")
{
    CardWorld w;
    Worker worker = WorkerService(*w.db).worker(w.worker).value();
    worker.partyMember = true;
    must(WorkerService(*w.db).save(worker));
    CardContent card = w.card(w.grid);
    CHECK(card.workerPartyMember);
    CHECK(card.promise.isEmpty());
    QTemporaryDir dir;
    auto printed = [&](const CardContent &c) {
        const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
        REQUIRE(cards::writeCardsPdf(pdf, {c}, CardTemplate::load(*w.db), CardLayout::A6).ok());
        return pdfText(pdf).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    };
    CardTemplate t = CardTemplate::load(*w.db);
    t.promise = QStringLiteral("有呼必应有难必帮");
    REQUIRE(t.save(*w.db).ok());
    QString text = printed(card);
    CHECK(text.contains(QStringLiteral("党员")));
    CHECK(text.contains(QStringLiteral("有呼必应有难必帮"))); // the template's, the grid having none
    // The grid's own promise, checked as any text of the grid.
    Grid g = GridService(*w.db).grid(w.grid).value();
    g.promise = QString(101, QChar(u'诺'));
    CHECK(GridService(*w.db).validate(g).field == QStringLiteral("promise"));
    g.promise = QStringLiteral("小事不出网格当天办结");
    must(GridService(*w.db).save(g));
    text = printed(w.card(w.grid));
    CHECK(text.contains(QStringLiteral("小事不出网格当天办结")));
    CHECK_FALSE(text.contains(QStringLiteral("有呼必应有难必帮")));
    // Not a party member: no mark.
    worker.partyMember = false;
    must(WorkerService(*w.db).save(worker));
    CHECK_FALSE(printed(w.card(w.grid)).contains(QStringLiteral("党员")));
}
