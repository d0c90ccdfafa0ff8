#pragma once
// An office as a first start builds it, on 16 June 2026: 2,500 requests over 200 days, five months
// reviewed and approved. The monthly report's tests read it, in an office and on a hub.
#include "TestDb.h"
#include "demo/DemoOffice.h"
#include "stats/MonthlyReport.h"

#include <QDateTime>
#include <QTimeZone>

namespace gdtest {

struct ReportOffice {
    TestDb t;
    ReportOffice()
    {
        t.clock->setMs(QDateTime(QDate(2026, 6, 16), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        gd::DemoOfficeOptions o;
        o.cases = 2500;
        o.days = 200;
        o.withPackage = false;
        auto built = gd::DemoOffice::build(*t, o);
        INFO(built.message().toStdString());
        REQUIRE(built.ok());
    }
    // The office's report of a month (the whole office unless a scope is given).
    gd::stats::MonthlyReport report(const char *month, const gd::stats::StatsScope &scope = {})
    {
        auto r = gd::stats::monthlyReport(*t, QString::fromLatin1(month), scope);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return *r;
    }
};

} // namespace gdtest
