// `init` and `demo`: the two commands that write, each only into a new or empty file.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "access/OperatorService.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "demo/DemoOffice.h"

#include <QCoreApplication>
#include <QDir>

namespace gdcli {

namespace {

// The password stays off the command line, where `ps` and shell history would show it.
const char kPasswordVariable[] = "GRIDDESK_PASSWORD";

QString optionForField(const QString &field)
{
    if (field == QLatin1String("login"))
        return QStringLiteral("--admin");
    if (field == QLatin1String("display_name"))
        return QStringLiteral("--name");
    return QString::fromLatin1(kPasswordVariable);
}

} // namespace

int initFile(const Invocation &call)
{
    const bool withAdmin = call.has(QStringLiteral("admin"));
    if (call.has(QStringLiteral("name")) && !withAdmin)
        return fail(UserError,
                    QCoreApplication::translate("gdcli", "--name gives the administrator's name, so it needs "
                                                         "--admin LOGIN as well."));
    const QString login = call.value(QStringLiteral("admin")).trimmed();
    QString password;
    if (withAdmin) {
        password = qEnvironmentVariable(kPasswordVariable);
        if (password.isEmpty())
            return fail(UserError, QCoreApplication::translate("gdcli", "--admin: put the administrator's password in "
                                                                        "the environment variable %1; it is not taken "
                                                                        "from the command line.")
                                       .arg(QLatin1String(kPasswordVariable)));
        // Checked before the file exists, so a weak password leaves nothing behind.
        if (gd::Error e = gd::OperatorService::checkPassword(password); e.isError())
            return fail(UserError, QStringLiteral("%1: %2").arg(QLatin1String(kPasswordVariable), e.message));
    }

    int code = Ok;
    NewFile file = NewFile::open(call.db, QStringLiteral("init"), &code);
    if (!file.db())
        return code;
    const QString shown = QDir::toNativeSeparators(call.db);
    const int version = file.db()->schemaVersion();
    if (withAdmin) {
        const QString name = call.has(QStringLiteral("name")) ? call.value(QStringLiteral("name")) : login;
        auto created = gd::OperatorService(*file.db()).create(login, name, gd::Role::Admin, password);
        if (!created) {
            file.discard();
            return fail(exitCodeFor(created.error()),
                        QStringLiteral("%1: %2").arg(optionForField(created.error().field), created.message()));
        }
        printLine(file.created()
                      ? QCoreApplication::translate("gdcli",
                                                    "Created the GridDesk file %1 (schema version %2) with the "
                                                    "administrator %3.")
                            .arg(shown)
                            .arg(version)
                            .arg(login)
                      : QCoreApplication::translate("gdcli", "Prepared the empty file %1 as a GridDesk file (schema "
                                                             "version %2) with the administrator %3.")
                            .arg(shown)
                            .arg(version)
                            .arg(login));
        return Ok;
    }
    printLine(file.created()
                  ? QCoreApplication::translate("gdcli", "Created the GridDesk file %1 (schema version %2).")
                        .arg(shown)
                        .arg(version)
                  : QCoreApplication::translate("gdcli", "Prepared the empty file %1 as a GridDesk file (schema "
                                                         "version %2).")
                        .arg(shown)
                        .arg(version));
    return Ok;
}

int buildDemo(const Invocation &call)
{
    gd::DemoOptions options;
    if (call.has(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = call.value(QStringLiteral("seed")).trimmed();
        options.seed = text.toULongLong(&ok, 10);
        if (!ok)
            return fail(UserError, QCoreApplication::translate("gdcli", "--seed: '%1' is not a whole number from 0 "
                                                                        "to 18446744073709551615.")
                                       .arg(text));
    }
    gd::DemoOfficeOptions office;
    office.seed = options.seed;
    if (call.has(QStringLiteral("cases"))) {
        bool ok = false;
        const QString text = call.value(QStringLiteral("cases")).trimmed();
        office.cases = text.toInt(&ok, 10);
        if (!ok || office.cases < 0 || office.cases > gd::DemoCases::kMaxCount)
            return fail(UserError,
                        QCoreApplication::translate("gdcli", "--cases: '%1' is not a whole number from 0 to %2.")
                            .arg(text)
                            .arg(gd::DemoCases::kMaxCount));
    }
    // Without --cases: the office a first start shows. With it: the district and that many cases
    // at the district's rate (0: none), nothing else, as a script or a benchmark sizes it.
    if (call.has(QStringLiteral("cases"))) {
        office.days = 0;
        office.reviews = false;
        office.withPackage = false;
    }
    int code = Ok;
    NewFile file = NewFile::open(call.db, QStringLiteral("demo"), &code);
    if (!file.db())
        return code;
    auto made = gd::DemoOffice::build(*file.db(), office);
    if (!made) {
        file.discard();
        return fail(exitCodeFor(made.error()), made.message());
    }
    if (!made->packageError.isEmpty())
        warn(QCoreApplication::translate("gdcli", "The street office's package was not merged: %1")
                 .arg(made->packageError));
    const gd::DemoCaseSummary &caseSummary = made->cases;
    const gd::DemoOfficeSummary &built = made.value();
    const gd::DemoSummary &s = built.district;
    printLine(QCoreApplication::translate("gdcli", "Built the demo district (seed %1) in %2:")
                  .arg(options.seed)
                  .arg(QDir::toNativeSeparators(call.db)));
    printPairs({{QCoreApplication::translate("gdcli", "Streets"), QString::number(s.streets)},
                {QCoreApplication::translate("gdcli", "Communities"), QString::number(s.communities)},
                {QCoreApplication::translate("gdcli", "Grids"), QString::number(s.grids)},
                {QCoreApplication::translate("gdcli", "Police grids"), QString::number(s.policeGrids)},
                {QCoreApplication::translate("gdcli", "Buildings"), QString::number(s.buildings)},
                {QCoreApplication::translate("gdcli", "Addresses"), QString::number(s.addresses)},
                {QCoreApplication::translate("gdcli", "Workers"), QString::number(s.workers)},
                {QCoreApplication::translate("gdcli", "Units"), QString::number(s.units)},
                {QCoreApplication::translate("gdcli", "Operators"), QString::number(s.operators)},
                {QCoreApplication::translate("gdcli", "Cases"), QString::number(caseSummary.cases)},
                {QCoreApplication::translate("gdcli", "Timeline events"), QString::number(caseSummary.events)},
                {QCoreApplication::translate("gdcli", "Open, of which overdue"),
                 QStringLiteral("%1 / %2").arg(caseSummary.open).arg(caseSummary.overdue)},
                {QCoreApplication::translate("gdcli", "Visits and patrols"), QString::number(built.visits.visits)},
                {QCoreApplication::translate("gdcli", "Care households"), QString::number(built.visits.households)},
                {QCoreApplication::translate("gdcli", "Disputes"), QString::number(built.disputes.disputes)},
                {QCoreApplication::translate("gdcli", "Joint activities / meetings"),
                 QStringLiteral("%1 / %2").arg(built.joint.activities).arg(built.joint.meetings)},
                {QCoreApplication::translate("gdcli", "Training orders / evaluations"),
                 QStringLiteral("%1 / %2").arg(built.growth.orders).arg(built.growth.evaluations)},
                {QCoreApplication::translate("gdcli", "Exemplary write-ups (approved)"),
                 QStringLiteral("%1 (%2)").arg(built.growth.writeUps).arg(built.growth.approved)},
                {QCoreApplication::translate("gdcli", "Good ideas / adoptions"),
                 QStringLiteral("%1 / %2").arg(built.growth.ideas).arg(built.growth.adoptions)},
                {QCoreApplication::translate("gdcli", "Star reviews approved"),
                 built.approvedMonths.isEmpty() ? QStringLiteral("0")
                                                : QStringLiteral("%1 (%2 – %3)")
                                                      .arg(built.approvedMonths.size())
                                                      .arg(built.approvedMonths.first(), built.approvedMonths.last())},
                {QCoreApplication::translate("gdcli", "Stars moved up / down"),
                 QStringLiteral("%1 / %2").arg(built.promoted).arg(built.demoted)},
                {QCoreApplication::translate("gdcli", "On public notice"),
                 built.onNotice.isEmpty() ? QStringLiteral("—") : built.onNotice},
                {QCoreApplication::translate("gdcli", "Merge conflicts to settle"), QString::number(built.conflicts)}},
               2);
    int count = 0;
    const gd::DemoOperator *operators = gd::demoOperators(&count);
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        gd::Role role = gd::Role::Staff;
        gd::roleFromKey(QString::fromLatin1(operators[i].role), &role);
        rows << QStringList{QString::fromUtf8(operators[i].login), QString::fromUtf8(operators[i].password),
                            gd::roleDisplayName(role), QString::fromUtf8(operators[i].displayName)};
    }
    printLine(QCoreApplication::translate("gdcli", "Demo logins:"));
    printTable({QCoreApplication::translate("gdcli", "Login"), QCoreApplication::translate("gdcli", "Password"),
                QCoreApplication::translate("gdcli", "Role"), QCoreApplication::translate("gdcli", "Name")},
               rows, 2);
    return Ok;
}

} // namespace gdcli
