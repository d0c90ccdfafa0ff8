#pragma once
// Volunteer service (志愿服务) as values: a team with its members from the people register, the
// kinds of service (an editable list), and each service done — when, in which grid, what kind, how
// many hours, how many households served, by whom (docs/grid-work.md).
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct VolunteerKind {
    QString id, name;
    bool active = true;
};

struct VolunteerMember {
    QString id, workerId, workerName;
};

struct VolunteerTeam {
    QString id;
    QString name;
    QString communityId, gridId; // a grid's team serves that grid
    QString leaderId;            // from the people register
    QString note;
    bool active = true;
    QList<VolunteerMember> members;
};

struct VolunteerService {
    QString id;
    QString teamId, gridId, kindId;
    QString kindName; // when kindId is empty: a kind by its name, added to the list with the service
    qint64 atMs = 0;
    double hours = 0;   // each volunteer's, 0.5 to 24
    int households = 0; // served
    QString summary, note;
    QStringList workerIds; // who served, from the team or the register
};

namespace volunteers {
// The kinds an office starts with (the seed's team: stairwell lights, unit doors, home repairs…).
QStringList defaultKinds();
constexpr int kMaxMembers = 200;
constexpr int kMaxServers = 50;
constexpr double kMaxHours = 24;
} // namespace volunteers

} // namespace gd
