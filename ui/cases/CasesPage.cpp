#include "CasesPage.h"

#include "CaseDetail.h"
#include "CaseListModel.h"
#include "cases/CategoryService.h"
#include "cases/Workflow.h"
#include "common/Choosers.h"
#include "common/ListParts.h"
#include "org/HierarchyService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace gdui {

namespace {
const char kOpenStates[] = "open";

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
    m_state = filterCombo(bar, QStringLiteral("caseStateFilterComboBox"), tr("State filter"));
    m_state->addItem(tr("All open cases"), QString::fromLatin1(kOpenStates));
    m_state->addItem(tr("All cases"), QString());
    for (const QString &s : gd::cases::states())
        m_state->addItem(gd::cases::stateName(s), s);
    m_due = filterCombo(bar, QStringLiteral("caseDueFilterComboBox"), tr("Deadline filter"));
    m_due->addItem(tr("Any deadline"), QString());
    m_due->addItem(tr("Due within a working day"), QStringLiteral("due_soon"));
    m_due->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_street = filterCombo(bar, QStringLiteral("caseStreetFilterComboBox"), tr("Street filter"));
    QList<Choice> streets;
    for (const gd::Street &s : gd::HierarchyService(*ctx.db).streets())
        streets << Choice{s.id, s.name};
    fillChoices(m_street, streets, tr("All streets"));
    m_category = filterCombo(bar, QStringLiteral("caseCategoryFilterComboBox"), tr("Category filter"));
    QList<Choice> categories;
    for (const gd::Category &c : gd::CategoryService(*ctx.db).tree())
        if (c.parentId.isEmpty())
            categories << Choice{c.id, c.name};
    fillChoices(m_category, categories, tr("All categories"));
    m_channel = filterCombo(bar, QStringLiteral("caseChannelFilterComboBox"), tr("Channel filter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : gd::cases::channels())
        m_channel->addItem(gd::cases::channelName(c), c);
    m_sort = filterCombo(bar, QStringLiteral("caseSortComboBox"), tr("Order"));
    m_sort->addItem(tr("Newest first"), QStringLiteral("received"));
    m_sort->addItem(tr("Oldest first"), QStringLiteral("received_asc"));
    m_sort->addItem(tr("Earliest deadline first"), QStringLiteral("due"));
    m_sort->addItem(tr("Recently changed first"), QStringLiteral("updated"));
    m_status = new QLabel(bar);
    bar->addWidget(m_status);
    layout->addWidget(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new CaseListModel(*ctx.db, this);
    m_table = new QTableView(split);
    setupRecordTable(m_table, QStringLiteral("casesTableView"), tr("Cases"));
    m_table->setModel(m_model);
    m_detail = new CaseDetail(ctx, split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    for (QComboBox *c : {m_state, m_due, m_street, m_category, m_channel, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_detail->caseId().isEmpty())
            selectCase(m_detail->caseId());
    });
    applyFilter();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0)); // the desk sees a case at once, not an empty pane
}

void CasesPage::applyFilter()
{
    gd::CaseFilter f;
    const QString state = m_state->currentData().toString();
    if (state == QLatin1String(kOpenStates)) {
        for (const QString &s : gd::cases::states())
            if (gd::workflow::isOpen(s))
                f.states << s;
    } else if (!state.isEmpty()) {
        f.states << state;
    }
    f.due = m_due->currentData().toString();
    f.streetId = chosenId(m_street);
    f.categoryId = chosenId(m_category);
    f.channel = m_channel->currentData().toString();
    gd::CaseQueries::sortFromKey(m_sort->currentData().toString(), &f.sort);
    const gd::Status s = m_model->setFilter(f);
    m_status->setText(s.ok() ? QString() : s.message());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(CaseListModel::DescriptionColumn, 320);
}

void CasesPage::selectCase(const QString &caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void CasesPage::onCurrentChanged()
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        m_detail->showCase(i.siblingAtColumn(0).data(CaseListModel::IdRole).toString());
}

} // namespace gdui
