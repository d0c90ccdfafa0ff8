#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcOrg)
Q_DECLARE_LOGGING_CATEGORY(lcPeople)
// Off unless asked for (QT_LOGGING_RULES="griddesk.cases.debug=true"): timings of bulk work.
Q_DECLARE_LOGGING_CATEGORY(lcCases)
// Off unless asked for (QT_LOGGING_RULES="griddesk.exchange.debug=true"): phases of a merge.
Q_DECLARE_LOGGING_CATEGORY(lcExchange)
