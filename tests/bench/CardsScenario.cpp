// Scenario "cards-batch": the contact cards of the whole demo district (505 grids, every worker
// with a photo) into one A4 PDF of four cards a page, as the window's batch does: gathering each
// street's cards from the file, then cards::writeCardsPdf with the office template. Baseline,
// in the same run: the same cards' text drawn line by line into one QPdfWriter with the same
// font, four to a page, with no layout, photo or QR code: the price of the card itself.
#include "Bench.h"
#include "cards/CardPainter.h"
#include "cards/CardPrint.h"
#include "demo/DemoDistrict.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/PrintFont.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// A distinct portrait per worker, as an office's files hold: a JPEG of a few kilobytes.
QByteArray portrait(int n)
{
    QImage img(240, 320, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 60, 230));
    QPainter p(&img);
    p.setBrush(QColor::fromHsv((n * 53) % 360, 120, 120));
    p.drawEllipse(QPointF(120, 120), 60, 75);
    p.drawRect(50, 220, 140, 100);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 85);
    return bytes;
}

QString givePhotos(gd::Database &db)
{
    gd::Transaction tx(db);
    QSqlQuery ids(db.sql());
    if (!ids.exec(QStringLiteral("SELECT id FROM workers")))
        return QStringLiteral("reading the workers failed");
    QStringList all;
    while (ids.next())
        all << ids.value(0).toString();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE workers SET photo = ? WHERE id = ?"));
    for (int i = 0; i < all.size(); ++i) {
        q.addBindValue(portrait(i));
        q.addBindValue(all.at(i));
        if (!q.exec())
            return QStringLiteral("writing a photo failed");
    }
    return tx.commit().ok() ? QString() : QStringLiteral("the photos could not be committed");
}

// The QR image WeChat hands out for an account (430 pixels square, PNG), one per community: what an
// office uploads, printed as it is.
QString giveQrImages(gd::Database &db)
{
    gd::Transaction tx(db);
    QSqlQuery codes(db.sql());
    if (!codes.exec(QStringLiteral("SELECT id, code FROM communities")))
        return QStringLiteral("reading the communities failed");
    QList<QPair<QString, QString>> all;
    while (codes.next())
        all << qMakePair(codes.value(0).toString(), codes.value(1).toString());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE communities SET qr_image = ? WHERE id = ?"));
    for (const auto &[id, code] : all) {
        QImage img(430, 430, QImage::Format_RGB32);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            gd::cards::paintQr(p, QRectF(0, 0, 430, 430), QStringLiteral("http://weixin.qq.com/r/") + code);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        q.addBindValue(png);
        q.addBindValue(id);
        if (!q.exec())
            return QStringLiteral("writing a QR image failed");
    }
    return tx.commit().ok() ? QString() : QStringLiteral("the QR images could not be committed");
}

QList<gd::CardContent> districtCards(gd::Database &db)
{
    QList<gd::CardContent> out;
    for (const gd::Street &s : gd::HierarchyService(db).streets())
        out << gd::CardContents(db).gather({gd::CardScope::Street, s.id}).value();
    return out;
}

// The plain way: each card's texts one under the other in its quarter of an A4 page.
void plainPdf(const QString &path, const QList<gd::CardContent> &cards)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(600);
    QPainter p(&writer);
    p.scale(600 / 25.4, 600 / 25.4); // millimetres
    QFont f(gd::printFontFamily());
    f.setPixelSize(3);
    p.setFont(f);
    for (int i = 0; i < cards.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            writer.newPage();
        const gd::CardContent &c = cards.at(i);
        const QPointF origin((i % 2) * 105 + 8, ((i % 4) / 2) * 148.5 + 10);
        QStringList lines{c.gridName,     c.gridCode,      c.workerName,    c.workerPhone,      c.headName,
                          c.officerName,  c.officerPhone,  c.communityName, c.communityAddress, c.communityWechat,
                          c.propertyName, c.propertyPhone, c.hotline,       c.supervisionPhone};
        for (const gd::RepairLine &r : c.repairs)
            lines << r.unitName + QLatin1Char(' ') + r.phone;
        for (int l = 0; l < lines.size(); ++l)
            p.drawText(origin + QPointF(0, l * 6), lines.at(l));
    }
}

bench::Outcome runCards(const bench::Options &options)
{
    bench::Outcome out;
    QTemporaryDir temporary;
    const QDir dir(options.dir.isEmpty() ? temporary.path() : options.dir);
    const QString file = dir.filePath(QStringLiteral("cards-district.griddesk"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    auto opened = gd::Database::open(file);
    if (!opened) {
        out.error = opened.message();
        return out;
    }
    gd::Database &db = **opened;
    if (auto made = gd::DemoDistrict::generate(db, {}); !made) {
        out.error = made.message();
        return out;
    }
    for (QString (*give)(gd::Database &) : {givePhotos, giveQrImages})
        if (QString e = give(db); !e.isEmpty()) {
            out.error = e;
            return out;
        }
    const gd::CardTemplate cardTemplate = gd::CardTemplate::load(db);
    const QString pdf = dir.filePath(QStringLiteral("cards-district.pdf"));
    const QString plain = dir.filePath(QStringLiteral("cards-plain.pdf"));
    int count = 0;
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        const QList<gd::CardContent> cards = districtCards(db);
        const gd::Status s = gd::cards::writeCardsPdf(pdf, cards, cardTemplate, gd::CardLayout::A4x4);
        out.ms << watch.ms();
        if (!s) {
            out.error = s.message();
            return out;
        }
        count = int(cards.size());
        const bench::Stopwatch naive;
        plainPdf(plain, districtCards(db));
        out.baselineMs << naive.ms();
    }
    out.notes << QStringLiteral("%1 cards (every worker with a 240x320 JPEG photo, every community with an "
                                "uploaded 430x430 PNG QR image) on %2 A4 pages: %3 MB; the plain text-only PDF: %4 MB")
                     .arg(count)
                     .arg((count + 3) / 4)
                     .arg(QFileInfo(pdf).size() / 1e6, 0, 'f', 1)
                     .arg(QFileInfo(plain).size() / 1e6, 0, 'f', 1);
    return out;
}

const bench::Registrar cardsScenario({QStringLiteral("cards-batch"),
                                      QStringLiteral("the demo district's 505 contact cards into one A4x4 PDF (vs "
                                                     "their text alone, no layout, photo or QR)"),
                                      runCards});

} // namespace
