#include "MainWindow.h"

#include "AppSettings.h"
#include "CalendarReminder.h"
#include "HoldBanner.h"
#include "IdleUpkeep.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "access/Permissions.h"
#include "cards/CardsPage.h"
#include "cases/CasesPage.h"
#include "cases/DueBoardPage.h"
#include "cases/IntakePage.h"
#include "common/UndoGuard.h"
#include "councils/CouncilsPage.h"
#include "disputes/DisputesPage.h"
#include "exchange/ExchangePage.h"
#include "exemplary/ExemplaryPage.h"
#include "hub/HubWindow.h"
#include "ideas/IdeasPage.h"
#include "joint/JointPage.h"
#include "org/OfficeSettings.h"
#include "org/OrgPage.h"
#include "org/PoliceGridsPage.h"
#include "org/UnitsPage.h"
#include "people/OperatorsDialog.h"
#include "people/PeoplePage.h"
#include "rating/ReviewPage.h"
#include "settings/CaseRulesDialog.h"
#include "stats/DashboardPage.h"
#include "storage/Database.h"
#include "training/TrainingPage.h"
#include "visits/VisitsPage.h"
#include "volunteers/VolunteersPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

static void initUiResources()
{
    Q_INIT_RESOURCE(ui); // the ui library is static: name its resources so they are linked in
}

namespace gdui {

MainWindow::~MainWindow()
{
    m_db.setWaitNotifier({}); // the file may outlive the window
}

MainWindow::MainWindow(gd::Database &db, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/griddesk.png")));
    m_undo = new QUndoStack(this);
    new IdleUpkeep(db, this);
    const AppContext ctx{&db, m_undo};

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_holdBanner = new HoldBanner(db, central);
    outer->addWidget(m_holdBanner);
    auto *reminder = new CalendarReminder(db, central);
    outer->addWidget(reminder);
    connect(reminder, &CalendarReminder::importRequested, this, [this] {
        CaseRulesDialog dialog(m_db, this);
        dialog.tabs()->setCurrentIndex(CaseRulesDialog::CalendarTabIndex);
        dialog.exec();
    });
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFixedWidth(150);
    m_pages = new QStackedWidget(central);
    m_intake = new IntakePage(ctx, m_pages);
    m_cases = new CasesPage(ctx, m_pages);
    auto *dueBoard = new DueBoardPage(ctx, m_pages);
    auto *dashboard = new DashboardPage(ctx, m_pages);
    dashboard->setSettings(&m_settings);
    m_org = new OrgPage(ctx, m_pages);
    m_policeGrids = new PoliceGridsPage(ctx, m_pages);
    m_units = new UnitsPage(ctx, m_pages);
    m_people = new PeoplePage(ctx, m_pages);
    auto *review = new ReviewPage(ctx, m_pages);
    auto *exchange = new ExchangePage(ctx, m_pages);
    auto *cards = new CardsPage(ctx, m_pages);
    auto *visits = new VisitsPage(ctx, m_pages);
    auto *disputes = new DisputesPage(ctx, m_pages);
    auto *joint = new JointPage(ctx, m_pages);
    auto *councils = new CouncilsPage(ctx, m_pages);
    auto *volunteers = new VolunteersPage(ctx, m_pages);
    auto *training = new TrainingPage(ctx, m_pages);
    auto *exemplary = new ExemplaryPage(ctx, m_pages);
    auto *ideas = new IdeasPage(ctx, m_pages);
    const struct {
        QWidget *page;
        QString title;
    } pages[] = {{m_intake, tr("Intake")},
                 {m_cases, tr("Cases")},
                 {dueBoard, tr("Due board")},
                 {m_org, tr("Organisation")},
                 {m_policeGrids, tr("Police grids")},
                 {m_units, tr("Units")},
                 {m_people, tr("People")},
                 {review, tr("Star review")},
                 {exchange, tr("Exchange")},
                 {cards, tr("Contact cards")},
                 {dashboard, tr("Figures")},
                 {visits, tr("Visits")},
                 {disputes, tr("Disputes")},
                 {joint, tr("Police–grid joint work")},
                 {councils, tr("Residents' councils")},
                 {volunteers, tr("Volunteers")},
                 {training, tr("Training")},
                 {exemplary, tr("Exemplary cases")},
                 {ideas, tr("Good ideas")}};
    for (const auto &p : pages) {
        m_pages->addWidget(p.page);
        m_nav->addItem(p.title);
    }
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A card found incomplete is fixed in the grid's or the worker's own form.
    connect(cards, &CardsPage::openGrid, this, [this](const QString &code) {
        if (m_org->showGrid(code))
            showPage(m_org);
    });
    connect(m_org, &OrgPage::printCards, this, [this, cards](int kind, const QString &id) {
        cards->choose(kind, id);
        showPage(cards);
    });
    connect(cards, &CardsPage::openWorker, this, [this](const QString &id) {
        m_people->selectWorker(id);
        showPage(m_people);
    });
    connect(dashboard, &DashboardPage::openCases, this, [this](const gd::CaseFilter &f, const QString &title) {
        m_cases->showCases(f, title);
        showPage(m_cases);
    });
    connect(dashboard, &DashboardPage::openGridWork, this,
            [this, visits, disputes, joint, councils, volunteers](const gd::stats::gridwork::Records &r,
                                                                  const QString &title) {
                using Records = gd::stats::gridwork::Records;
                // The records first: a page shown with them does not read its own filters again.
                if (r.kind == Records::Volunteers) {
                    volunteers->showRecords(r.volunteers, title);
                    showPage(volunteers);
                } else if (r.kind == Records::Councils) {
                    councils->showRecords(r.councils, title);
                    showPage(councils);
                } else if (r.kind == Records::JointActivities || r.kind == Records::JointMeetings ||
                           r.kind == Records::JointTasks) {
                    if (r.kind == Records::JointActivities)
                        joint->showActivities(r.joint, title);
                    else if (r.kind == Records::JointMeetings)
                        joint->showMeetings(r.meetings, title);
                    else
                        joint->showTasks(r.tasks, title);
                    showPage(joint);
                } else if (r.kind == Records::Disputes) {
                    disputes->showRecords(r.disputes, title);
                    showPage(disputes);
                } else {
                    if (r.kind == Records::Visits)
                        visits->showRecords(r.visits, title);
                    else
                        visits->showCareRecords(r.care, title);
                    showPage(visits);
                }
            });
    connect(visits, &VisitsPage::openCase, this, [this](const QString &caseId) {
        showPage(m_cases);
        m_cases->openCase(caseId);
    });
    connect(dueBoard, &DueBoardPage::openLateCare, this, [this, visits] {
        showPage(visits);
        visits->showLateCare();
    });
    connect(dueBoard, &DueBoardPage::openJointTasks, this, [this, joint] {
        showPage(joint);
        joint->showOpenTasks();
    });
    connect(joint, &JointPage::openCase, this, [this](const QString &caseId) {
        showPage(m_cases);
        m_cases->openCase(caseId);
    });
    connect(dueBoard, &DueBoardPage::openAwaitingDisputes, this, [this, disputes] {
        showPage(disputes);
        disputes->showAwaitingReview();
    });
    connect(dueBoard, &DueBoardPage::openCases, this, [this](const gd::CaseFilter &f) {
        m_cases->showFilter(f);
        showPage(m_cases);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);
    file->addAction(tr("Case &rules…"), this, [this] { CaseRulesDialog(m_db, this).exec(); });
    QAction *operators = file->addAction(tr("O&perators…"), this, [this] { OperatorsDialog(m_db, this).exec(); });
    operators->setObjectName(QStringLiteral("operatorsAction"));
    // Offered to those who may manage operators; the service refuses everyone else anyway.
    auto allowOperators = [this, operators] {
        operators->setEnabled(m_db.actor().signedIn &&
                              gd::roleAllows(m_db.actor().role, gd::Permission::ManageOperators));
    };
    connect(&db, &gd::Database::actorChanged, operators, allowOperators);
    allowOperators();
    file->addSeparator();
    // A district's or a city's figures, read from its hub beside this office's file.
    QAction *hub = file->addAction(tr("Open &hub…"), this, [this] { HubWindow::ask(this, m_settings); });
    hub->setObjectName(QStringLiteral("openHubAction"));
    file->addSeparator();
    file->addAction(tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this, &MainWindow::signOut);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu *stale = edit->addMenu(tr("Can no longer be undone"));
    stale->setObjectName(QStringLiteral("staleEditsMenu"));
    new UndoGuard(db, m_undo, stale, this);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // Ctrl+1…9 for the first nine pages, Ctrl+0 for the tenth (the contact cards), Ctrl+Shift+D for
    // the figures (数据看板), Ctrl+Shift+V for the visits (走访巡查), Ctrl+Shift+J for the disputes
    // (矛盾纠纷, jiufen), Ctrl+Shift+G for police–grid joint work (警网, jingwang), Ctrl+Shift+Y for the
    // residents' councils (议事, yishi), Ctrl+Shift+H for volunteer service (its hours), Ctrl+Shift+T for
    // training, Ctrl+Shift+L for the exemplary cases (案例, anli), Ctrl+Shift+M for the good ideas and
    // their observation visits (观摩, guanmo).
    for (int i = 0; i < m_nav->count(); ++i)
        go->addAction(m_nav->item(i)->text(),
                      i < 10    ? QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key_1 + i : Qt::Key_0))
                      : i == 10 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)
                      : i == 11 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)
                      : i == 12 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)
                      : i == 13 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)
                      : i == 14 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)
                      : i == 15 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)
                      : i == 16 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)
                      : i == 17 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)
                      : i == 18 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)
                                : QKeySequence(),
                      this, [this, i] { showPage(i); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GridDesk"), this, &MainWindow::about);

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addPermanentWidget(m_operatorLabel);
    // A write waits while another program (a merge on this file) writes: the status bar says so,
    // painted at once (no events are processed while the file is locked mid-call).
    m_db.setWaitNotifier([this](qint64 waitedMs) {
        statusBar()->showMessage(tr("Waiting for another program to finish writing to the file (a merge, perhaps)… "
                                    "%n second(s)",
                                    nullptr, int(waitedMs / 1000)),
                                 3000);
        statusBar()->repaint();
    });
    connect(&db, &gd::Database::actorChanged, this, &MainWindow::updateOperator);
    updateOperator();
    showPage(0);
    resize(1280, 800);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

void MainWindow::showPage(QWidget *page)
{
    showPage(m_pages->indexOf(page));
}

void MainWindow::updateOperator()
{
    const gd::Actor &a = m_db.actor();
    const QString office = gd::OfficeSettings(m_db).load().name;
    setWindowTitle(office.isEmpty() ? tr("GridDesk") : tr("GridDesk — %1").arg(office));
    m_operatorLabel->setText(
        tr("%1 (%2) · %3").arg(a.displayName, gd::roleDisplayName(a.role), QFileInfo(m_db.path()).fileName()));
}

void MainWindow::signOut()
{
    m_db.setActor(gd::Actor());
    m_undo->clear(); // another operator must not undo this one's edits
    hide();
    SignInDialog dialog(m_db, m_settings.lastLogin());
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return;
    }
    m_settings.setLastLogin(dialog.actor().login);
    m_db.setActor(dialog.actor());
    show();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_db, m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateOperator();
    if (!dialog.requestedDataFile().isEmpty() && dialog.requestedDataFile() != m_db.path()) {
        m_reopenPath = dialog.requestedDataFile();
        close();
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About GridDesk"),
                       tr("<h3>GridDesk %1</h3><p>网格工作台 — for the community offices that run grid-based "
                          "community service.</p><p>Data file: %2<br>Site id: %3<br>Schema version: %4</p>"
                          "<p>Built with Qt %5 and SQLite.</p>")
                           .arg(QStringLiteral(GRIDDESK_VERSION), m_db.path().toHtmlEscaped(), m_db.siteId())
                           .arg(m_db.schemaVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

} // namespace gdui
