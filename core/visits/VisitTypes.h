#pragma once
// The grid's visits and patrols (走访入户 / 网格巡查) and the households that need regular care
// (重点人群关爱), as values, with the keys stored in the file and their translated names
// (docs/grid-work.md).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct Visit {
    QString id;
    QString workerId;
    QString kind = QStringLiteral("visit"); // visit | patrol
    qint64 atMs = 0;                        // when (Beijing time when shown)
    QString gridId;
    QString buildingId;  // the building visited, when the place is one
    QString unit, room;  // 单元, 室: where in it
    QString place;       // a place that is not a building: 小区北门, 菜市场
    QString householdId; // the care household visited (a care visit)
    QString peopleMet;   // whom the worker met, as written
    QString found;       // what was found (several lines)
    QString note;
    QString caseId;           // the case a problem found became (registered from the visit)
    QList<QByteArray> photos; // JPEG or PNG
};

struct CareHousehold {
    QString id;
    QString gridId;
    QString buildingId;
    QString address;                                // the household's address (a flat), personal data
    QString name;                                   // the person cared for, personal data
    QString phone;                                  // personal data
    QString kind = QStringLiteral("elderly_alone"); // elderly_alone | disabled | difficulty | other
    int intervalDays = 30;                          // visited at least this often
    QString note;
    bool active = true;
};

namespace visits {
QStringList kinds(); // visit, patrol
QString kindName(const QString &key);
QStringList careKinds(); // elderly_alone, disabled, difficulty, other
QString careKindName(const QString &key);

constexpr int kMaxPhotos = 6;
constexpr int kMaxPhotoBytes = 2 * 1024 * 1024; // a phone's photo, resized: a merge package carries it
constexpr int kMaxIntervalDays = 365;
} // namespace visits

} // namespace gd
