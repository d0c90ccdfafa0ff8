// A file written before training by order (schema v38) keeps its training: the session and its
// attendee recorded by the old code are there after the upgrade to v39 and on, read through
// training::sessionsOf with no expert, no needs and no evaluation yet; the attendee can be
// evaluated; the review's training item still counts the session, and the year's summary too.
#include "rating/MonthSheet.h"
#include "storage/Uuid.h"
#include "test_rating_fixture.h"
#include "training/TrainingHistory.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

namespace {

QString row(const char *table, const QString &columns, const QString &values)
{
    return QStringLiteral("INSERT INTO %1(id, origin_site, created_hlc, site, hlc, %2) VALUES (%3)")
        .arg(QLatin1String(table), columns, values);
}

} // namespace

TEST_CASE("a v38 file's training session and attendee are kept by the upgrade and still counted",
          "[training][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v38.griddesk"));
    // As the old code recorded them: the attendance's id is the uuid v5 of session and worker.
    const QString attendance = uuid::v5(QStringLiteral("training_attendees/t1/w1"));
    writeOldFile(path, 38,
                 {QStringLiteral("INSERT INTO meta VALUES('site_id','0193e4a0-0000-7000-8000-000000000001')"),
                  row("streets", QStringLiteral("code, name"), QStringLiteral("'s1','x',1,'x',1,'370202002','八大关'")),
                  row("communities", QStringLiteral("street_id, code, name"),
                      QStringLiteral("'c1','x',1,'x',1,'s1','370202002001','红岛路'")),
                  row("workers", QStringLiteral("name, kind, community_id, start_date"),
                      QStringLiteral("'w1','x',1,'x',1,'陈姝夷','full_time','c1','2024-03-01'")),
                  row("grids", QStringLiteral("community_id, code, name, worker_id"),
                      QStringLiteral("'g1','x',1,'x',1,'c1','370202002001001','第1网格','w1'")),
                  row("trainings", QStringLiteral("date, topic, trainer_unit, note"),
                      QStringLiteral("'t1','x',2,'x',2,'2026-02-11','居民养犬','市公安局市南分局',''")),
                  row("training_attendees", QStringLiteral("training_id, worker_id"),
                      QStringLiteral("'%1','x',3,'x',3,'t1','w1'").arg(attendance))});

    Database::Options options;
    auto clock = std::make_shared<ManualClock>(beijing(2026, 3, 10, 10, 0));
    options.clock = clock;
    auto opened = Database::open(path, options);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    db.setActor(Actor::system());
    CHECK(db.schemaVersion() == schema::latestVersion());
    CHECK(schema::latestVersion() >= 39);

    auto february = training::sessionsOf(db, QStringLiteral("2026-02"));
    REQUIRE(february.ok());
    REQUIRE(february->size() == 1);
    const TrainingSession s = february->first();
    CHECK(s.id == QStringLiteral("t1"));
    CHECK(s.topic == QStringLiteral("居民养犬"));
    CHECK(s.trainerUnit == QStringLiteral("市公安局市南分局"));
    CHECK(s.expert.isEmpty());
    CHECK(s.needIds.isEmpty());
    CHECK(s.materials.isEmpty());
    REQUIRE(s.attendees.size() == 1);
    CHECK(s.attendees.first().id == attendance);
    CHECK(s.attendees.first().workerName == QStringLiteral("陈姝夷"));
    CHECK(s.attendees.first().score == 0);
    CHECK(s.attendees.first().comment.isEmpty());

    // The review counts it as before.
    auto sheet = rating::computeMonth(db, QStringLiteral("2026-02"));
    INFO(sheet.message().toStdString());
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);
    CHECK(sheet->rows.first().workerId == QStringLiteral("w1"));
    CHECK(sheet->rows.first().values.value(QStringLiteral("training")).raw == 1);
    CHECK(sheet->rows.first().values.value(QStringLiteral("training")).points == Approx(2.5));

    // The year's summary and the worker's history see it; the old attendee is evaluated in place.
    const auto summary = training::yearSummary(db, QDate(2026, 3, 10)).value();
    CHECK(summary.sessions == 1);
    CHECK(summary.attendances == 1);
    CHECK(summary.needs.isEmpty());
    REQUIRE(training::evaluate(db, QStringLiteral("t1"), QStringLiteral("w1"), 4, QStringLiteral("实用")).ok());
    const auto history = training::historyOf(db, QStringLiteral("w1"), QDate(2026, 1, 1), QDate(2026, 3, 10));
    REQUIRE(history.ok());
    REQUIRE(history->lines.size() == 1);
    CHECK(history->lines.first().score == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM training_attendees")) == 1);

    // Recorded again with a need: the attendance and its evaluation stay.
    TrainingSession again = s;
    again.needIds = {training::needs(db).value().first().id};
    again.expert = QStringLiteral("孙警官");
    REQUIRE(training::recordSession(db, again).ok());
    const TrainingSession after = training::session(db, QStringLiteral("t1")).value();
    CHECK(after.expert == QStringLiteral("孙警官"));
    CHECK(after.needIds.size() == 1);
    REQUIRE(after.attendees.size() == 1);
    CHECK(after.attendees.first().score == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM training_attendees")) == 1);
}
