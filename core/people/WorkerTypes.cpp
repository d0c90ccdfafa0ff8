#include "WorkerTypes.h"

#include <QCoreApplication>

namespace gd::people {

namespace {
struct Name {
    const char *key;
    const char *text;
};
QString lookup(const Name *names, size_t count, const QString &key)
{
    for (size_t i = 0; i < count; ++i)
        if (key == QLatin1String(names[i].key))
            return QCoreApplication::translate("gd::people", names[i].text);
    return key;
}
QStringList keys(const Name *names, size_t count)
{
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out << QString::fromLatin1(names[i].key);
    return out;
}

const Name kKinds[] = {
    {"full_time", QT_TRANSLATE_NOOP("gd::people", "Full-time grid worker")},
    {"part_time", QT_TRANSLATE_NOOP("gd::people", "Part-time grid worker")},
    {"grid_head", QT_TRANSLATE_NOOP("gd::people", "Grid head")},
    {"police", QT_TRANSLATE_NOOP("gd::people", "Police officer")},
    {"volunteer", QT_TRANSLATE_NOOP("gd::people", "Volunteer")},
    {"building_leader", QT_TRANSLATE_NOOP("gd::people", "Building leader")},
};
const Name kStatuses[] = {
    {"active", QT_TRANSLATE_NOOP("gd::people", "Active")},
    {"left", QT_TRANSLATE_NOOP("gd::people", "Left")},
    {"transferred", QT_TRANSLATE_NOOP("gd::people", "Transferred")},
};
const Name kStages[] = {
    {"grid_worker", QT_TRANSLATE_NOOP("gd::people", "Full-time grid worker")},
    {"community_worker", QT_TRANSLATE_NOOP("gd::people", "Community worker")},
    {"committee_member", QT_TRANSLATE_NOOP("gd::people", "Community committee member")},
    {"public_institution", QT_TRANSLATE_NOOP("gd::people", "Public-institution post")},
};
} // namespace

QStringList workerKinds()
{
    return keys(kKinds, std::size(kKinds));
}
QString workerKindName(const QString &kind)
{
    return lookup(kKinds, std::size(kKinds), kind);
}
QStringList workerStatuses()
{
    return keys(kStatuses, std::size(kStatuses));
}
QString workerStatusName(const QString &status)
{
    return lookup(kStatuses, std::size(kStatuses), status);
}
QStringList careerStages()
{
    return keys(kStages, std::size(kStages));
}
QString careerStageName(const QString &stage)
{
    return lookup(kStages, std::size(kStages), stage);
}

QString starText(int star)
{
    if (star <= 0)
        return QCoreApplication::translate("gd::people", "No star");
    return QString(star, QChar(0x2605));
}

} // namespace gd::people
