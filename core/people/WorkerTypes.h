#pragma once
// Workers and volunteers of the grids, their career ladder and part-time cover of vacant grids.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd {

struct Worker {
    QString id;
    QString name;
    QString sex; // "F", "M" or empty
    QString phone;
    QString kind = QStringLiteral("full_time"); // see workerKinds()
    QString communityId;                        // the office the worker belongs to
    QString startDate;                          // YYYY-MM-DD
    QString status = QStringLiteral("active");  // active | left | transferred
    int star = 0;                               // 0 (none) to 5
    QByteArray photo;                           // JPEG or PNG
    bool partyMember = false;                   // 中共党员: the contact card marks it (三亮)
    QStringList gridIds;                        // the grids the worker serves
};

struct CareerStep {
    QString id;
    QString workerId;
    QString stage; // see careerStages()
    QString date;
    QString note;
};

struct GridCover {
    QString id;
    QString gridId;
    QString workerId; // a part-time worker
    QString startDate;
    QString endDate;        // empty while the cover lasts
    int monthlySubsidy = 0; // yuan
};

// A worker in a list: no photo, with the names the list shows.
struct WorkerSummary {
    Worker worker;
    QString communityName;
    QStringList gridCodes;
};

struct WorkerQuery {
    QString text; // name, phone digits or grid code
    QString kind;
    QString status;
    QString communityId;
};

namespace people {
QStringList workerKinds(); // full_time, part_time, grid_head, police, volunteer, building_leader
QString workerKindName(const QString &kind);
QStringList workerStatuses(); // active, left, transferred
QString workerStatusName(const QString &status);
QStringList careerStages(); // grid_worker, community_worker, committee_member, public_institution
QString careerStageName(const QString &stage);
QString starText(int star); // "none", "★★"
} // namespace people

} // namespace gd
