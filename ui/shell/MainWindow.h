#pragma once
// The main window only hosts: page navigation, menus, the undo stack, the signed-in operator.
// Each page is its own widget (ui/org, ui/people).
#include "common/AppContext.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace gdui {

class AppSettings;
class HoldBanner;
class CasesPage;
class IntakePage;
class OrgPage;
class PeoplePage;
class PoliceGridsPage;
class UnitsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(gd::Database &db, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;
    QUndoStack *undoStack() const { return m_undo; }
    IntakePage *intakePage() const { return m_intake; }
    CasesPage *casesPage() const { return m_cases; }
    OrgPage *orgPage() const { return m_org; }
    PeoplePage *peoplePage() const { return m_people; }
    PoliceGridsPage *policeGridsPage() const { return m_policeGrids; }
    UnitsPage *unitsPage() const { return m_units; }
    QListWidget *navigation() const { return m_nav; }
    HoldBanner *holdBanner() const { return m_holdBanner; }
    void showPage(int index);
    void showPage(QWidget *page);
    int pageCount() const;
    // Set when the user chose another data file; the application reopens with it.
    QString reopenPath() const { return m_reopenPath; }

public Q_SLOTS:
    void signOut();
    void openSettings();
    void about();

private:
    void updateOperator();
    gd::Database &m_db;
    AppSettings &m_settings;
    QUndoStack *m_undo;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    IntakePage *m_intake;
    CasesPage *m_cases;
    OrgPage *m_org;
    PoliceGridsPage *m_policeGrids;
    UnitsPage *m_units;
    PeoplePage *m_people;
    QLabel *m_operatorLabel;
    HoldBanner *m_holdBanner;
    QString m_reopenPath;
};

} // namespace gdui
