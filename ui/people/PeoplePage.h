#pragma once
// The people page: workers and volunteers in a filtered table, the selected one's form beside it.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;
class QAction;

namespace gdui {

class WorkerTableModel;
class WorkerForm;

class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    PeoplePage(const AppContext &ctx, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    WorkerTableModel *model() const { return m_model; }
    WorkerForm *form() const { return m_form; }
    QLineEdit *searchBox() const { return m_search; }
    void selectWorker(const QString &id);

private:
    void applyFilter();
    void onCurrentChanged();
    void newWorker();
    void saveWorker();
    void removeWorker();
    void addCareerStep();
    void removeCareerStep(const QString &stepId);
    void addCover();
    void updatePermissions();
    QString currentId() const;

    AppContext m_ctx;
    WorkerTableModel *m_model;
    QTableView *m_table;
    WorkerForm *m_form;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_status;
    QAction *m_new;
};

} // namespace gdui
