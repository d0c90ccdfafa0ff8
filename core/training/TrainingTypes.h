#pragma once
// Training by order (点单式培训, docs/grid-work.md) as values: the office's list of training needs,
// a worker's order of a need, and a session — its day, topic, the expert and their unit, the needs
// it answers, who attended with each one's evaluation, and the materials handed out.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct TrainingNeed {
    QString id, name;
    bool active = true;
};

struct TrainingOrder {
    QString id;
    QString workerId, needId;
    QString needName; // when needId is empty: a need by its name, added to the list with the order
    QDate orderedOn;
    QString note;
    // read back
    QString workerName, communityName;
};

struct TrainingAttendance {
    QString id, workerId, workerName;
    int score = 0; // 1–5; 0 while the attendee has given none
    QString comment;
};

struct TrainingMaterial {
    QString id, name;
    QByteArray data; // empty in lists: read one with TrainingSessions::material()
    qint64 bytes = 0;
};

struct TrainingSession {
    QString id;
    QDate date;
    QString topic, expert, trainerUnit, note;
    QStringList needIds;   // the needs it answers
    QStringList workerIds; // who attended (a write keeps the evaluations of those still listed)
    // read back
    QStringList needNames;
    QList<TrainingAttendance> attendees;
    QList<TrainingMaterial> materials;
};

// A need's demand in a year: orders, the workers who ordered it, and the sessions that answered it.
struct NeedDemand {
    QString needId, needName;
    int orders = 0, sessions = 0, attendances = 0;
    bool covered() const { return sessions > 0; }
};

// Orders per community and need in a year.
struct CommunityDemand {
    QString communityId, communityName, needId, needName;
    int orders = 0;
};

namespace training {
// The needs an office starts with: the six the district's article names, then eleven more of the
// kinds its workers ask about; the office edits the list.
QStringList defaultNeeds();
constexpr int kMaxNeedChars = 30;
constexpr int kMaxMaterials = 10;
constexpr int kMaxMaterialBytes = 10 * 1024 * 1024; // slides or a handbook; a package carries it
constexpr int kMaxAttendees = 500;
} // namespace training

} // namespace gd
