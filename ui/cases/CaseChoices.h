#pragma once
// The choices forms offer for a case's category and grid: the leaf categories shown with their
// parent (typing either word finds them: 市政设施 / 楼道灯), and the grids by code and name. The
// intake form, the visit form and its "register the finding" dialog share them.
#include "common/Choosers.h"

namespace gd {
class Database;
}

namespace gdui {

QList<Choice> categoryChoices(gd::Database &db);
QList<Choice> gridChoices(gd::Database &db);
// Those who visit and patrol: full-time and part-time workers and grid heads, with their kind.
QList<Choice> patrolWorkerChoices(gd::Database &db);
// Everyone in the people register — workers, grid heads, police officers, volunteers, building
// leaders — with their kind: who may take part in joint work or attend a meeting.
QList<Choice> peopleChoices(gd::Database &db);

} // namespace gdui
