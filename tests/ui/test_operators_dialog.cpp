// 操作员管理 headless: the operator list model, adding an operator, role and grid worker saved,
// passwords reset, deactivation asked first, the last administrator kept, and the main window's
// menu action offered only to those who may manage operators.
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "access/OperatorService.h"
#include "common/MessageBox.h"
#include "people/OperatorTableModel.h"
#include "people/OperatorsDialog.h"
#include "people/WorkerService.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gdui;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

struct Desk {
    gduitest::DemoDb t;
    std::unique_ptr<OperatorsDialog> dialog;
    Desk()
    {
        MessageBox::setTestMode(true);
        dialog = std::make_unique<OperatorsDialog>(*t);
        dialog->show();
    }
    ~Desk() { MessageBox::setTestMode(false); }

    template <typename T> T *child(const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    gd::Operator op(const char *login) { return gd::OperatorService(*t).byLogin(u(login)).value(); }
    void select(const char *login)
    {
        dialog->selectOperator(op(login).id);
        REQUIRE(dialog->selectedId() == op(login).id);
    }
};
} // namespace

TEST_CASE("the operator list passes the model tester and follows changes", "[operators]")
{
    gduitest::DemoDb t;
    OperatorTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3); // the demo's admin, zhuren and wangfang
    CHECK(model.columnCount() == OperatorTableModel::ColumnCount);
    const int row = model.rowOf(gd::OperatorService(*t).byLogin(u("wangfang"))->id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, OperatorTableModel::NameColumn).data().toString() == u("王芳"));
    CHECK(model.index(row, OperatorTableModel::LastSignInColumn).data().toString() == u("Never"));
    CHECK(model.index(row, OperatorTableModel::WorkerColumn).data().toString().isEmpty());
    CHECK(model.headerData(OperatorTableModel::WorkerColumn, Qt::Horizontal).toString() == u("Grid worker"));
    CHECK_FALSE(model.index(row, 0).data(Qt::ForegroundRole).isValid());

    const gd::Worker w = gd::WorkerService(*t).ofKind(u("full_time")).first();
    const QString id = model.operatorAt(row).id;
    REQUIRE(gd::OperatorService(*t).linkWorker(id, w.id).ok());
    REQUIRE(gd::OperatorService(*t).setActive(id, false).ok());
    const int after = model.rowOf(id);
    CHECK(model.index(after, OperatorTableModel::WorkerColumn).data().toString() == w.name);
    CHECK(model.index(after, OperatorTableModel::StatusColumn).data().toString() == u("Deactivated"));
    CHECK_FALSE(model.index(after, 0).data(OperatorTableModel::ActiveRole).toBool());
    CHECK(model.index(after, 0).data(Qt::ForegroundRole).isValid()); // faded
    CHECK(model.rowOf(u("no-such-operator")) == -1);
}

TEST_CASE("an operator is added from the dialog, passwords typed twice", "[operators]")
{
    Desk d;
    d.child<QLineEdit>("newLoginLineEdit")->setText(u("lina"));
    d.child<QLineEdit>("newNameLineEdit")->setText(u("李娜"));
    auto *role = d.child<QComboBox>("newRoleComboBox");
    role->setCurrentIndex(role->findData(int(gd::Role::Supervisor)));
    d.child<QLineEdit>("newPasswordLineEdit")->setText(u("lina-123"));
    d.child<QLineEdit>("newRepeatLineEdit")->setText(u("lina-124"));
    d.click("addOperatorButton");
    CHECK(MessageBox::lastText().contains(u("differ")));
    CHECK_FALSE(gd::OperatorService(*d.t).byLogin(u("lina")).ok());

    d.child<QLineEdit>("newRepeatLineEdit")->setText(u("lina-123"));
    QTest::keyClick(d.child<QLineEdit>("newRepeatLineEdit"), Qt::Key_Return); // Enter adds, too
    auto added = gd::OperatorService(*d.t).byLogin(u("lina"));
    REQUIRE(added.ok());
    CHECK(added->role == gd::Role::Supervisor);
    CHECK(added->displayName == u("李娜"));
    CHECK(d.dialog->isVisible()); // Enter did not close the dialog
    CHECK(d.dialog->selectedId() == added->id);
    CHECK(d.dialog->resultLabel()->text().contains(u("lina")));
    CHECK(d.child<QLineEdit>("newLoginLineEdit")->text().isEmpty());
    CHECK(gd::OperatorService(*d.t).authenticate(u("lina"), u("lina-123")).ok());

    // A bad login is refused by the core, which names the field.
    d.child<QLineEdit>("newLoginLineEdit")->setText(u("1x"));
    d.child<QLineEdit>("newNameLineEdit")->setText(u("某人"));
    d.child<QLineEdit>("newPasswordLineEdit")->setText(u("secret-1"));
    d.child<QLineEdit>("newRepeatLineEdit")->setText(u("secret-1"));
    d.click("addOperatorButton");
    CHECK(MessageBox::lastText().startsWith(u("Login")));
    CHECK(d.child<QLineEdit>("newLoginLineEdit")->property("gdInvalid").toBool());
    CHECK(d.dialog->model()->rowCount() == 4);
}

TEST_CASE("role and grid worker are saved together, and refusals name the field", "[operators]")
{
    Desk d;
    d.select("wangfang");
    auto *role = d.child<QComboBox>("operatorRoleComboBox");
    auto *worker = d.child<QComboBox>("operatorWorkerComboBox");
    CHECK(worker->currentIndex() == 0); // not linked yet
    const gd::Worker w = gd::WorkerService(*d.t).ofKind(u("full_time")).at(2);
    role->setCurrentIndex(role->findData(int(gd::Role::Supervisor)));
    worker->setCurrentIndex(worker->findData(w.id));
    d.click("saveOperatorButton");
    INFO(MessageBox::lastText().toStdString());
    CHECK(d.op("wangfang").role == gd::Role::Supervisor);
    CHECK(d.op("wangfang").workerId == w.id);
    CHECK(d.dialog->resultLabel()->text().contains(w.name));
    // The list was reread; the selection and the saved values stay in view.
    CHECK(d.dialog->selectedId() == d.op("wangfang").id);
    CHECK(worker->currentData().toString() == w.id);
    CHECK(role->currentData().toInt() == int(gd::Role::Supervisor));

    // A typed name that matches no worker is refused, not taken for "unlink".
    worker->setEditText(u("不存在的人"));
    d.click("saveOperatorButton");
    CHECK(MessageBox::lastText().startsWith(u("Grid worker")));
    CHECK(d.op("wangfang").workerId == w.id);

    worker->setCurrentIndex(0);
    d.click("saveOperatorButton");
    CHECK(d.op("wangfang").workerId.isEmpty());

    // The demo's only administrator stays one.
    d.select("admin");
    role->setCurrentIndex(role->findData(int(gd::Role::Staff)));
    d.click("saveOperatorButton");
    CHECK(MessageBox::lastText().contains(u("last active administrator")));
    CHECK(d.op("admin").role == gd::Role::Admin);
}

TEST_CASE("passwords are reset and operators deactivated after asking", "[operators]")
{
    Desk d;
    d.select("wangfang");
    d.child<QLineEdit>("resetPasswordLineEdit")->setText(u("fresh-123"));
    d.child<QLineEdit>("resetRepeatLineEdit")->setText(u("fresh-12"));
    d.click("resetPasswordButton");
    CHECK(MessageBox::lastText().contains(u("differ")));
    CHECK(gd::OperatorService(*d.t).authenticate(u("wangfang"), u("wangfang123")).ok());
    d.child<QLineEdit>("resetRepeatLineEdit")->setText(u("fresh-123"));
    d.click("resetPasswordButton");
    CHECK(gd::OperatorService(*d.t).authenticate(u("wangfang"), u("fresh-123")).ok());
    CHECK(d.child<QLineEdit>("resetPasswordLineEdit")->text().isEmpty());
    d.child<QLineEdit>("resetPasswordLineEdit")->setText(u("short"));
    d.child<QLineEdit>("resetRepeatLineEdit")->setText(u("short"));
    d.click("resetPasswordButton");
    CHECK(MessageBox::lastText().startsWith(u("Password")));

    auto *toggle = d.child<QPushButton>("toggleActiveButton");
    MessageBox::setTestMode(true, false); // "no" to the question
    d.click("toggleActiveButton");
    CHECK(d.op("wangfang").active);
    MessageBox::setTestMode(true, true);
    d.click("toggleActiveButton");
    CHECK_FALSE(d.op("wangfang").active);
    CHECK(toggle->text().contains(u("Activate")));
    CHECK_FALSE(gd::OperatorService(*d.t).authenticate(u("wangfang"), u("fresh-123")).ok());
    d.click("toggleActiveButton");
    CHECK(d.op("wangfang").active);
    CHECK(toggle->text().contains(u("Deactivate")));

    d.select("admin"); // the last active administrator
    d.click("toggleActiveButton");
    CHECK(MessageBox::lastText().contains(u("last active administrator")));
    CHECK(d.op("admin").active);
}

TEST_CASE("only operators who may manage operators get the menu action", "[operators]")
{
    gduitest::DemoDb t;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*t, settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("operatorsAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    for (gd::Role r : {gd::Role::Staff, gd::Role::Supervisor}) {
        gd::Actor a = t.db->actor();
        a.role = r;
        t.db->setActor(a);
        CHECK_FALSE(action->isEnabled());
    }
    gd::Actor admin = t.db->actor();
    admin.role = gd::Role::Admin;
    t.db->setActor(admin);
    CHECK(action->isEnabled());
    t.db->setActor(gd::Actor()); // signed out
    CHECK_FALSE(action->isEnabled());
}

// Hidden from the suite: with GRIDDESK_SHOT_DIR set, saves the Chinese dialog for the docs
// (run under xvfb-run with "[.screenshot]"; GRIDDESK_EXTRA_TR for texts not yet merged).
TEST_CASE("the operators dialog in Chinese, for the docs", "[operators][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    gduitest::ShotTranslations extra;
    {
        gduitest::DemoDb t;
        gd::OperatorService ops(*t);
        const gd::Worker w = gd::WorkerService(*t).ofKind(u("full_time")).first();
        REQUIRE(ops.linkWorker(ops.byLogin(u("wangfang"))->id, w.id).ok());
        REQUIRE(ops.authenticate(u("wangfang"), u("wangfang123")).ok()); // a last sign-in to show
        REQUIRE(ops.create(u("zhaomin"), u("赵敏"), gd::Role::Staff, u("zhaomin123")).ok());
        REQUIRE(ops.setActive(ops.byLogin(u("zhaomin"))->id, false).ok());
        OperatorsDialog dialog(*t);
        dialog.show();
        dialog.selectOperator(ops.byLogin(u("wangfang"))->id);
        QApplication::processEvents();
        CHECK(dialog.grab().save(dir + QStringLiteral("/operators.png")));
    }
    gd::language::uninstall();
}
