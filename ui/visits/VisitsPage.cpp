#include "VisitsPage.h"

#include "CareHouseholdDialog.h"
#include "CareListModel.h"
#include "FindingDialog.h"
#include "VisitForm.h"
#include "VisitImportDialog.h"
#include "VisitListModel.h"
#include "cases/CaseChoices.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/ScopeChoices.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

namespace {

QTableView *table(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

VisitsPage::VisitsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildVisitsTab(), tr("&Visits and patrols"));
    m_tabs->addTab(buildCareTab(), tr("Care &register"));
    outer->addWidget(m_tabs);
    // The lists follow every change of the file (a merge included), counted again when shown.
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const char *t : {"visits", "visit_photos", "care_households", "grids", "workers", "cases"})
            if (tables.contains(QLatin1String(t))) {
                m_stale = true;
                if (isVisible())
                    QTimer::singleShot(0, this, &VisitsPage::refresh);
                return;
            }
    });
}

QWidget *VisitsPage::buildVisitsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(tab);
    m_scope->setObjectName(QStringLiteral("visitsScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*m_ctx.db, true));
    m_worker = new QComboBox(tab);
    m_worker->setObjectName(QStringLiteral("visitsWorkerComboBox"));
    makeSearchable(m_worker);
    fillChoices(m_worker, patrolWorkerChoices(*m_ctx.db), tr("(every worker)"));
    m_kind = new QComboBox(tab);
    m_kind->addItem(tr("Visits and patrols"), QString());
    for (const QString &k : gd::visits::kinds())
        m_kind->addItem(gd::visits::kindName(k), k);
    addPeriodEdits(tab, m_ctx.db->nowMs(), 1, &m_from, &m_to);
    m_foundOnly = new QCheckBox(tr("Only those that became cases"), tab);
    auto *scopeLabel = new QLabel(tr("&Where:"), tab);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_worker, m_kind, m_from,
                                                       new QLabel(QStringLiteral("—"), tab), m_to, m_foundOnly})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(tab);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_visits = new VisitListModel(*m_ctx.db, this);
    m_visitTable = table(left, "visitsTable");
    m_visitTable->setModel(m_visits);
    leftLayout->addWidget(m_visitTable, 1);
    auto *actions = new QHBoxLayout;
    auto *findingButton = new QPushButton(tr("Register the finding as a case…"), left);
    findingButton->setObjectName(QStringLiteral("visitsFindingButton"));
    auto *openButton = new QPushButton(tr("Open its case"), left);
    auto *removeButton = new QPushButton(tr("Delete the visit"), left);
    auto *importButton = new QPushButton(tr("&Import from a file…"), left);
    importButton->setObjectName(QStringLiteral("visitsImportButton"));
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("visitsStatusLabel"));
    for (QWidget *w : std::initializer_list<QWidget *>{findingButton, openButton, removeButton, importButton})
        actions->addWidget(w);
    actions->addWidget(m_status, 1);
    leftLayout->addLayout(actions);
    m_form = new VisitForm(m_ctx, split);
    split->addWidget(left);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    for (QComboBox *c : {m_scope, m_worker, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &VisitsPage::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &VisitsPage::refresh);
    connect(m_foundOnly, &QCheckBox::toggled, this, &VisitsPage::refresh);
    connect(findingButton, &QPushButton::clicked, this, &VisitsPage::registerSelectedFinding);
    connect(removeButton, &QPushButton::clicked, this, &VisitsPage::removeSelectedVisit);
    connect(importButton, &QPushButton::clicked, this, [this] { VisitImportDialog(m_ctx, this).exec(); });
    const auto openSelected = [this] {
        const QModelIndex i = m_visitTable->currentIndex();
        const QString caseId = i.isValid() ? i.data(VisitListModel::CaseIdRole).toString() : QString();
        if (!caseId.isEmpty())
            Q_EMIT openCase(caseId);
    };
    connect(openButton, &QPushButton::clicked, this, openSelected);
    connect(m_visitTable, &QTableView::activated, this, openSelected);
    connect(m_form, &VisitForm::saved, this, [this](const QString &, const QString &caseId) {
        m_status->setText(caseId.isEmpty() ? tr("The visit was saved.")
                                           : tr("The visit was saved and its finding registered as a case."));
    });
    return tab;
}

QWidget *VisitsPage::buildCareTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_careKind = new QComboBox(tab);
    m_careKind->addItem(tr("Every household"), QString());
    for (const QString &k : gd::visits::careKinds())
        m_careKind->addItem(gd::visits::careKindName(k), k);
    m_lateOnly = new QCheckBox(tr("Only those late for a visit"), tab);
    m_lateOnly->setObjectName(QStringLiteral("careLateOnlyCheckBox"));
    m_careStatus = new QLabel(tab);
    m_careStatus->setObjectName(QStringLiteral("careStatusLabel"));
    bar->addWidget(m_careKind);
    bar->addWidget(m_lateOnly);
    bar->addWidget(m_careStatus, 1);
    layout->addLayout(bar);
    m_care = new CareListModel(*m_ctx.db, this);
    m_careTable = table(tab, "careTable");
    m_careTable->setModel(m_care);
    layout->addWidget(m_careTable, 1);
    auto *actions = new QHBoxLayout;
    auto *visitButton = new QPushButton(tr("Record a care &visit"), tab);
    visitButton->setObjectName(QStringLiteral("careVisitButton"));
    auto *addButton = new QPushButton(tr("&Add a household…"), tab);
    auto *editButton = new QPushButton(tr("&Open…"), tab);
    auto *deactivateButton = new QPushButton(tr("No longer cared for"), tab);
    for (QPushButton *b : {visitButton, addButton, editButton, deactivateButton})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(tr("Names, phones and addresses are shown in full only to the grid's worker, its grid "
                                    "head and supervisors; opening a household is recorded."),
                                 tab));
    connect(m_careKind, &QComboBox::currentIndexChanged, this, &VisitsPage::refresh);
    connect(m_lateOnly, &QCheckBox::toggled, this, &VisitsPage::refresh);
    connect(visitButton, &QPushButton::clicked, this, &VisitsPage::careVisitForSelected);
    connect(addButton, &QPushButton::clicked, this, &VisitsPage::addHousehold);
    connect(editButton, &QPushButton::clicked, this, &VisitsPage::editSelectedHousehold);
    connect(m_careTable, &QTableView::activated, this, &VisitsPage::editSelectedHousehold);
    connect(deactivateButton, &QPushButton::clicked, this, &VisitsPage::deactivateSelectedHousehold);
    return tab;
}

void VisitsPage::refresh()
{
    m_stale = false;
    gd::VisitFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.workerId = chosenId(m_worker);
    f.kind = m_kind->currentData().toString();
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    f.foundOnly = m_foundOnly->isChecked();
    if (gd::Status s = m_visits->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::VisitService(*m_ctx.db).count(f))
        m_status->setText(tr("%n visit(s)", nullptr, *n));
    gd::CareFilter c;
    c.streetId = f.streetId;
    c.communityId = f.communityId;
    c.gridId = f.gridId;
    c.kind = m_careKind->currentData().toString();
    c.lateOnly = m_lateOnly->isChecked();
    if (gd::Status s = m_care->setFilter(c); !s)
        m_careStatus->setText(s.message());
    else
        m_careStatus->setText(
            tr("%n household(s), %1 late for a visit", nullptr, m_care->rowCount()).arg(m_care->lateCount()));
    for (QTableView *v : {m_visitTable, m_careTable})
        v->resizeColumnsToContents();
}

void VisitsPage::registerSelectedFinding()
{
    const gd::VisitRow *row = m_visits->rowAt(m_visitTable->currentIndex().row());
    if (!row)
        return;
    if (!row->caseId.isEmpty()) {
        MessageBox::information(this, tr("Register the finding as a case"),
                                tr("This visit's finding is already case %1.").arg(row->caseNumber));
        return;
    }
    auto visit = gd::VisitService(*m_ctx.db).visit(row->id);
    if (!visit) {
        MessageBox::warning(this, tr("Register the finding as a case"), visit.message());
        return;
    }
    FindingDialog dialog(m_ctx, row->id, visit->found, this);
    if (dialog.exec() == QDialog::Accepted)
        m_status->setText(tr("The finding was registered as a case."));
}

void VisitsPage::removeSelectedVisit()
{
    const gd::VisitRow *row = m_visits->rowAt(m_visitTable->currentIndex().row());
    if (!row ||
        !MessageBox::question(
            this, tr("Delete the visit"),
            tr("Delete the visit of %1 on %2 with its photos?")
                .arg(
                    row->workerName,
                    m_visits->index(m_visitTable->currentIndex().row(), VisitListModel::TimeColumn).data().toString())))
        return;
    if (gd::Status s = gd::VisitService(*m_ctx.db).remove(row->id); !s)
        MessageBox::warning(this, tr("Delete the visit"), s.message());
}

void VisitsPage::addHousehold()
{
    gd::CareHousehold h;
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    if (scope.kind == gd::stats::StatsScope::Grid)
        h.gridId = scope.id;
    CareHouseholdDialog dialog(m_ctx, h, this);
    dialog.exec();
}

void VisitsPage::editSelectedHousehold()
{
    const gd::CareRow *row = m_care->rowAt(m_careTable->currentIndex().row());
    if (!row)
        return;
    auto opened = gd::CareRegister(*m_ctx.db).open(row->household.id);
    if (!opened) {
        MessageBox::warning(this, tr("Care register"), opened.message());
        return;
    }
    CareHouseholdDialog dialog(m_ctx, *opened, this);
    dialog.exec();
}

void VisitsPage::deactivateSelectedHousehold()
{
    const gd::CareRow *row = m_care->rowAt(m_careTable->currentIndex().row());
    if (!row)
        return;
    if (gd::Status s = gd::CareRegister(*m_ctx.db).deactivate(row->household.id); !s)
        MessageBox::warning(this, tr("Care register"), s.message());
}

void VisitsPage::careVisitForSelected()
{
    const gd::CareRow *row = m_care->rowAt(m_careTable->currentIndex().row());
    if (!row)
        return;
    m_form->prepareCareVisit(*row);
    m_tabs->setCurrentIndex(0);
}

void VisitsPage::showLateCare()
{
    m_tabs->setCurrentIndex(1);
    m_careKind->setCurrentIndex(0);
    m_lateOnly->setChecked(true);
    refresh();
}

void VisitsPage::showRecords(const gd::VisitFilter &filter, const QString &title)
{
    m_stale = false; // shown as asked, not read again from the filters when the page appears
    m_tabs->setCurrentIndex(0);
    if (gd::Status s = m_visits->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::VisitService(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n visit(s)", nullptr, *n).arg(title));
    m_visitTable->resizeColumnsToContents();
}

void VisitsPage::showCareRecords(const gd::CareFilter &filter, const QString &title)
{
    m_stale = false;
    m_tabs->setCurrentIndex(1);
    if (gd::Status s = m_care->setFilter(filter); !s)
        m_careStatus->setText(s.message());
    else
        m_careStatus->setText(tr("%1: %n household(s)", nullptr, m_care->rowCount()).arg(title));
    m_careTable->resizeColumnsToContents();
}

void VisitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_form->reloadChoices();
        QTimer::singleShot(0, this, &VisitsPage::refresh);
    }
}

} // namespace gdui
