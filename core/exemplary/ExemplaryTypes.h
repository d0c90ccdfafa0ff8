#pragma once
// Exemplary cases (优秀案例汇编, docs/grid-work.md) as values: a case, a dispute, a council meeting or a
// volunteer service that a supervisor marks as exemplary and writes up — background, what the
// worker did, the result, what others can learn — with photos, the worker's name and star when it
// was written, and its review state (draft → approved).
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct ExemplaryPhoto {
    QString id;
    QByteArray image; // JPEG or PNG
    QString caption;
};

struct ExemplaryCase {
    QString id;
    QString sourceKind; // case | dispute | council | volunteer_service
    QString sourceId;
    QString communityId, gridId; // from the source: the area it belongs to
    QDate happenedOn;            // the source's day (received, found, held, served)
    QString category; // the contents' group: a case's category, 矛盾纠纷化解, 居民议事, 志愿服务
    QString title, background, actions, effect, lessons;
    QString workerId, workerName; // the worker credited, and their name and star when written up
    int workerStar = 0;
    QString state = QStringLiteral("draft"); // draft | approved
    QString approvedBy;
    qint64 approvedMs = 0;
    QList<ExemplaryPhoto> photos; // a write's list: those with an id are kept, new ones added
    // read back
    QString streetId, streetName, communityName, gridName;
};

struct ExemplaryFilter {
    int year = 0;                  // of happenedOn; 0: every year
    QString streetId, communityId; // the area; empty: the whole office
    QString state;                 // draft | approved; empty: both
    QString text;                  // the search: every term found (1-, 2-, 3-character Chinese too)
};

namespace exemplary {
QStringList sourceKinds();
QString sourceKindName(const QString &key);
QString stateName(const QString &key);
constexpr int kMaxPhotos = 4;
constexpr int kMaxPhotoBytes = 2 * 1024 * 1024;
constexpr int kMaxPartChars = 3000; // each of the four parts: a page or two of the booklet
} // namespace exemplary

} // namespace gd
