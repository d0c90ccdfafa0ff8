#pragma once
// The schema steps that add how the office grows its workers (docs/grid-work.md): training by
// order, the exemplary-case write-ups and the streets' good ideas. Each creates only what is
// missing, so a file taken back a version by hand (the upgrade tests) passes.
#include "storage/Result.h"

#include <QSqlDatabase>

namespace gd::schema::steps {

Status addTrainingByOrder(QSqlDatabase db); // v39: needs, orders, a session's needs, materials, evaluations
Status addExemplaryCases(QSqlDatabase db);  // v40: exemplary-case write-ups and their photos
Status addGoodIdeas(QSqlDatabase db);       // v41: good ideas, observation visits, adoptions

} // namespace gd::schema::steps
