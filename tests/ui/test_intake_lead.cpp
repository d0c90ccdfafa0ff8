// The lead (first responder, 首问负责) at the intake desk: this office by default, or a unit
// chosen from a searchable list, stored as the case's lead_org_id and lead_name.
#include "IntakeFixture.h"
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "cases/IntakePage.h"
#include "common/MessageBox.h"
#include "org/OfficeSettings.h"
#include "org/UnitService.h"
#include "util/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace gdui;

namespace {
struct Desk {
    gduitest::DemoDb t;
    QUndoStack undo;
    std::unique_ptr<IntakePage> page;
    QString office;

    Desk()
    {
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 4, 8), QTime(9, 30)).toMSecsSinceEpoch()));
        MessageBox::setTestMode(true);
        office = gd::OfficeSettings(*t).load().name;
        page = std::make_unique<IntakePage>(AppContext{t.db.get(), &undo});
        page->show();
    }
    ~Desk() { MessageBox::setTestMode(false); }

    QComboBox *lead()
    {
        auto *c = page->findChild<QComboBox *>(QStringLiteral("intakeLeadComboBox"));
        REQUIRE(c);
        return c;
    }
    void fill(const QString &text)
    {
        gduitest::fillIntake(page.get(), QStringLiteral("李先生"), QStringLiteral("13953211111"), text);
    }
    void registerIt()
    {
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("registerButton")), Qt::LeftButton);
    }
    // The lead of the case registered last.
    QPair<QVariant, QString> lastLead()
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT lead_org_id, lead_name FROM cases ORDER BY rowid DESC LIMIT 1")));
        REQUIRE(q.next());
        return {q.value(0), q.value(1).toString()};
    }
    int cases() { return gduitest::caseCount(*t.db); }
};
} // namespace

TEST_CASE("this office leads by default, named as in the settings", "[intake][lead]")
{
    Desk d;
    REQUIRE_FALSE(d.office.isEmpty());
    auto *lead = d.lead();
    CHECK(lead->currentIndex() == 0);
    CHECK(lead->currentText().contains(d.office));
    CHECK(lead->currentData().toString().isEmpty());
    // After the office, every active unit, and nothing else.
    int active = 0;
    for (const gd::Unit &u : gd::UnitService(*d.t).units())
        active += u.active ? 1 : 0;
    CHECK(lead->count() == active + 1);
    CHECK(d.page->draft().leadOrgId.isEmpty());
    CHECK(d.page->draft().leadName == d.office);

    d.fill(QStringLiteral("楼道灯坏了好几天没人修"));
    d.registerIt();
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(d.cases() == 1);
    CHECK(d.lastLead().first.isNull());
    CHECK(d.lastLead().second == d.office);
}

TEST_CASE("choosing a unit registers the case with that unit as its lead", "[intake][lead]")
{
    Desk d;
    auto *lead = d.lead();
    const int row = 3;
    const QString unitId = lead->itemData(row).toString();
    auto unit = gd::UnitService(*d.t).unit(unitId);
    REQUIRE(unit.ok());
    lead->setCurrentIndex(row);
    d.fill(QStringLiteral("供暖管道施工把路挖坏了"));
    d.registerIt();
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(d.cases() == 1);
    CHECK(d.lastLead().first.toString() == unitId);
    CHECK(d.lastLead().second == unit->name);
    // The form is ready for the next resident, the office leading again.
    CHECK(lead->currentIndex() == 0);
    CHECK(lead->currentText().contains(d.office));

    // Found by typing part of its name, as the completer offers it.
    lead->setEditText(unit->name);
    lead->setCurrentIndex(lead->findText(unit->name));
    CHECK(d.page->draft().leadOrgId == unitId);
}

TEST_CASE("a lead typed that matches nothing is refused, and the office name follows the settings", "[intake][lead]")
{
    Desk d;
    d.fill(QStringLiteral("楼道灯坏了"));
    d.lead()->setEditText(QStringLiteral("不存在的单位"));
    d.registerIt();
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Lead")));
    CHECK(d.cases() == 0);
    CHECK(d.lead()->property("gdInvalid").toBool());

    // A renamed office is the lead's name from the next case on.
    gd::OfficeSettings settings(*d.t);
    gd::OfficeIdentity identity = settings.load();
    identity.name = QStringLiteral("新名字社区居委会");
    REQUIRE(settings.save(identity).ok());
    d.page->clearForm();
    CHECK(d.lead()->currentText().contains(QStringLiteral("新名字社区居委会")));
    int offices = 0; // renamed, not added a second time
    for (int i = 0; i < d.lead()->count(); ++i)
        offices += d.lead()->itemData(i).toString().isEmpty() ? 1 : 0;
    CHECK(offices == 1);
    d.fill(QStringLiteral("楼道灯坏了"));
    d.registerIt();
    REQUIRE(d.cases() == 1);
    CHECK(d.lastLead().second == QStringLiteral("新名字社区居委会"));
}

// Hidden from the suite: the desk with a unit as lead, in Chinese, to look at.
TEST_CASE("the intake lead in Chinese, to look at", "[intake][lead][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    gduitest::ShotTranslations extra;
    {
        Desk d;
        d.fill(QStringLiteral("供暖管道施工把路挖坏了，三家单位互相推诿"));
        d.page->resize(1280, 720);
        QApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/intake-lead-office.png")));
        d.lead()->setCurrentIndex(3);
        QApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/intake-lead-unit.png")));
    }
    gd::language::uninstall();
}
