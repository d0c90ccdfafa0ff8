#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "griddesk.storage")
Q_LOGGING_CATEGORY(lcOrg, "griddesk.org")
Q_LOGGING_CATEGORY(lcPeople, "griddesk.people")
Q_LOGGING_CATEGORY(lcCases, "griddesk.cases", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "griddesk.exchange", QtWarningMsg)
