#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcOrg)
Q_DECLARE_LOGGING_CATEGORY(lcPeople)
// Off unless asked for (QT_LOGGING_RULES="griddesk.cases.debug=true"): timings of bulk work.
Q_DECLARE_LOGGING_CATEGORY(lcCases)
// Off unless asked for (QT_LOGGING_RULES="griddesk.exchange.debug=true"): phases of a merge.
Q_DECLARE_LOGGING_CATEGORY(lcExchange)

namespace gd {
class Status;
// For a step whose failure leaves the caller nothing to do (a pragma put back in a destructor,
// a temporary table dropped): the failure is logged under lcStorage, never silently dropped.
void logFailure(const Status &status, const char *what);
} // namespace gd
