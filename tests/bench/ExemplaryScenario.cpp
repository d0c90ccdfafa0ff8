// Scenarios "exemplary-booklet" and "exemplary-search". The demo district with 6,000 requests;
// 3,000 of the closed ones written up (four parts of a few hundred characters each) and approved,
// the first 300 with one photo each (a 1600x1200 JPEG, as a phone's picture resized).
// - exemplary-booklet: those 300 write-ups of the year gathered from the file and printed as the
//   booklet (cover, contents with page numbers, one write-up a page or more, photos) into a PDF.
//   Baseline in the same run: the same texts drawn line by line into a QPdfWriter with the same
//   font, a write-up a page, without layout, photo or contents: the price of the booklet itself.
// - exemplary-search: a search of the 3,000 write-ups for a 1-, 2- and 3-character Chinese term
//   and a worker's name, each timed (the index up to date, as between two searches at the desk).
//   Baseline: the same texts scanned by SQLite's LIKE over the six columns (which misses the
//   full-width and case folding the search does).
#include "Bench.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "exemplary/ExemplaryBooklet.h"
#include "exemplary/ExemplaryService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/PrintFont.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

constexpr int kWriteUps = 3000;
constexpr int kInBooklet = 300;

QByteArray photo(int n)
{
    QImage img(1600, 1200, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 40, 235));
    QPainter p(&img);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor::fromHsv((n * 53 + i * 29) % 360, 120, 150));
        p.drawRect((i * 131 + n * 7) % 1400, (i * 97 + n * 11) % 1000, 200, 160);
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 80);
    return bytes;
}

const QString kActions = QStringLiteral(
    "接到诉求后，网格员当天上门核实，逐户走访楼内住户，摸清加装电梯的意愿和顾虑；联系物业、社区和施工单位现场"
    "会商，明确各方责任与时限；组织居民议事会，公开分摊方案，对一楼住户的采光和噪音顾虑逐一解释；施工期间每天"
    "在楼道张贴进度，办结后上门回访，确认居民满意。");
const QString kLessons = QStringLiteral("先到现场、把情况摸清；多方会商、把责任理清；及时反馈、把过程讲清。"
                                        "遇到分歧不急于表态，先让各方把话说完，再找共同点。");

struct World {
    QTemporaryDir temporary;
    std::unique_ptr<gd::Database> db;
    QString dir, error;
};

// The district, its requests and the write-ups, made once per invocation.
World &world(const bench::Options &options)
{
    static World w;
    if (w.db || !w.error.isEmpty())
        return w;
    w.dir = options.dir.isEmpty() ? w.temporary.path() : options.dir;
    const QString file = QDir(w.dir).filePath(QStringLiteral("exemplary.griddesk"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    auto opened = gd::Database::open(file);
    if (!opened) {
        w.error = opened.message();
        return w;
    }
    w.db = std::move(opened.value());
    gd::Database &db = *w.db;
    db.setActor(gd::Actor::system());
    if (auto made = gd::DemoDistrict::generate(db, {}); !made) {
        w.error = made.message();
        return w;
    }
    gd::DemoCaseOptions cases;
    cases.count = 6000;
    cases.days = 200;
    if (auto made = gd::DemoCases::generate(db, cases); !made) {
        w.error = made.message();
        return w;
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE state = 'archived' AND received_ms >= ? ORDER BY received_ms "
                             "DESC LIMIT ?"));
    q.addBindValue(QDateTime(QDate(QDate::currentDate().year(), 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
    q.addBindValue(kWriteUps);
    q.exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.size() < kInBooklet) {
        w.error = QStringLiteral("only %1 closed requests this year").arg(ids.size());
        return w;
    }
    gd::Transaction tx(db);
    gd::ExemplaryService service(db);
    for (int i = 0; i < ids.size(); ++i) {
        auto draft = service.draftFrom(QStringLiteral("case"), ids.at(i));
        if (!draft) {
            w.error = draft.message();
            return w;
        }
        gd::ExemplaryCase c = *draft;
        c.actions = kActions;
        c.effect = QStringLiteral("问题在%1天内解决，居民满意。").arg(3 + i % 9);
        c.lessons = kLessons;
        if (i < kInBooklet)
            c.photos << gd::ExemplaryPhoto{QString(), photo(i), QStringLiteral("现场照片")};
        auto saved = service.save(c);
        if (!saved) {
            w.error = saved.message();
            return w;
        }
        // Only the booklet's 300 are approved: the booklet gathers those.
        if (i < kInBooklet)
            if (gd::Status s = service.approve(*saved); !s) {
                w.error = s.message();
                return w;
            }
    }
    if (gd::Status s = tx.commit(); !s)
        w.error = s.message();
    return w;
}

void plainPdf(const QString &path, const gd::Booklet &b)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(600);
    QPainter p(&writer);
    p.scale(600 / 25.4, 600 / 25.4);
    QFont f(gd::printFontFamily());
    f.setPixelSize(4);
    p.setFont(f);
    for (int i = 0; i < b.cases.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const gd::ExemplaryCase &c = b.cases.at(i);
        p.drawText(
            QRectF(20, 20, 170, 250), Qt::TextWordWrap,
            QStringList{c.title, c.category, c.background, c.actions, c.effect, c.lessons}.join(QLatin1Char('\n')));
    }
}

bench::Outcome runBooklet(const bench::Options &options)
{
    bench::Outcome out;
    World &w = world(options);
    if (!w.error.isEmpty()) {
        out.error = w.error;
        return out;
    }
    const QString pdf = QDir(w.dir).filePath(QStringLiteral("booklet.pdf"));
    const QString plain = QDir(w.dir).filePath(QStringLiteral("booklet-plain.pdf"));
    int pages = 0, count = 0;
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        auto b = gd::booklet::gather(*w.db, QDate::currentDate().year());
        if (!b) {
            out.error = b.message();
            return out;
        }
        if (gd::Status s = gd::booklet::writePdf(pdf, *b, nullptr, &pages); !s) {
            out.error = s.message();
            return out;
        }
        out.ms << watch.ms();
        count = int(b->cases.size());
        const bench::Stopwatch naive;
        auto again = gd::booklet::gather(*w.db, QDate::currentDate().year());
        plainPdf(plain, *again);
        out.baselineMs << naive.ms();
    }
    out.notes << QStringLiteral("%1 approved write-ups, one 1600x1200 JPEG each: %2 pages, %3 MB; the plain "
                                "text-only PDF: %4 MB")
                     .arg(count)
                     .arg(pages)
                     .arg(QFileInfo(pdf).size() / 1e6, 0, 'f', 1)
                     .arg(QFileInfo(plain).size() / 1e6, 0, 'f', 1);
    return out;
}

bench::Outcome runSearch(const bench::Options &options)
{
    bench::Outcome out;
    World &w = world(options);
    if (!w.error.isEmpty()) {
        out.error = w.error;
        return out;
    }
    gd::ExemplaryService service(*w.db);
    QSqlQuery q(w.db->sql());
    q.exec(QStringLiteral("SELECT worker_name FROM exemplary_cases WHERE worker_name <> '' LIMIT 1"));
    const QString name = q.next() ? q.value(0).toString() : QStringLiteral("张");
    const QStringList terms{QStringLiteral("梯"), QStringLiteral("漏水"), QStringLiteral("加装电"), name};
    // The first search builds nothing: the writes kept the index up to date.
    QList<int> found;
    for (int run = 0; run < options.runs; ++run)
        for (const QString &term : terms) {
            gd::ExemplaryFilter f;
            f.text = term;
            const bench::Stopwatch watch;
            auto rows = service.list(f, 100000);
            out.ms << watch.ms();
            if (!rows) {
                out.error = rows.message();
                return out;
            }
            if (run == 0)
                found << int(rows->size());
            QSqlQuery like(w.db->sql());
            like.prepare(QStringLiteral("SELECT id FROM exemplary_cases WHERE deleted = 0 AND (title LIKE ? OR "
                                        "category LIKE ? OR background LIKE ? OR actions LIKE ? OR effect LIKE ? "
                                        "OR lessons LIKE ? OR worker_name LIKE ?)"));
            for (int i = 0; i < 7; ++i)
                like.addBindValue(QLatin1Char('%') + term + QLatin1Char('%'));
            const bench::Stopwatch naive;
            if (!like.exec()) {
                out.error = QStringLiteral("the LIKE scan failed");
                return out;
            }
            while (like.next()) {
            }
            out.baselineMs << naive.ms();
        }
    QStringList counts;
    for (int i = 0; i < terms.size(); ++i)
        counts << QStringLiteral("%1: %2").arg(terms.at(i)).arg(found.value(i));
    out.notes << QStringLiteral("%1 write-ups; each timed run is one search; found %2")
                     .arg(kWriteUps)
                     .arg(counts.join(QStringLiteral(", ")));
    return out;
}

const bench::Registrar bookletScenario({QStringLiteral("exemplary-booklet"),
                                        QStringLiteral("300 approved write-ups with a photo each into the booklet's "
                                                       "PDF (vs their texts drawn without layout)"),
                                        runBooklet});
const bench::Registrar searchScenario({QStringLiteral("exemplary-search"),
                                       QStringLiteral("a 1-, 2-, 3-character or name search of 3,000 write-ups (vs "
                                                      "LIKE over their texts)"),
                                       runSearch});

} // namespace
