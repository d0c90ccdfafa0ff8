#include "UiFixture.h"
#include "common/MessageBox.h"
#include "org/UnitContactDialog.h"
#include "org/UnitContactTableModel.h"
#include "org/UnitForm.h"
#include "org/UnitService.h"
#include "org/UnitTableModel.h"
#include "org/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace gdui;

namespace {
struct Page {
    QUndoStack undo;
    std::unique_ptr<UnitsPage> page;
    explicit Page(gd::Database &db)
    {
        MessageBox::setTestMode(true);
        page = std::make_unique<UnitsPage>(AppContext{&db, &undo});
        page->resize(1280, 760);
        page->show();
        QApplication::processEvents();
    }
    ~Page()
    {
        page.reset();
        MessageBox::setTestMode(false);
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

// The first unit with a landline service phone and at least one contact.
gd::Unit unitWithLandline(gd::Database &db)
{
    gd::UnitService s(db);
    for (const gd::Unit &u : s.units())
        if (u.servicePhone.startsWith(QLatin1String("0532-")) && !s.contacts(u.id).isEmpty())
            return u;
    FAIL("the demo district has no unit with a landline");
    return {};
}

void clickSave(UnitsPage *page)
{
    QTest::mouseClick(child<QPushButton>(page->form(), "saveButton"), Qt::LeftButton);
}
} // namespace

TEST_CASE("the units table passes the model tester and filters by type and text")
{
    gduitest::DemoDb t;
    UnitTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<gd::Unit> all = gd::UnitService(*t).units();
    REQUIRE(all.size() >= 50);
    CHECK(model.rowCount() == all.size());
    CHECK(model.columnCount() == UnitTableModel::ColumnCount);
    // District-wide units say so; street units name their street.
    bool sawDistrict = false, sawStreet = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString street = model.index(r, UnitTableModel::StreetColumn).data().toString();
        CHECK_FALSE(street.isEmpty());
        (model.unit(r).streetId.isEmpty() ? sawDistrict : sawStreet) = true;
    }
    CHECK(sawDistrict);
    CHECK(sawStreet);

    model.setFilter(QStringLiteral("gas"), {});
    CHECK(model.rowCount() == gd::UnitService(*t).units(QStringLiteral("gas")).size());
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.unit(r).kind == QStringLiteral("gas"));

    model.setFilter({}, QStringLiteral("物业"));
    CHECK(model.rowCount() >= 5);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.unit(r).name.contains(QStringLiteral("物业")));

    // A phone is found by its digits, however they are typed.
    const gd::Unit u = unitWithLandline(*t);
    model.setFilter({}, u.servicePhone.mid(5, 4) + QLatin1Char(' ') + u.servicePhone.mid(9));
    REQUIRE(model.rowOf(u.id) >= 0);
    CHECK(model.rowCount() <= 3);
    model.setFilter({}, QStringLiteral("没有这个单位"));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the contacts table passes the model tester and follows changes")
{
    gduitest::DemoDb t;
    UnitContactTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const gd::Unit u = unitWithLandline(*t);
    model.setUnit(u.id);
    const int before = model.rowCount();
    CHECK(before == gd::UnitService(*t).contacts(u.id).size());
    CHECK(model.columnCount() == UnitContactTableModel::ColumnCount);
    CHECK_FALSE(model.index(0, UnitContactTableModel::PhoneColumn).data().toString().isEmpty());
    gd::UnitContact c;
    c.unitId = u.id;
    c.name = QStringLiteral("王立新");
    c.role = QStringLiteral("值班员");
    c.phone = QStringLiteral("13905321234");
    REQUIRE(gd::UnitService(*t).saveContact(c).ok());
    CHECK(model.rowCount() == before + 1);
}

TEST_CASE("the units page lists the demo units and filters them")
{
    gduitest::DemoDb t;
    Page p(*t);
    UnitsPage *page = p.page.get();
    const int all = int(gd::UnitService(*t).units().size());
    CHECK(page->table()->model()->rowCount() == all);
    // The first unit is shown in the form.
    CHECK_FALSE(child<QLineEdit>(page->form(), "unitNameLineEdit")->text().isEmpty());

    if (const QByteArray dir = qgetenv("GRIDDESK_SHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        page->selectUnit(unitWithLandline(*t).id);
        QApplication::processEvents();
        CHECK(page->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units.png")));
    }

    SECTION("by type")
    {
        auto *kind = child<QComboBox>(page, "unitKindFilterComboBox");
        kind->setCurrentIndex(kind->findData(QStringLiteral("police_station")));
        const int police = int(gd::UnitService(*t).units(QStringLiteral("police_station")).size());
        REQUIRE(police > 0);
        CHECK(page->model()->rowCount() == police);
        kind->setCurrentIndex(0);
        CHECK(page->model()->rowCount() == all);
    }
    SECTION("by text, after typing pauses")
    {
        page->searchBox()->setText(QStringLiteral("派出所"));
        CHECK(page->model()->rowCount() == all); // not yet: the search waits for typing to pause
        QTest::qWait(400);
        CHECK(page->model()->rowCount() == gd::UnitService(*t).units(QStringLiteral("police_station")).size());
        const gd::Unit u = unitWithLandline(*t);
        page->searchBox()->setText(u.servicePhone);
        QTest::qWait(400);
        CHECK(page->model()->rowOf(u.id) >= 0);
    }
}

TEST_CASE("a unit's phone is edited, saved normalised, and the edit is undone")
{
    gduitest::DemoDb t;
    Page p(*t);
    UnitsPage *page = p.page.get();
    const gd::Unit u = unitWithLandline(*t);
    page->selectUnit(u.id);
    auto *phone = child<QLineEdit>(page->form(), "unitServicePhoneLineEdit");
    REQUIRE(phone->text() == u.servicePhone);

    SECTION("a good phone is saved and undone")
    {
        phone->setText(QStringLiteral("0532 8666 1234"));
        clickSave(page);
        INFO(MessageBox::lastText().toStdString());
        CHECK(gd::UnitService(*t).unit(u.id)->servicePhone == QStringLiteral("0532-86661234"));
        CHECK(phone->text() == QStringLiteral("0532-86661234")); // the form shows the stored form
        REQUIRE(p.undo.count() == 1);
        p.undo.undo();
        CHECK(gd::UnitService(*t).unit(u.id)->servicePhone == u.servicePhone);
        CHECK(phone->text() == u.servicePhone);
        p.undo.redo();
        CHECK(gd::UnitService(*t).unit(u.id)->servicePhone == QStringLiteral("0532-86661234"));
    }
    SECTION("a bad phone is refused with the field named and nothing written")
    {
        phone->setText(QStringLiteral("12ab"));
        clickSave(page);
        CHECK(MessageBox::lastText().contains(QStringLiteral("Service phone")));
        CHECK(phone->property("gdInvalid").toBool());
        CHECK(gd::UnitService(*t).unit(u.id)->servicePhone == u.servicePhone);
        CHECK(p.undo.count() == 0);
    }
}

TEST_CASE("a new unit is added from the toolbar and the add is undoable")
{
    gduitest::DemoDb t;
    Page p(*t);
    UnitsPage *page = p.page.get();
    const int before = int(gd::UnitService(*t).units().size());
    page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    UnitForm *form = page->form();
    CHECK(form->shownUnit().id.isEmpty());
    CHECK(child<QLineEdit>(form, "unitNameLineEdit")->text().isEmpty());
    child<QLineEdit>(form, "unitNameLineEdit")->setText(QStringLiteral("青岛新能供热有限公司"));
    child<QLineEdit>(form, "unitServicePhoneLineEdit")->setText(QStringLiteral("0532-86001234"));

    if (const QByteArray dir = qgetenv("GRIDDESK_SHOT_DIR"); !dir.isEmpty())
        CHECK(page->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units-new.png")));

    // No type chosen: refused at the type field.
    clickSave(page);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Unit type")));
    CHECK(gd::UnitService(*t).units().size() == before);

    auto *kind = child<QComboBox>(form, "unitKindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("heating")));
    clickSave(page);
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(gd::UnitService(*t).units().size() == before + 1);
    const QString id = form->shownUnit().id;
    REQUIRE_FALSE(id.isEmpty());
    CHECK(page->model()->rowOf(id) >= 0);
    CHECK(gd::UnitService(*t).unit(id)->streetId.isEmpty()); // "(whole district)"

    p.undo.undo();
    CHECK(gd::UnitService(*t).units().size() == before);
    CHECK(page->model()->rowOf(id) < 0);
    CHECK_FALSE(form->isEnabled()); // the form no longer shows a unit that is gone
    p.undo.redo();
    CHECK(gd::UnitService(*t).unit(id).ok());
}

TEST_CASE("a contact is added through its dialog, and removing a unit is undone with its contacts")
{
    gduitest::DemoDb t;
    Page p(*t);
    UnitsPage *page = p.page.get();
    const gd::Unit u = unitWithLandline(*t);
    page->selectUnit(u.id);
    const int before = int(gd::UnitService(*t).contacts(u.id).size());
    CHECK(page->form()->contactsView()->model()->rowCount() == before);

    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto *dialog = qobject_cast<UnitContactDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(dialog, "unitContactNameLineEdit")->setText(QStringLiteral("赵海峰"));
        child<QLineEdit>(dialog, "unitContactRoleLineEdit")->setText(QStringLiteral("抢修班长"));
        child<QLineEdit>(dialog, "unitContactPhoneLineEdit")->setText(QStringLiteral("139 0532 8888"));
        filled = true;
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(page->form(), "addContactButton"), Qt::LeftButton);
    REQUIRE(filled);
    INFO(MessageBox::lastText().toStdString());
    const QList<gd::UnitContact> after = gd::UnitService(*t).contacts(u.id);
    REQUIRE(after.size() == before + 1);
    bool found = false;
    for (const gd::UnitContact &c : after)
        found = found || (c.name == QStringLiteral("赵海峰") && c.phone == QStringLiteral("13905328888"));
    CHECK(found);
    CHECK(page->form()->contactsView()->model()->rowCount() == before + 1);

    SECTION("undo removes the contact")
    {
        p.undo.undo();
        CHECK(gd::UnitService(*t).contacts(u.id).size() == before);
    }
    SECTION("removing the unit takes its contacts; undo brings both back")
    {
        QTest::mouseClick(child<QPushButton>(page->form(), "removeButton"), Qt::LeftButton);
        CHECK_FALSE(gd::UnitService(*t).unit(u.id).ok());
        CHECK(gd::UnitService(*t).contacts(u.id).isEmpty());
        p.undo.undo();
        CHECK(gd::UnitService(*t).unit(u.id).ok());
        CHECK(gd::UnitService(*t).contacts(u.id).size() == before + 1);
    }
}

TEST_CASE("a deactivated unit's button activates it again")
{
    gduitest::DemoDb t;
    gd::Unit u = unitWithLandline(*t);
    u.active = false;
    REQUIRE(gd::UnitService(*t).save(u).ok());
    Page p(*t);
    UnitsPage *page = p.page.get();
    page->selectUnit(u.id);
    auto *remove = child<QPushButton>(page->form(), "removeButton");
    CHECK(remove->text().remove(QLatin1Char('&')) == QStringLiteral("Activate"));
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(gd::UnitService(*t).unit(u.id)->active);
    CHECK(remove->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Deactivate")));
    p.undo.undo();
    CHECK_FALSE(gd::UnitService(*t).unit(u.id)->active);
}

TEST_CASE("a staff operator sees units read-only until an administrator signs in")
{
    gduitest::DemoDb t(gd::Role::Staff);
    Page p(*t);
    UnitsPage *page = p.page.get();
    UnitForm *form = page->form();
    CHECK_FALSE(child<QPushButton>(form, "saveButton")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(form, "unitNameLineEdit")->isEnabled());
    CHECK_FALSE(child<QPushButton>(form, "addContactButton")->isEnabled());
    CHECK_FALSE(page->newUnitAction()->isEnabled());
    CHECK(form->contactsView()->isEnabled()); // the contacts can still be read
    CHECK(form->contactsView()->model()->rowCount() > 0);

    gd::Actor admin = (*t).actor();
    admin.role = gd::Role::Admin;
    (*t).setActor(admin);
    CHECK(child<QPushButton>(form, "saveButton")->isEnabled());
    CHECK(child<QPushButton>(form, "addContactButton")->isEnabled());
    CHECK(page->newUnitAction()->isEnabled());
}
