#include "VolunteersPage.h"

#include "VolunteerServiceDialog.h"
#include "VolunteerServiceListModel.h"
#include "VolunteerTeamsTab.h"
#include "VolunteerTotalsTab.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/RecordListView.h"
#include "common/ScopeChoices.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "volunteers/VolunteerTeams.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

VolunteersPage::VolunteersPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("volunteerTabs"));
    m_teams = new VolunteerTeamsTab(ctx, m_tabs);
    m_totals = new VolunteerTotalsTab(ctx, m_tabs);
    m_tabs->addTab(buildServicesTab(), tr("&Services"));
    m_tabs->addTab(m_teams, tr("&Teams"));
    m_tabs->addTab(m_totals, tr("T&otals and hours"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_totals)
            m_totals->refresh();
    });
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QLatin1String("volunteer")) || t == QLatin1String("workers")) {
                m_stale = true;
                if (isVisible())
                    QTimer::singleShot(0, this, [this] {
                        refresh();
                        m_teams->refresh();
                    });
                return;
            }
    });
}

QWidget *VolunteersPage::buildServicesTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(tab);
    m_scope->setObjectName(QStringLiteral("volunteersScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*m_ctx.db, true));
    m_team = new QComboBox(tab);
    m_team->setObjectName(QStringLiteral("volunteersTeamFilter"));
    m_team->addItem(tr("Every team"), QString());
    const auto teams = gd::VolunteerTeamService(*m_ctx.db).teams();
    for (const gd::VolunteerTeam &t : teams ? *teams : QList<gd::VolunteerTeam>())
        m_team->addItem(t.name, t.id);
    addPeriodEdits(tab, m_ctx.db->nowMs(), 3, &m_from, &m_to);
    auto *scopeLabel = new QLabel(tr("&Where:"), tab);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_team, m_from,
                                                       new QLabel(QStringLiteral("—"), tab), m_to})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_model = new VolunteerServiceListModel(*m_ctx.db, this);
    const RecordListView view =
        buildRecordListView(tab, m_model,
                            {QStringLiteral("volunteerServicesTable"), tr("Volunteer services"),
                             tr("&Record a service…"), QStringLiteral("volunteerRecordButton"),
                             QStringLiteral("volunteersStatusLabel"), QStringLiteral("volunteerDetail")});
    m_table = view.table;
    m_status = view.status;
    m_detail = view.detail;
    m_edit = view.edit;
    m_remove = view.remove;
    layout->addWidget(view.split, 1);
    wireRecordListView(tab, view,
                       {[this] { recordService(); }, [this] { editSelected(); }, [this] { removeSelected(); },
                        [this] { showSelected(); }});

    for (QComboBox *c : {m_scope, m_team})
        connect(c, &QComboBox::currentIndexChanged, this, &VolunteersPage::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &VolunteersPage::refresh);
    showSelected();
    return tab;
}

QString VolunteersPage::currentId() const
{
    return m_table->currentIndex().data(VolunteerServiceListModel::IdRole).toString();
}

void VolunteersPage::refresh()
{
    m_stale = false;
    const QString keep = currentId();
    gd::VolunteerFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.teamId = m_team->currentData().toString();
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    if (gd::Status s = m_model->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::VolunteerServiceLog(*m_ctx.db).count(f))
        m_status->setText(tr("%n service(s)", nullptr, *n));
    m_table->resizeColumnsToContents();
    select(keep);
}

void VolunteersPage::select(const QString &id)
{
    selectRecord(m_table, m_model, id);
    showSelected();
}

void VolunteersPage::showSelected()
{
    const QString id = currentId();
    m_edit->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a service in the list, or record one (Ctrl+N).</p>"));
        return;
    }
    auto s = gd::VolunteerServiceLog(*m_ctx.db).open(id);
    if (!s) {
        m_detail->setPlainText(s.message());
        return;
    }
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    QStringList names;
    gd::WorkerService workers(*m_ctx.db);
    for (const QString &w : s->workerIds)
        if (auto worker = workers.worker(w))
            names << worker->name;
    QString html = QStringLiteral("<h3>%1 · %2</h3><p>%3 · %4</p>")
                       .arg(htmlText(row ? row->kindName : QString()), htmlText(row ? row->teamName : QString()),
                            gd::cases::timeText(s->atMs), htmlText(row ? row->gridName : QString()));
    html += tr("<p>%1 hours each, %2 household(s) served</p>").arg(s->hours).arg(s->households);
    html += tr("<p>Served: %1</p>").arg(htmlText(names.join(QStringLiteral("、"))));
    if (!s->summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(s->summary));
    m_detail->setHtml(html);
}

void VolunteersPage::recordService()
{
    gd::VolunteerService s;
    s.teamId = m_team->currentData().toString();
    VolunteerServiceDialog dialog(m_ctx, s, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.savedId());
        m_status->setText(tr("The service was recorded."));
    }
}

void VolunteersPage::editSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto s = gd::VolunteerServiceLog(*m_ctx.db).open(id);
    if (!s) {
        MessageBox::warning(this, tr("Change the volunteer service"), s.message());
        return;
    }
    VolunteerServiceDialog dialog(m_ctx, *s, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void VolunteersPage::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() ||
        !MessageBox::question(this, tr("Remove the volunteer service"), tr("Remove this service from the record?")))
        return;
    if (gd::Status s = gd::VolunteerServiceLog(*m_ctx.db).remove(id); !s)
        MessageBox::warning(this, tr("Remove the volunteer service"), s.message());
    refresh();
}

void VolunteersPage::showRecords(const gd::VolunteerFilter &filter, const QString &title)
{
    m_stale = false;
    m_tabs->setCurrentIndex(0);
    if (gd::Status s = m_model->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::VolunteerServiceLog(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n service(s)", nullptr, *n).arg(title));
    m_table->resizeColumnsToContents();
    showSelected();
}

void VolunteersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &VolunteersPage::refresh);
}

} // namespace gdui
