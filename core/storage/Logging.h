#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcOrg)
Q_DECLARE_LOGGING_CATEGORY(lcPeople)
