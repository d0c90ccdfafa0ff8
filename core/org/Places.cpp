#include "Places.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {

Result<QList<Place>> read(const QSqlDatabase &db, Place::Kind kind, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    QList<Place> out;
    while (q.next())
        out << Place{kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

} // namespace

Result<QList<Place>> placeTree(const QSqlDatabase &db, bool withGrids)
{
    auto streets = read(db, Place::Street,
                        QStringLiteral("SELECT id, '', code, name FROM streets WHERE deleted = 0 ORDER BY code, id"));
    if (!streets)
        return streets.error();
    auto communities =
        read(db, Place::Community,
             QStringLiteral("SELECT id, street_id, code, name FROM communities WHERE deleted = 0 ORDER BY code, id"));
    if (!communities)
        return communities.error();
    QList<Place> grids;
    if (withGrids) {
        auto g =
            read(db, Place::Grid,
                 QStringLiteral("SELECT id, community_id, code, name FROM grids WHERE deleted = 0 ORDER BY code, id"));
        if (!g)
            return g.error();
        grids = *g;
    }
    // Children by parent, in code order: a city's ten thousand grids are not scanned per community.
    QHash<QString, QList<Place>> below;
    for (const QList<Place> *level : {&communities.value(), &grids})
        for (const Place &p : *level)
            below[p.parentId] << p;
    QList<Place> out;
    for (const Place &s : std::as_const(*streets)) {
        out << s;
        for (const Place &c : below.value(s.id)) {
            out << c;
            out << below.value(c.id);
        }
    }
    return out;
}

} // namespace gd
