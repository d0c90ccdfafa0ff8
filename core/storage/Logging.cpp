#include "Logging.h"

#include "Result.h"

Q_LOGGING_CATEGORY(lcStorage, "griddesk.storage")
Q_LOGGING_CATEGORY(lcOrg, "griddesk.org")
Q_LOGGING_CATEGORY(lcPeople, "griddesk.people")
Q_LOGGING_CATEGORY(lcCases, "griddesk.cases", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "griddesk.exchange", QtWarningMsg)

namespace gd {

void logFailure(const Status &status, const char *what)
{
    if (!status.ok())
        qCWarning(lcStorage) << what << "failed:" << status.message();
}

} // namespace gd
