#include "PeoplePage.h"

#include "HistoryDialogs.h"
#include "WorkerForm.h"
#include "WorkerTableModel.h"
#include "access/Permissions.h"
#include "common/EditCommands.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gdui {

PeoplePage::PeoplePage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("peoplePage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_new = bar->addAction(tr("New worker"), this, &PeoplePage::newWorker);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setToolTip(tr("Add a worker or volunteer (Ctrl+Shift+N)"));
    bar->addSeparator();
    m_search = addSearchBox(this, bar, QStringLiteral("workerSearchLineEdit"), tr("Search workers"),
                            tr("Search name, phone or grid (Ctrl+F)"), [this] { applyFilter(); });
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("workerKindFilterComboBox"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : gd::people::workerKinds())
        m_kind->addItem(gd::people::workerKindName(k), k);
    bar->addWidget(m_kind);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("workerStatusFilterComboBox"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : gd::people::workerStatuses())
        m_status->addItem(gd::people::workerStatusName(s), s);
    m_status->setCurrentIndex(1); // active: what the desk looks for
    bar->addWidget(m_status);
    layout->addWidget(bar);

    auto *split = new QSplitter(this);
    m_model = new WorkerTableModel(*ctx.db, this);
    m_table = new QTableView(split);
    setupRecordTable(m_table, QStringLiteral("workersTableView"), tr("Workers"));
    m_table->setModel(m_model);
    m_form = new WorkerForm(*ctx.db, split);
    split->addWidget(m_table);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PeoplePage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_form->worker().id;
        if (!keep.isEmpty())
            selectWorker(keep);
    });
    connect(m_form, &RecordForm::saveRequested, this, &PeoplePage::saveWorker);
    connect(m_form, &RecordForm::removeRequested, this, &PeoplePage::removeWorker);
    connect(m_form, &WorkerForm::addCareerStepRequested, this, &PeoplePage::addCareerStep);
    connect(m_form, &WorkerForm::removeCareerStepRequested, this, &PeoplePage::removeCareerStep);
    connect(m_form, &WorkerForm::addCoverRequested, this, &PeoplePage::addCover);
    connect(ctx.db, &gd::Database::actorChanged, this, &PeoplePage::updatePermissions);
    applyFilter();
    m_form->setWorker(gd::Worker());
    m_form->setEnabled(false);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updatePermissions();
}

void PeoplePage::updatePermissions()
{
    const bool edit = gd::roleAllows(m_ctx.db->actor().role, gd::Permission::EditWorkers);
    m_new->setEnabled(edit);
    m_form->setEditable(edit);
}

void PeoplePage::applyFilter()
{
    gd::WorkerQuery q;
    q.text = m_search->text();
    q.kind = m_kind->currentData().toString();
    q.status = m_status->currentData().toString();
    m_model->setQuery(q);
    m_table->resizeColumnsToContents();
}

QString PeoplePage::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(WorkerTableModel::IdRole).toString() : QString();
}

void PeoplePage::selectWorker(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void PeoplePage::onCurrentChanged()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto w = gd::WorkerService(*m_ctx.db).worker(id);
    if (!w)
        return;
    m_form->setEnabled(true);
    m_form->setWorker(*w);
    updatePermissions();
}

void PeoplePage::newWorker()
{
    gd::Worker w;
    w.startDate = m_ctx.db->clock().now().date().toString(Qt::ISODate);
    m_table->clearSelection();
    m_form->setEnabled(true);
    m_form->setWorker(w);
    m_form->setFocus();
}

void PeoplePage::saveWorker()
{
    QString unknown;
    const gd::Worker after = m_form->worker(&unknown);
    if (!unknown.isEmpty()) {
        m_form->errors().report(this, gd::Error::invalid(QStringLiteral("grids"),
                                                         tr("Grids: there is no grid with code %1.").arg(unknown)));
        return;
    }
    gd::Database &db = *m_ctx.db;
    EditSpec spec;
    spec.text = after.id.isEmpty() ? tr("Add worker %1").arg(after.name) : tr("Edit worker %1").arg(after.name);
    spec.apply = [&db, after] { return gd::WorkerService(db).save(after); };
    const QString id = pushEdit(m_ctx, this, m_form->errors(), spec);
    if (id.isEmpty())
        return;
    if (m_model->rowOf(id) < 0) {
        // The filter hides the worker just saved: clear it so the user sees the record.
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        applyFilter();
    }
    selectWorker(id);
}

void PeoplePage::removeWorker()
{
    const QString id = m_form->worker().id;
    if (id.isEmpty())
        return;
    gd::Database &db = *m_ctx.db;
    const gd::Result<gd::Worker> was = gd::WorkerService(db).worker(id);
    if (!was) { // another program may have removed it meanwhile
        MessageBox::warning(this, tr("Not removed"), was.message());
        return;
    }
    if (!MessageBox::question(
            this, tr("Remove worker"),
            tr("Remove %1? A worker still named on a grid or in the records is marked as left instead.")
                .arg(was->name)))
        return;
    RemoveSpec spec;
    spec.text = tr("Remove worker %1").arg(was->name);
    spec.apply = [&db, id] { return gd::WorkerService(db).remove(id); };
    pushRemove(m_ctx, this, spec);
}

void PeoplePage::addCareerStep()
{
    const QString workerId = m_form->worker().id;
    if (workerId.isEmpty())
        return;
    gd::Database &db = *m_ctx.db;
    CareerStepDialog dialog(workerId, db.clock().now().date().toString(Qt::ISODate), this);
    while (dialog.exec() == QDialog::Accepted) {
        const gd::CareerStep step = dialog.step();
        EditSpec spec;
        spec.text = tr("Add career step");
        spec.apply = [&db, step] { return gd::WorkerService(db).saveCareerStep(step); };
        if (!pushEdit(m_ctx, &dialog, dialog.errors(), spec).isEmpty())
            break;
    }
    onCurrentChanged();
}

void PeoplePage::removeCareerStep(const QString &stepId)
{
    gd::Database &db = *m_ctx.db;
    RemoveSpec spec;
    spec.text = tr("Remove career step");
    spec.apply = [&db, stepId]() -> gd::Result<gd::RemoveOutcome> {
        if (gd::Status s = gd::WorkerService(db).removeCareerStep(stepId); !s)
            return s.error();
        return gd::RemoveOutcome::Deleted;
    };
    pushRemove(m_ctx, this, spec);
    onCurrentChanged();
}

void PeoplePage::addCover()
{
    const QString workerId = m_form->worker().id;
    if (workerId.isEmpty())
        return;
    gd::Database &db = *m_ctx.db;
    CoverDialog dialog(db, workerId, db.clock().now().date().toString(Qt::ISODate), this);
    while (dialog.exec() == QDialog::Accepted) {
        const gd::GridCover cover = dialog.cover();
        if (cover.gridId.isEmpty()) {
            dialog.errors().report(
                &dialog, gd::Error::invalid(QStringLiteral("grid_id"),
                                            tr("Grid code: there is no grid with code %1.").arg(dialog.gridCode())));
            continue;
        }
        EditSpec spec;
        spec.text = tr("Cover a vacant grid");
        spec.apply = [&db, cover] { return gd::WorkerService(db).saveCover(cover); };
        if (!pushEdit(m_ctx, &dialog, dialog.errors(), spec).isEmpty())
            break;
    }
    onCurrentChanged();
}

} // namespace gdui
