#pragma once
// What a user calls each field of each exchanged table, in the UI language: the one place that
// knows every module's fields, for messages that name a field outside its own form (an undo
// refused because a merge changed the field since).
#include <QString>

namespace gd::schema {

// "Grid worker" for grids.worker_id; the field's own name when it has no label.
QString fieldLabel(const QString &table, const QString &field);
// What one row of the table is, in a sentence: "grid", "worker"; "record" when unknown.
QString recordName(const QString &table);

} // namespace gd::schema
