// The provisional calendar in the window (issue 16 §1), headless: the reminder an administrator
// sees from November until next year's official calendar is imported, and a deadline counted on
// the provisional calendar marked in the case list until the official one moves it. The dates are
// built around today, so the test holds whatever day it runs on.
#include "CalendarCsv.h"
#include "UiFixture.h"
#include "WindowFixture.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/CaseSettings.h"
#include "common/MessageBox.h"
#include "shell/CalendarReminder.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>

using namespace gdui;

namespace {

qint64 beijing(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("from November an administrator is reminded to import next year's official calendar", "[calendar][ui]")
{
    if (!qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR"))
        gd::language::install(QStringLiteral("zh_CN"));
    gduitest::DemoDb office; // the shipped calendar: 2025 and 2026 official
    office.db->setClock(std::make_shared<gd::ManualClock>(beijing(2026, 10, 20, 9)));
    CalendarReminder october(*office);
    CHECK(october.isHidden());

    office.db->setClock(std::make_shared<gd::ManualClock>(beijing(2026, 11, 2, 9)));
    CalendarReminder november(*office);
    november.resize(900, 60);
    CHECK_FALSE(november.isHidden());
    CHECK(november.textLabel()->text().contains(QStringLiteral("2027")));
    QSignalSpy asked(&november, &CalendarReminder::importRequested);
    november.importButton()->click();
    CHECK(asked.count() == 1);
    gduitest::shoot(&november, "calendar-reminder.png", {900, 70});

    // All through a year that has no official calendar, too.
    office.db->setClock(std::make_shared<gd::ManualClock>(beijing(2027, 3, 1, 9)));
    november.refresh();
    CHECK(november.textLabel()->text().contains(QStringLiteral("2027")));

    // Staff cannot import it: no reminder.
    gduitest::DemoDb staff(gd::Role::Staff);
    staff.db->setClock(std::make_shared<gd::ManualClock>(beijing(2026, 11, 2, 9)));
    CalendarReminder staffBar(*staff);
    CHECK(staffBar.isHidden());
}

TEST_CASE("the case list marks a provisional deadline until the official calendar moves it", "[calendar][ui]")
{
    MessageBox::setTestMode(true);
    gduitest::DemoDb office;
    auto clock = std::make_shared<gd::ManualClock>(QDateTime::currentMSecsSinceEpoch() + 60 * 1000);
    office.db->setClock(clock);
    const QDate today = gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(clock->nowMs(), QTimeZone::utc()));
    const int year = today.year();
    gd::CaseSettings settings(*office);
    // Every year to this one official, the rest of it off: a request received now is due next year.
    for (int y = 2027; y <= year; ++y)
        REQUIRE(
            settings.importCalendar(QByteArray::number(y).prepend("date,kind,name\n").append("-01-01,holiday,元旦\n"))
                .ok());
    if (today < QDate(year, 12, 31))
        REQUIRE(settings.importCalendar(gdtest::holidayCsv(today.addDays(1), QDate(year, 12, 31))).ok());

    gd::CaseService service(*office);
    QSqlQuery q(office.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE code = '0705'")));
    REQUIRE(q.next());
    gd::Case draft;
    draft.channel = QStringLiteral("phone");
    draft.requestType = QStringLiteral("help");
    draft.categoryId = q.value(0).toString();
    draft.reporterName = QStringLiteral("张先生");
    draft.description = QStringLiteral("宽带断网三天");
    q.finish();
    auto id = service.registerCase(draft);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());

    CaseListModel model(*office);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setFilter({}).ok());
    const int row = model.rowOf(id.value());
    REQUIRE(row >= 0);
    const QModelIndex due = model.index(row, CaseListModel::DueColumn);
    CHECK(due.data().toString().contains(QStringLiteral("(provisional)")));
    CHECK(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("provisional calendar")));

    // The notice for next year arrives; the list refreshes and the date is official.
    REQUIRE(settings.importCalendar(gdtest::holidayCsv(QDate(year + 1, 1, 1), QDate(year + 1, 1, 15))).ok());
    const int after = model.rowOf(id.value());
    REQUIRE(after >= 0);
    CHECK_FALSE(model.index(after, CaseListModel::DueColumn).data().toString().contains(QStringLiteral("provisional")));
    CHECK(service.caseById(id.value())->dueMs > beijing(year + 1, 1, 15, 23));
    MessageBox::setTestMode(false);
}
