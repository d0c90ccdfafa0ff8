#pragma once
// The SELECT behind a CaseRow, shared by the case list (CaseQueries) and search (CaseSearch).
// Internal to core/cases.
#include "CaseQueries.h"

class QSqlQuery;

namespace gd {

// "SELECT <the row's columns> FROM cases c<fromSuffix> LEFT JOIN … " — callers add WHERE/ORDER.
QString caseRowSelect(const QString &fromSuffix = {});
// Reads the columns caseRowSelect() lists, from column 0.
CaseRow readCaseRow(const QSqlQuery &q);

} // namespace gd
