// The case-rules dialog headless: it loads the rules in force, edits and saves the three tabs in
// one OK, restores the defaults, refuses bad values naming the field, stays read-only for staff,
// drafts calendar edits in a model checked by QAbstractItemModelTester, imports a calendar CSV
// (a bad line refuses the file), and is reached from the main window's File menu.
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "cases/CaseSettings.h"
#include "common/MessageBox.h"
#include "settings/CalendarDayDialog.h"
#include "settings/CalendarDayModel.h"
#include "settings/CalendarTab.h"
#include "settings/CaseRulesDialog.h"
#include "settings/DeadlineRulesForm.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace gdui;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

struct Rules {
    gduitest::DemoDb t;
    QTemporaryDir dir;
    std::unique_ptr<CaseRulesDialog> dialog;

    explicit Rules(gd::Role role = gd::Role::Admin)
        : t(role)
    {
        // Wednesday 8 April 2026: the demo's calendar covers 2025–2026, 2027 has no data yet.
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 4, 8), QTime(9, 30)).toMSecsSinceEpoch()));
        MessageBox::setTestMode(true);
    }
    ~Rules() { MessageBox::setTestMode(false); }

    CaseRulesDialog &open()
    {
        dialog = std::make_unique<CaseRulesDialog>(*t);
        dialog->show();
        return *dialog;
    }
    template <typename T> T *child(const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    QString writeFile(const char *name, const char *text)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
};

const char kNextYear[] = "date,kind,name\n"
                         "2027-01-01,holiday,元旦\n"
                         "2027-02-06,holiday,春节\n"
                         "2027-02-20,workday,春节调休上班\n"
                         "2026-10-01,holiday,国庆节\n"      // already so
                         "2026-10-10,workday,国庆节补班\n"; // renamed

} // namespace

TEST_CASE("the case rules dialog shows the rules in force", "[case-rules]")
{
    Rules r;
    gd::DeadlineRules rules;
    rules.normalDays = 6;
    rules.typeDays.insert(u("consultation"), 1);
    rules.routeHours.insert(u("utility"), 12);
    rules.signDays = 2;
    REQUIRE(gd::CaseSettings(*r.t).save(rules, 45).ok());

    CaseRulesDialog &d = r.open();
    CHECK_FALSE(d.isReadOnly());
    CHECK_FALSE(d.isModified());
    CHECK(d.tabs()->count() == 3);
    CHECK(r.child<QSpinBox>("normalDaysSpinBox")->value() == 6);
    CHECK(r.child<QSpinBox>("urgentDaysSpinBox")->value() == 2);
    CHECK(r.child<QSpinBox>("typeDaysConsultationSpinBox")->value() == 1);
    CHECK(r.child<QSpinBox>("typeDaysHelpSpinBox")->text() == u("As normal cases"));
    CHECK(r.child<QSpinBox>("routeHoursUtilitySpinBox")->value() == 12);
    CHECK(r.child<QSpinBox>("routeHoursPoliceSpinBox")->text() == u("No limit in hours"));
    CHECK(r.child<QSpinBox>("extensionMaxDaysSpinBox")->text() == u("10 working days"));
    CHECK(r.child<QSpinBox>("repeatWindowSpinBox")->value() == 45);
    CHECK(r.child<QSpinBox>("signDaysSpinBox")->value() == 2);
    CHECK(r.child<QSpinBox>("signDaysSpinBox")->maximum() == 5);
    CHECK(d.deadlines()->rules() == rules);
    // The spin boxes offer exactly what the core accepts.
    CHECK(r.child<QSpinBox>("normalDaysSpinBox")->maximum() == 30);
    CHECK(r.child<QSpinBox>("repeatWindowSpinBox")->minimum() == 1);
    CHECK(r.child<QSpinBox>("repeatWindowSpinBox")->maximum() == 365);
    // The calendar opens on this year.
    CHECK(d.calendar()->model()->year() == 2026);
    CHECK(d.calendar()->model()->rowCount() > 20);
    CHECK(r.child<QComboBox>("calendarYearComboBox")->currentText() == u("2026"));
}

TEST_CASE("OK saves the rules, the window and the calendar together", "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    r.child<QSpinBox>("normalDaysSpinBox")->setValue(4);
    r.child<QSpinBox>("typeDaysComplaintSpinBox")->setValue(3);
    r.child<QSpinBox>("routeHoursUtilitySpinBox")->setValue(0); // no hour limit for utilities
    r.child<QSpinBox>("repeatWindowSpinBox")->setValue(60);
    r.child<QSpinBox>("signDaysSpinBox")->setValue(3);
    REQUIRE_FALSE(d.calendar()->model()->put({{}, u("2027-01-01"), u("holiday"), u("元旦")}).isError());
    CHECK(d.isModified());
    // Nothing reaches the file before OK.
    CHECK(r.t.db->meta(u("deadline_rules")).isEmpty());
    CHECK(gd::CalendarService(*r.t).days(2027).isEmpty());

    d.accept();
    CHECK(d.result() == QDialog::Accepted);
    const gd::DeadlineRules saved = gd::DeadlineRules::load(*r.t);
    CHECK(saved.normalDays == 4);
    CHECK(saved.typeDays.value(u("complaint")) == 3);
    CHECK_FALSE(saved.routeHours.contains(u("utility")));
    CHECK(gd::CaseSettings(*r.t).repeatWindowDays() == 60);
    CHECK(saved.signDays == 3);
    CHECK(gd::CalendarService(*r.t).days(2027).size() == 1);
}

TEST_CASE("restore defaults puts back domain.md's limits", "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    r.child<QSpinBox>("normalDaysSpinBox")->setValue(9);
    r.child<QSpinBox>("typeDaysSuggestionSpinBox")->setValue(12);
    r.child<QSpinBox>("emergencyResponseHoursSpinBox")->setValue(6);
    r.child<QPushButton>("restoreDeadlineDefaultsButton")->click();
    CHECK(d.deadlines()->rules() == gd::DeadlineRules());
    CHECK(r.child<QSpinBox>("normalDaysSpinBox")->value() == 5);
    CHECK(r.child<QSpinBox>("typeDaysSuggestionSpinBox")->value() == 0);
}

TEST_CASE("a refused save names the field, shows its tab and keeps the dialog open", "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    d.tabs()->setCurrentIndex(CaseRulesDialog::CalendarTabIndex);
    r.child<QSpinBox>("normalDaysSpinBox")->setValue(3);
    r.child<QSpinBox>("urgentDaysSpinBox")->setValue(5);
    d.accept();
    CHECK(d.isVisible());
    CHECK(d.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().startsWith(u("Urgent cases (working days)")));
    CHECK(d.tabs()->currentIndex() == CaseRulesDialog::DeadlinesTab);
    CHECK(r.child<QSpinBox>("urgentDaysSpinBox")->property("gdInvalid").toBool());
    CHECK(r.t.db->meta(u("deadline_rules")).isEmpty());

    // Cancel with changes asks first; "no" keeps the dialog and its edits.
    MessageBox::setTestMode(true, false);
    d.reject();
    CHECK(d.isVisible());
    CHECK(MessageBox::lastText().contains(u("Discard")));
    MessageBox::setTestMode(true, true);
    d.reject();
    CHECK(d.result() == QDialog::Rejected);
    CHECK(r.t.db->meta(u("deadline_rules")).isEmpty());
}

TEST_CASE("the import's repeat scores are saved with OK, and a review score above the attach score is refused",
          "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    CHECK(d.attachScore()->value() == gd::RepeatScores().attach);
    CHECK(d.reviewScore()->value() == gd::RepeatScores().review);
    CHECK(d.attachScore()->maximum() == gd::RepeatFinder::kMaxScore);
    d.reviewScore()->setValue(90);
    CHECK(d.isModified());
    d.accept();
    CHECK(d.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().startsWith(u("Review from score")));
    CHECK(d.tabs()->currentIndex() == CaseRulesDialog::RepeatsTab);
    CHECK(d.reviewScore()->property("gdInvalid").toBool());
    CHECK(r.t.db->meta(u(gd::RepeatFinder::kReviewScoreKey)).isEmpty());

    d.attachScore()->setValue(95);
    d.accept();
    CHECK(d.result() == QDialog::Accepted);
    CHECK(gd::RepeatFinder::scoresSetting(*r.t) == gd::RepeatScores{95, 90});
}

TEST_CASE("staff and supervisors see the case rules read-only", "[case-rules]")
{
    for (gd::Role role : {gd::Role::Staff, gd::Role::Supervisor}) {
        Rules r(role);
        CaseRulesDialog &d = r.open();
        CHECK(d.isReadOnly());
        CHECK(r.child<QLabel>("caseRulesReadOnlyLabel")->text().contains(u("Only an administrator")));
        CHECK(r.child<QSpinBox>("normalDaysSpinBox")->isReadOnly());
        CHECK(r.child<QSpinBox>("repeatWindowSpinBox")->isReadOnly());
        CHECK_FALSE(r.child<QPushButton>("restoreDeadlineDefaultsButton")->isEnabled());
        CHECK_FALSE(r.child<QPushButton>("addCalendarDayButton")->isEnabled());
        CHECK_FALSE(r.child<QPushButton>("importCalendarButton")->isEnabled());
        auto *box = r.child<QDialogButtonBox>("caseRulesButtonBox");
        CHECK(box->button(QDialogButtonBox::Ok) == nullptr);
        CHECK(box->button(QDialogButtonBox::Close) != nullptr);
        // Reading is still possible: another year can be chosen.
        d.calendar()->showYear(2025);
        CHECK(d.calendar()->model()->rowCount() > 20);
        d.accept();
        CHECK(r.t.db->meta(u("deadline_rules")).isEmpty());
    }
}

TEST_CASE("the calendar draft model stages, moves and removes days", "[case-rules]")
{
    Rules r;
    gd::CalendarService file(*r.t);
    CalendarDayModel model(*r.t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setYear(2026);
    const int rows = model.rowCount();
    REQUIRE(rows == int(file.days(2026).size()));
    CHECK(model.data(model.index(0, CalendarDayModel::DateColumn)).toString() == u("2026-01-01"));
    CHECK(model.data(model.index(0, CalendarDayModel::KindColumn)).toString() == u("Day off"));
    CHECK(model.headerData(CalendarDayModel::NameColumn, Qt::Horizontal).toString() == u("Name"));
    CHECK_FALSE(model.isModified());

    // Added in date order, shown as not yet saved.
    REQUIRE_FALSE(model.put({{}, u("2026-12-31"), u("holiday"), u("跨年")}).isError());
    CHECK(model.rowCount() == rows + 1);
    const int last = model.rowOf(u("2026-12-31"));
    CHECK(last == rows);
    CHECK(model.data(model.index(last, 0), Qt::FontRole).value<QFont>().italic());
    // A duplicate date and a make-up working day on a Monday are refused, naming the field.
    gd::Error dup = model.put({{}, u("2026-10-01"), u("holiday"), u("又一个")});
    CHECK(dup.field == u("date"));
    CHECK(dup.message.contains(u("2026-10-01")));
    CHECK(model.put({{}, u("2026-12-28"), u("workday"), u("x")}).field == u("kind"));
    CHECK(model.put({{}, u("2026-12-27"), u("holiday"), QString(31, QChar(0x5047))}).field == u("name"));
    CHECK(model.rowCount() == rows + 1);

    // Edited in place, then moved to another date (and another year).
    REQUIRE_FALSE(model.put({{}, u("2026-12-31"), u("holiday"), u("元旦前夕")}, u("2026-12-31")).isError());
    REQUIRE_FALSE(model.put({{}, u("2027-01-01"), u("holiday"), u("元旦")}, u("2026-12-31")).isError());
    CHECK(model.rowCount() == rows);
    CHECK(model.yearHasDays(2027));
    CHECK(model.years().contains(2027));
    model.removeDay(model.rowOf(u("2026-10-10")));
    CHECK(model.rowCount() == rows - 1);

    const gd::CalendarChanges changes = model.changes();
    REQUIRE(changes.put.size() == 1);
    CHECK(changes.put.first().date == u("2027-01-01"));
    CHECK(changes.removed == QStringList{u("2026-10-10")});

    model.setYear(2027);
    CHECK(model.rowCount() == 1);
    model.removeDay(0);
    CHECK_FALSE(model.yearHasDays(2027));
    model.setYear(2028);
    CHECK(model.rowCount() == 0);
    CHECK(model.day(0).date.isEmpty()); // out of range: an empty day, not a crash
}

TEST_CASE("a calendar CSV with a bad line is refused whole, a good one is drafted until OK", "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    CalendarTab *tab = d.calendar();
    // 2027 is counted provisionally (the two years after the last official one); 2029 not at all.
    tab->showYear(2027);
    CHECK(r.child<QLabel>("calendarYearNoteLabel")->text().contains(u("No official calendar for 2027 yet")));
    CHECK(r.child<QLabel>("calendarYearNoteLabel")->text().contains(u("Spring Festival")));
    CHECK(r.child<QComboBox>("calendarYearComboBox")->currentText() == u("2027 (provisional)"));
    tab->showYear(2029);
    CHECK(r.child<QLabel>("calendarYearNoteLabel")->text().contains(u("No calendar for 2029")));
    CHECK(r.child<QComboBox>("calendarYearComboBox")->currentText() == u("2029 (no data)"));
    tab->showYear(2027);

    const QString bad = r.writeFile("bad.csv", "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n"
                                               "2027-01-04,workday,周一\n");
    CHECK_FALSE(tab->importFile(bad));
    auto *result = r.child<QLabel>("calendarImportResultLabel");
    CHECK(result->text().contains(u("Nothing was imported from bad.csv")));
    CHECK(result->text().contains(u("Line 3")));
    CHECK(result->text().contains(u("Line 4")));
    CHECK(MessageBox::lastText() == result->text());
    CHECK_FALSE(tab->model()->isModified());
    CHECK_FALSE(tab->importFile(r.dir.filePath(u("missing.csv"))));
    CHECK(result->text().contains(u("Could not read missing.csv")));
    CHECK_FALSE(tab->importFile(r.writeFile("empty.csv", "")));

    REQUIRE(tab->importFile(r.writeFile("2027.csv", kNextYear)));
    CHECK(result->text().contains(u("2026, 2027")));
    CHECK(result->text().contains(u("3 day(s) added")));
    CHECK(result->text().contains(u("1 changed")));
    CHECK(result->text().contains(u("1 already so")));
    CHECK(tab->model()->year() == 2026); // the first year the file lists
    tab->showYear(2027);
    CHECK(tab->model()->rowCount() == 3);
    CHECK(r.child<QComboBox>("calendarYearComboBox")->currentText() == u("2027"));
    CHECK(r.child<QLabel>("calendarYearNoteLabel")->text().contains(u("3 day(s) listed for 2027")));
    CHECK(gd::CalendarService(*r.t).days(2027).isEmpty()); // drafted, not written
    CHECK_FALSE(r.child<QLabel>("calendarPendingLabel")->isHidden());

    d.accept();
    CHECK(d.result() == QDialog::Accepted);
    CHECK(gd::CalendarService(*r.t).days(2027).size() == 3);
    // The office is told the year is official and what was counted again.
    CHECK(MessageBox::lastText().contains(u("The official calendar for 2027 is in force")));
    CHECK(gd::CalendarService(*r.t).day(gd::CalendarService::idFor(u("2026-10-10")))->name == u("国庆节补班"));
}

TEST_CASE("a day is added and edited through the day dialog", "[case-rules]")
{
    Rules r;
    CaseRulesDialog &d = r.open();
    CalendarTab *tab = d.calendar();
    tab->showYear(2027);
    QString firstRefusal;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CalendarDayDialog *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog)
            return; // no throwing through the event loop; exec() would wait forever instead
        auto *date = dialog->findChild<QDateEdit *>(u("calendarDateEdit"));
        auto *kind = dialog->findChild<QComboBox *>(u("calendarKindComboBox"));
        CHECK(date->date() == QDate(2027, 1, 1));
        // A Monday cannot be a make-up working day: refused, the dialog stays open.
        date->setDate(QDate(2027, 2, 1));
        kind->setCurrentIndex(kind->findData(u("workday")));
        dialog->accept();
        firstRefusal = MessageBox::lastText();
        CHECK(dialog->isVisible());
        date->setDate(QDate(2027, 2, 20)); // a Saturday
        dialog->findChild<QLineEdit *>(u("calendarNameLineEdit"))->setText(u("春节调休上班"));
        dialog->accept();
    });
    tab->addDay();
    CHECK(firstRefusal.startsWith(u("Kind:")));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->day(0).kind == u("workday"));
    CHECK(tab->table()->selectionModel()->isRowSelected(0, {}));

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CalendarDayDialog *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(u("calendarNameLineEdit"))->setText(u("春节补班"));
        dialog->accept();
    });
    r.child<QPushButton>("editCalendarDayButton")->click();
    CHECK(tab->model()->day(0).name == u("春节补班"));
    r.child<QPushButton>("removeCalendarDayButton")->click();
    CHECK(tab->model()->rowCount() == 0);
    CHECK_FALSE(r.child<QPushButton>("editCalendarDayButton")->isEnabled());
}

TEST_CASE("the File menu opens the case rules", "[case-rules]")
{
    Rules r;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u("settings.ini")));
    MainWindow window(*r.t, settings);
    QAction *action = nullptr;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
        if (a->text() == u("Case &rules…"))
            action = a;
    REQUIRE(action != nullptr);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CaseRulesDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    CHECK(opened);
}

// Hidden from the suite: with GRIDDESK_SHOT_DIR set, saves the tabs in Chinese (run it under
// xvfb-run with "[.screenshot]"; GRIDDESK_EXTRA_TR as in ShotTranslations.h for texts not merged yet).
TEST_CASE("the case rules in Chinese, for the README", "[case-rules][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    gduitest::ShotTranslations extra;
    Rules r;
    gd::DeadlineRules rules;
    rules.typeDays.insert(u("consultation"), 1);
    REQUIRE(gd::CaseSettings(*r.t).save(rules, 30).ok());
    CaseRulesDialog &d = r.open();
    d.calendar()->importFile(r.writeFile("2027.csv", kNextYear));
    d.calendar()->showYear(2027);
    const char *names[] = {"/case-rules.png", "/case-rules-repeat.png", "/case-rules-calendar.png"};
    for (int i = 0; i < 3; ++i) {
        d.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        CHECK(d.grab().save(dir + QString::fromLatin1(names[i])));
    }
    d.calendar()->showYear(2028);
    QApplication::processEvents();
    CHECK(d.grab().save(dir + QStringLiteral("/case-rules-no-data.png")));
    d.calendar()->importFile(
        r.writeFile("bad.csv", "date,kind,name\n2028-01-01,holiday,元旦\n2028-01-03,workday,周一\n"));
    QApplication::processEvents();
    CHECK(d.grab().save(dir + QStringLiteral("/case-rules-refused.png")));
    CalendarDayDialog day({{}, u("2027-02-20"), u("workday"), u("春节调休上班")}, {}, &d);
    day.show();
    QApplication::processEvents();
    CHECK(day.grab().save(dir + QStringLiteral("/case-rules-day.png")));
    Rules staff(gd::Role::Staff);
    staff.open().tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(staff.dialog->grab().save(dir + QStringLiteral("/case-rules-read-only.png")));
    gd::language::uninstall();
}
