#include "CasesPage.h"

#include "CaseDetail.h"
#include "CaseExportAction.h"
#include "CaseFilterChoices.h"
#include "CaseListModel.h"
#include "HotlineImportDialog.h"
#include "RepeatReviewDialog.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "cases/RepeatReview.h"
#include "cases/Workflow.h"
#include "common/Choosers.h"
#include "common/HighlightDelegate.h"
#include "common/ListParts.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gdui {

namespace {
QComboBox *filterCombo(QToolBar *bar, const QString &name, const QString &accessible)
{
    auto *c = new QComboBox(bar);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    bar->addWidget(c);
    return c;
}
} // namespace

CasesPage::CasesPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("casesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseSearchLineEdit"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search: words, a name, or a phone's last digits (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    bar->addWidget(m_search);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Results follow the typing after a short pause; Enter searches at once, Esc clears.
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(350);
    connect(m_searchPause, &QTimer::timeout, this, &CasesPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::applySearch);
    m_search->installEventFilter(this);
    m_state = filterCombo(bar, QStringLiteral("caseStateFilterComboBox"), tr("State filter"));
    addStateChoices(m_state);
    m_due = filterCombo(bar, QStringLiteral("caseDueFilterComboBox"), tr("Deadline filter"));
    addDueChoices(m_due, false);
    m_street = filterCombo(bar, QStringLiteral("caseStreetFilterComboBox"), tr("Street filter"));
    QList<Choice> streets;
    for (const gd::Street &s : gd::HierarchyService(*ctx.db).streets())
        streets << Choice{s.id, s.name};
    fillChoices(m_street, streets, tr("All streets"));
    m_category = filterCombo(bar, QStringLiteral("caseCategoryFilterComboBox"), tr("Category filter"));
    addCategoryChoices(m_category, gd::ReadSource::of(*ctx.db));
    m_channel = filterCombo(bar, QStringLiteral("caseChannelFilterComboBox"), tr("Channel filter"));
    addChannelChoices(m_channel);
    m_sort = filterCombo(bar, QStringLiteral("caseSortComboBox"), tr("Order"));
    addSortChoices(m_sort);
    layout->addWidget(bar);

    // The second row narrows by place, person and time.
    auto *more = new QToolBar(this);
    m_community = filterCombo(more, QStringLiteral("caseCommunityFilterComboBox"), tr("Community filter"));
    m_grid = filterCombo(more, QStringLiteral("caseGridFilterComboBox"), tr("Grid filter"));
    m_handler = filterCombo(more, QStringLiteral("caseHandlerFilterComboBox"), tr("Handler filter"));
    QList<Choice> handlers;
    for (const gd::Worker &w : gd::WorkerService(*ctx.db).ofKind(QStringLiteral("full_time")))
        handlers << Choice{w.id, w.name + QLatin1Char(' ') + w.phone};
    fillChoices(m_handler, handlers, tr("All handlers"));
    makeSearchable(m_handler);
    // A grid worker at the desk wants their own cases in one key: the handler filter set to them.
    m_mine = more->addAction(tr("My cases"));
    m_mine->setObjectName(QStringLiteral("myCasesAction"));
    m_mine->setCheckable(true);
    m_mine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    addAction(m_mine); // the key works even when a narrow window folds the button out of the toolbar
    connect(m_mine, &QAction::toggled, this, &CasesPage::showMyCases);
    connect(ctx.db, &gd::Database::actorChanged, this, &CasesPage::updateMyCases);
    m_lead = filterCombo(more, QStringLiteral("caseLeadFilterComboBox"), tr("Lead unit filter"));
    QList<Choice> units;
    for (const gd::Unit &u : gd::UnitService(*ctx.db).units())
        units << Choice{u.id, u.name};
    fillChoices(m_lead, units, tr("Any lead unit"));
    makeSearchable(m_lead);
    m_period = filterCombo(more, QStringLiteral("casePeriodFilterComboBox"), tr("Received within"));
    addPeriodChoices(m_period);
    more->addSeparator();
    QAction *importOrders = more->addAction(tr("Import 12345 orders…"));
    importOrders->setObjectName(QStringLiteral("importHotlineAction"));
    importOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importOrders->setToolTip(tr("Import work orders from a 12345 hotline CSV file (Ctrl+I)"));
    connect(importOrders, &QAction::triggered, this, [this] {
        HotlineImportDialog dialog(*m_ctx.db, this);
        dialog.exec(); // the list follows by itself: the database says the cases changed
    });
    QAction *review = m_review = more->addAction(QString());
    review->setObjectName(QStringLiteral("repeatReviewAction"));
    updateRepeatCount();
    connect(m_ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("cases")))
            updateRepeatCount();
    });
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setToolTip(tr("Decide the imported cases that may repeat a case on file (Ctrl+Shift+R)"));
    connect(review, &QAction::triggered, this, [this] {
        RepeatReviewDialog dialog(*m_ctx.db, this);
        connect(&dialog, &RepeatReviewDialog::openCase, this, [this, &dialog](const QString &id) {
            dialog.accept();
            // Found by its number wherever it is in the list (a number is the search's first match).
            m_search->setText(gd::CaseService(*m_ctx.db).numberOf(id));
            applySearch();
            selectCase(id);
        });
        dialog.exec();
    });
    m_export = more->addAction(tr("Export list…"));
    m_export->setObjectName(QStringLiteral("exportCasesAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the list as filtered to an Excel workbook or a CSV file (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, [this] { exportCaseList(this, *m_ctx.db, m_model->filter()); });
    QAction *replies = more->addAction(tr("Export hotline replies…"));
    replies->setObjectName(QStringLiteral("exportRepliesAction"));
    replies->setToolTip(tr("Save the results and replies given to 12345 orders, one row per order, for the hotline's "
                           "system"));
    connect(replies, &QAction::triggered, this, [this] { exportHotlineReplies(this, *m_ctx.db); });
    m_status = new QLabel(more);
    more->addWidget(m_status);
    layout->addWidget(more);
    refillCommunities();

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new CaseListModel(*ctx.db, this);
    m_table = new QTableView(split);
    setupRecordTable(m_table, QStringLiteral("casesTableView"), tr("Cases"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CaseListModel::DescriptionColumn,
                                      new HighlightDelegate(CaseListModel::MarksRole, m_table));
    m_detail = new CaseDetail(ctx, split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // A street narrows the communities offered, a community the grids: refilled (quietly)
    // before the list is read again, so one change reads the list once.
    connect(m_street, &QComboBox::currentIndexChanged, this, &CasesPage::refillCommunities);
    connect(m_community, &QComboBox::currentIndexChanged, this, &CasesPage::refillGrids);
    for (QComboBox *c : filters())
        connect(c, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_detail->caseId().isEmpty())
            selectCase(m_detail->caseId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::syncMyCases);
    updateMyCases();
    applyFilter();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0)); // the desk sees a case at once, not an empty pane
}

QList<QComboBox *> CasesPage::filters() const
{
    return {m_state, m_due, m_street, m_category, m_channel, m_sort, m_community, m_grid, m_handler, m_lead, m_period};
}

void CasesPage::updateRepeatCount()
{
    // The pairs waiting for a decision, on the button itself: an import leaves them for later.
    const int pending = gd::RepeatReview(*m_ctx.db).count(QStringLiteral("pending"));
    m_review->setText(pending > 0 ? tr("Suspected repeats (%1)…").arg(pending) : tr("Suspected repeats…"));
}

void CasesPage::refillCommunities()
{
    QList<Choice> list;
    for (const gd::Community &c : gd::HierarchyService(*m_ctx.db).communities(chosenId(m_street)))
        list << Choice{c.id, c.name};
    const QSignalBlocker quiet(m_community); // one applyFilter for the whole change
    fillChoices(m_community, list, tr("All communities"));
    refillGrids();
}

void CasesPage::refillGrids()
{
    QList<Choice> list;
    const QString community = chosenId(m_community);
    if (!community.isEmpty())
        for (const gd::Grid &g : gd::GridService(*m_ctx.db).grids(community))
            list << Choice{g.id, g.name};
    const QSignalBlocker quiet(m_grid);
    fillChoices(m_grid, list, community.isEmpty() ? tr("Choose a community for its grids") : tr("All grids"));
    m_grid->setEnabled(!community.isEmpty() && m_search->text().trimmed().isEmpty());
}

// The "received within" choice as [from, to) in milliseconds, Beijing days.
QPair<qint64, qint64> CasesPage::period() const
{
    return periodOfChoice(m_period->currentData().toString(), m_ctx.db->nowMs());
}

void CasesPage::applyFilter()
{
    gd::CaseFilter f;
    f.due = m_due->currentData().toString();
    f.states = statesOfChoice(m_state->currentData().toString(), f.due);
    f.streetId = chosenId(m_street);
    f.communityId = chosenId(m_community);
    f.gridId = chosenId(m_grid);
    f.handlerWorkerId = chosenId(m_handler);
    f.leadOrgId = chosenId(m_lead);
    std::tie(f.fromMs, f.toMs) = period();
    f.categoryId = chosenId(m_category);
    f.channel = m_channel->currentData().toString();
    gd::CaseQueries::sortFromKey(m_sort->currentData().toString(), &f.sort);
    const gd::Status s = m_model->setFilter(f);
    m_status->setText(s.ok() ? QString() : s.message());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(CaseListModel::DescriptionColumn, 320);
}

bool CasesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CasesPage::applySearch()
{
    m_searchPause->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_model->search())
        return;
    // While searching the filters step aside: search looks through every case.
    for (QComboBox *c : filters())
        c->setEnabled(text.isEmpty());
    m_export->setEnabled(text.isEmpty()); // the export writes the filtered list
    const gd::Status s = m_model->setSearch(text);
    if (!s.ok()) {
        m_status->setText(s.message());
    } else if (text.isEmpty()) {
        m_status->clear();
    } else {
        auto n = gd::CaseSearch(*m_ctx.db).count(text);
        m_status->setText(n ? tr("%n case(s) found, best matches first", nullptr, int(qMin<qint64>(*n, INT_MAX)))
                            : n.message());
    }
    // While searching, the matched text stands right after the number and state, wide enough to
    // read; back in the list it returns to its place.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(CaseListModel::DescriptionColumn),
                        text.isEmpty() ? CaseListModel::DescriptionColumn : CaseListModel::StateColumn + 1);
    header->resizeSection(CaseListModel::DescriptionColumn, text.isEmpty() ? 320 : 520);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CasesPage::selectCase(const QString &caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void CasesPage::openCase(const QString &caseId)
{
    if (m_model->rowOf(caseId) >= 0)
        selectCase(caseId);
    else
        m_detail->showCase(caseId);
}

void CasesPage::showFilter(const gd::CaseFilter &filter)
{
    // The search steps aside, as it holds every filter aside while it has text.
    m_search->clear();
    applySearch();
    // A grid brings its community and street: the grid combo is only filled for a community.
    QString communityId = filter.communityId, streetId = filter.streetId;
    if (communityId.isEmpty() && !filter.gridId.isEmpty())
        if (auto g = gd::GridService(*m_ctx.db).grid(filter.gridId))
            communityId = g->communityId;
    if (streetId.isEmpty() && !communityId.isEmpty())
        if (auto c = gd::HierarchyService(*m_ctx.db).community(communityId))
            streetId = c->streetId;
    const QString state = choiceOfStates(filter.states, filter.due);
    // A worker the combo does not offer (not full-time: a grid head, a part-timer covering a grid).
    if (!filter.handlerWorkerId.isEmpty() && m_handler->findData(filter.handlerWorkerId) < 0)
        if (auto w = gd::WorkerService(*m_ctx.db).worker(filter.handlerWorkerId))
            m_handler->addItem(w->name + QLatin1Char(' ') + w->phone, w->id);
    QString sort;
    for (const QString &key : gd::CaseQueries::sortKeys()) {
        gd::CaseSort s;
        if (gd::CaseQueries::sortFromKey(key, &s) && s == filter.sort)
            sort = key;
    }
    // Quietly, so the list is read once, at the end; the street and community refill below them.
    auto set = [](QComboBox *combo, const QString &id) {
        const QSignalBlocker quiet(combo);
        selectChoice(combo, id);
    };
    set(m_street, streetId);
    refillCommunities();
    set(m_community, communityId);
    refillGrids();
    set(m_grid, filter.gridId);
    set(m_state, state);
    set(m_due, filter.due);
    set(m_category, filter.categoryId);
    set(m_channel, filter.channel);
    set(m_sort, sort);
    set(m_handler, filter.handlerWorkerId);
    set(m_lead, filter.leadOrgId);
    set(m_period, QString());
    applyFilter();
    // No combo offers handling units: the unit narrows this list until another filter is chosen
    // (applyFilter then reads the combos alone), and the status line names it meanwhile.
    if (!filter.handlerUnitId.isEmpty()) {
        gd::CaseFilter f = m_model->filter();
        f.handlerUnitId = filter.handlerUnitId;
        const gd::Status s = m_model->setFilter(f);
        auto unit = gd::UnitService(*m_ctx.db).unit(filter.handlerUnitId);
        const QString name = unit ? unit->name : filter.handlerUnitId;
        m_status->setText(s.ok() ? tr("Handled by %1 (until another filter is chosen)").arg(name) : s.message());
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CasesPage::showCases(const gd::CaseFilter &filter, const QString &title)
{
    showFilter(filter);
    const gd::Status s = m_model->setFilter(filter);
    auto n = gd::CaseQueries(*m_ctx.db).count(filter);
    if (!s.ok() || !n)
        m_status->setText(!s.ok() ? s.message() : n.message());
    else
        m_status->setText(tr("%1: %n case(s) (until another filter is chosen)", nullptr, *n).arg(title));
    m_status->setToolTip(title);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CasesPage::onCurrentChanged()
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        m_detail->showCase(i.siblingAtColumn(0).data(CaseListModel::IdRole).toString());
}

void CasesPage::showMyCases(bool on)
{
    const QString mine = m_ctx.db->actor().workerId;
    if (on && mine.isEmpty()) { // not linked (the action is disabled then, but a script may toggle it)
        syncMyCases();
        return;
    }
    if (on && !m_search->text().trimmed().isEmpty()) {
        m_search->clear(); // a search sets the filters aside: leave it, to show the list asked for
        applySearch();
    }
    // A linked worker the combo does not offer (not full-time, or no longer active).
    if (on && m_handler->findData(mine) < 0)
        if (auto w = gd::WorkerService(*m_ctx.db).worker(mine))
            m_handler->addItem(w->name + QLatin1Char(' ') + w->phone, w->id);
    selectChoice(m_handler, on ? mine : QString()); // the list follows the combo
    syncMyCases();
}

void CasesPage::updateMyCases()
{
    const gd::Actor &a = m_ctx.db->actor();
    const bool linked = a.signedIn && !a.workerId.isEmpty();
    m_mine->setEnabled(linked);
    m_mine->setToolTip(linked ? tr("Only the cases you handle now as a grid worker (Ctrl+M)")
                              : tr("My cases: your operator is not linked to a grid worker; an administrator "
                                   "links it under File › Operators."));
    if (m_mine->isChecked())
        showMyCases(linked); // the next operator's own cases, or the filter given back
}

void CasesPage::syncMyCases()
{
    const QString mine = m_ctx.db->actor().workerId;
    const QSignalBlocker quiet(m_mine);
    m_mine->setChecked(!mine.isEmpty() && m_model->filter().handlerWorkerId == mine);
}

} // namespace gdui
