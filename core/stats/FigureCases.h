#pragma once
// The cases behind a figure: its numerator's or its denominator's cases, for a scope, period,
// view and group, as a filter the case list understands (cases/CaseQueries.h). The list then
// shows exactly as many cases as the figure counted (test_stats_cases.cpp holds them equal).
// - A weighted numerator (satisfaction) lists the reached callbacks whose answer weighs more
//   than 0; a time's numerator (working days) has no cases of its own: its denominator's.
// - "Overdue now" lists the open cases past their deadline, whatever the period.
#include "FigureQuery.h"
#include "cases/CaseQueries.h"

namespace gd::stats {

enum class FigurePart { Numerator, Denominator };

// groupKey: a StatsGroup's key under request.by, or empty for the whole scope.
CaseFilter casesBehind(const StatsRequest &request, const Figure &figure, FigurePart part,
                       const QString &groupKey = {});

// Whether the part has cases to list (a count, a rate's numerator or denominator, a time's
// denominator).
bool listable(const Figure &figure, FigurePart part);

} // namespace gd::stats
