#pragma once
// The schema steps that add the grid's work beyond requests (docs/grid-work.md): each creates its
// tables and indexes only where missing, so a file taken back a version by hand (the upgrade
// tests) passes. Migrations.cpp runs them in its step list.
#include "storage/Result.h"

#include <QSqlDatabase>

namespace gd::schema::steps {

Status addVisits(QSqlDatabase db);           // v33: visits and patrols, their photos, the care register
Status addDisputes(QSqlDatabase db);         // v34: the dispute ledger: parties, mediators, sessions, files
Status coverGridWorkCounts(QSqlDatabase db); // v35: the visits' and disputes' time indexes cover their counts
Status addJointWork(QSqlDatabase db);        // v36: police–grid joint work: teams, activities, meetings, tasks
Status addCouncils(QSqlDatabase db);         // v37: residents' councils and the requests they settle
Status addVolunteers(QSqlDatabase db);       // v38: volunteer teams, kinds of service, services

} // namespace gd::schema::steps
