#include "HubCasesPage.h"

#include "HubCaseDialog.h"
#include "cases/CaseFilterChoices.h"
#include "cases/CaseListModel.h"
#include "cases/CaseView.h"
#include "common/HighlightDelegate.h"
#include "common/MessageBox.h"
#include "common/ScopeChoices.h"
#include "hub/HubSearch.h"
#include "storage/Logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

namespace {

QComboBox *picker(QWidget *parent, QHBoxLayout *bar, const QString &name, const QString &label)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(label);
    auto *l = new QLabel(label, parent);
    l->setBuddy(c);
    bar->addWidget(l);
    bar->addWidget(c);
    return c;
}

} // namespace

HubCasesPage::HubCasesPage(const FigureOrigin &origin, QWidget *parent)
    : QWidget(parent)
    , m_origin(origin)
{
    auto *layout = new QVBoxLayout(this);
    // Search, as at an office's desk: the hub's results in the office's tiers, filters set aside.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("hubCaseSearchLineEdit"));
    m_search->setAccessibleName(tr("Search the hub's cases"));
    m_search->setPlaceholderText(tr("Search: words, a name, or a phone's last digits (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(350);
    connect(m_searchPause, &QTimer::timeout, this, &HubCasesPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HubCasesPage::applySearch);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *bar = new QHBoxLayout;
    m_scope = picker(this, bar, QStringLiteral("hubCaseScopeComboBox"), tr("&Place:"));
    fillChoices(m_scope, m_origin.scopes(true));
    makeSearchable(m_scope);
    m_scope->setMinimumContentsLength(14);
    m_state = picker(this, bar, QStringLiteral("hubCaseStateComboBox"), tr("S&tate:"));
    addStateChoices(m_state);
    m_due = picker(this, bar, QStringLiteral("hubCaseDueComboBox"), tr("&Deadline:"));
    addDueChoices(m_due, true);
    m_channel = picker(this, bar, QStringLiteral("hubCaseChannelComboBox"), tr("&Channel:"));
    addChannelChoices(m_channel);
    m_sort = picker(this, bar, QStringLiteral("hubCaseSortComboBox"), tr("&Order:"));
    addSortChoices(m_sort);
    layout->addLayout(bar);
    // The second row narrows by what and when.
    bar = new QHBoxLayout;
    m_category = picker(this, bar, QStringLiteral("hubCaseCategoryComboBox"), tr("Cate&gory:"));
    addCategoryChoices(m_category, m_origin.source());
    m_period = picker(this, bar, QStringLiteral("hubCasePeriodComboBox"), tr("Rece&ived:"));
    addPeriodChoices(m_period);
    bar->addStretch(1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Read the list again (F5): the hub takes the offices' packages between two looks"));
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubCaseStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    const FigureOrigin source = m_origin;
    m_model =
        new CaseListModel([source] { return source.source(); },
                          [source](const QString &query, int limit, const QString &key) {
                              return gd::hub::searchHub(*source.hubConnection(), query, limit, key, source.nowMs());
                          },
                          this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hubCaseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A search's matches marked in the snippet, as on an office's list.
    m_table->setItemDelegateForColumn(CaseListModel::DescriptionColumn,
                                      new HighlightDelegate(CaseListModel::MarksRole, m_table));
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCase(index.siblingAtColumn(0).data(CaseListModel::IdRole).toString());
    });

    for (QComboBox *c : {m_scope, m_state, m_due, m_channel, m_sort, m_category, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, &HubCasesPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &HubCasesPage::applyFilter);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &HubCasesPage::applyFilter);
    applyFilter();
}

gd::CaseFilter HubCasesPage::filter() const
{
    gd::CaseFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.due = m_due->currentData().toString();
    f.states = statesOfChoice(m_state->currentData().toString(), f.due);
    f.channel = m_channel->currentData().toString();
    f.categoryId = m_category->currentData().toString();
    std::tie(f.fromMs, f.toMs) = periodOfChoice(m_period->currentData().toString(), m_origin.nowMs());
    gd::CaseQueries::sortFromKey(m_sort->currentData().toString(), &f.sort);
    return f;
}

void HubCasesPage::applyFilter()
{
    show(filter(), QString());
}

void HubCasesPage::showCases(const gd::CaseFilter &filter, const QString &title)
{
    show(filter, title);
}

void HubCasesPage::applySearch()
{
    m_searchPause->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        applyFilter();
        return;
    }
    if (const gd::Status s = m_model->setSearch(text); !s) {
        m_status->setText(s.message());
        return;
    }
    m_table->resizeColumnsToContents();
    auto n = gd::hub::countHubSearch(*m_origin.hubConnection(), text);
    m_status->setText(n ? tr("%n case(s) found on the hub; the filters are set aside while searching", nullptr, int(*n))
                        : n.message());
    m_status->setToolTip(QString());
}

void HubCasesPage::show(const gd::CaseFilter &filter, const QString &title)
{
    if (!m_model->search().isEmpty()) { // a filter chosen ends the search
        const QSignalBlocker quiet(m_search);
        m_search->clear();
        gd::logFailure(m_model->setSearch({}), "ending the hub's search");
    }
    if (const gd::Status s = m_model->setFilter(filter); !s) {
        m_status->setText(s.message());
        return;
    }
    m_table->resizeColumnsToContents();
    // The count visits every case it counts; the page itself reads only its own rows.
    auto n = gd::CaseQueries(m_origin.source()).count(filter);
    if (!n)
        m_status->setText(n.message());
    else if (title.isEmpty())
        m_status->setText(tr("%n case(s) on the hub", nullptr, *n));
    else
        m_status->setText(tr("%1: %n case(s) (until another filter is chosen)", nullptr, *n).arg(title));
    m_status->setToolTip(title);
}

void HubCasesPage::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;
    auto *dialog = new HubCaseDialog(m_origin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->showCase(caseId)) {
        delete dialog;
        return;
    }
    dialog->show(); // beside the list: several cases may be open at once
}

QWidget *HubCasesPage::openCaseNumber(const QString &number)
{
    auto id = gd::caseIdOfNumber(m_origin.source(), number);
    if (!id) {
        MessageBox::warning(this, tr("Case"), id.message());
        return nullptr;
    }
    openCase(*id);
    const QList<HubCaseDialog *> open = findChildren<HubCaseDialog *>();
    return open.isEmpty() ? nullptr : open.last();
}

} // namespace gdui
