#pragma once
// Tests only: the receiving office made ready for a package, as two real offices are: it trusts
// the office that signed it, as an administrator does after comparing the fingerprint over the
// phone (exchange/Trust.h), and its PC agrees on the date: a test clock behind the package's
// newest stamp is brought up to it (a package stamped more than a day ahead is refused,
// access/ClockAgreement.h). Tests of trust and of clocks take these steps one by one.
#include "exchange/MergeEngine.h"
#include "exchange/OfficeKey.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "exchange/Trust.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"

#include <catch2/catch.hpp>

namespace gdtest {

// The trust alone.
inline void trustSignerOf(gd::Database &into, const QString &packagePath)
{
    const std::optional<gd::exchange::TrustedOffice> sender = gd::exchange::packageSender(packagePath);
    REQUIRE(sender.has_value());
    const gd::Status trusted = gd::exchange::trustOffice(into, *sender, sender->fingerprint);
    INFO(trusted.message().toStdString());
    REQUIRE(trusted.ok());
}

// Trusted, and the receiver's test clock not behind the package.
inline void receiveFrom(gd::Database &into, const QString &packagePath)
{
    const qint64 packageMs = gd::HybridClock::physicalMs(gd::exchange::PackageReader::claimed(packagePath).sourceHlc);
    if (auto *clock = dynamic_cast<const gd::ManualClock *>(&into.clock()); clock && clock->nowMs() < packageMs)
        const_cast<gd::ManualClock *>(clock)->setMs(packageMs);
    trustSignerOf(into, packagePath);
}

// The package at `path` merged into `into`, its sender trusted first.
inline gd::exchange::MergeReport mergeReceived(gd::Database &into, const QString &path, bool dryRun = false)
{
    receiveFrom(into, path);
    auto package = gd::exchange::PackageReader::open(path, into);
    INFO(package.message().toStdString());
    REQUIRE(package.ok());
    auto merged = gd::exchange::mergePackage(into, **package, dryRun);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    return *merged;
}

// `from`'s package of everything (or of `scope`) written to `path` and merged into `into`, as
// an administrator does once the sender is trusted.
inline gd::exchange::MergeReport sendPackage(gd::Database &from, gd::Database &into, const QString &path,
                                             bool dryRun = false, const gd::exchange::ExportScope &scope = {},
                                             gd::exchange::ExportReport *exported = nullptr)
{
    auto written = gd::exchange::exportPackage(from, path, scope);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    if (exported)
        *exported = *written;
    return mergeReceived(into, path, dryRun);
}

} // namespace gdtest
