#include "CouncilsPage.h"

#include "CouncilDialog.h"
#include "CouncilListModel.h"
#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/RecordListView.h"
#include "common/ScopeChoices.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

CouncilsPage::CouncilsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("councilsScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_kind = keyFilterCombo(this, tr("Councils and committees"), gd::councils::kinds(), gd::councils::kindName);
    addPeriodEdits(this, ctx.db->nowMs(), 12, &m_from, &m_to);
    m_rules = new QCheckBox(tr("Only those that adopted a rule"), this);
    m_rules->setObjectName(QStringLiteral("councilsRulesCheckBox"));
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_kind, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to, m_rules})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new CouncilListModel(*ctx.db, this);
    const RecordListView view =
        buildRecordListView(this, m_model,
                            {QStringLiteral("councilsTable"), tr("Residents' councils"), tr("&Record a meeting…"),
                             QStringLiteral("councilRecordButton"), QStringLiteral("councilsStatusLabel"),
                             QStringLiteral("councilDetail")});
    m_table = view.table;
    m_status = view.status;
    m_detail = view.detail;
    m_edit = view.edit;
    m_remove = view.remove;
    layout->addWidget(view.split, 1);
    wireRecordListView(this, view,
                       {[this] { recordCouncil(); }, [this] { editSelected(); }, [this] { removeSelected(); },
                        [this] { showSelected(); }});

    for (QComboBox *c : {m_scope, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &CouncilsPage::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &CouncilsPage::refresh);
    connect(m_rules, &QCheckBox::toggled, this, &CouncilsPage::refresh);
    connect(ctx.db, &gd::Database::changed, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QLatin1String("council")) || t == QLatin1String("communities")) {
                m_stale = true;
                if (isVisible())
                    QTimer::singleShot(0, this, &CouncilsPage::refresh);
                return;
            }
    });
    showSelected();
}

QString CouncilsPage::currentId() const
{
    return m_table->currentIndex().data(CouncilListModel::IdRole).toString();
}

void CouncilsPage::refresh()
{
    m_stale = false;
    const QString keep = currentId();
    gd::CouncilFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.kind = m_kind->currentData().toString();
    f.withRule = m_rules->isChecked();
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    if (gd::Status s = m_model->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::CouncilService(*m_ctx.db).count(f))
        m_status->setText(tr("%n meeting(s)", nullptr, *n));
    m_table->resizeColumnsToContents();
    select(keep);
}

void CouncilsPage::select(const QString &id)
{
    selectRecord(m_table, m_model, id);
    showSelected();
}

void CouncilsPage::showSelected()
{
    const QString id = currentId();
    m_edit->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a meeting in the list, or record one (Ctrl+N).</p>"));
        return;
    }
    auto c = gd::CouncilService(*m_ctx.db).open(id);
    if (!c) {
        m_detail->setPlainText(c.message());
        return;
    }
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4 %5</p>")
                       .arg(htmlText(c->topic), htmlText(gd::councils::kindName(c->kind)),
                            htmlText(row ? (row->gridName.isEmpty() ? row->communityName : row->gridName) : QString()),
                            gd::cases::timeText(c->atMs), htmlText(c->place));
    QStringList attended;
    for (const QString &role : gd::councils::roles())
        if (const int n = gd::councils::countOf(c->attendance, role); n > 0)
            attended << tr("%1 %2").arg(gd::councils::roleName(role)).arg(n);
    html += tr("<p>Attended (%1): %2</p>").arg(c->attendance.total()).arg(htmlText(attended.join(tr(", "))));
    if (!c->positions.isEmpty())
        html += tr("<h4>Positions</h4><p>%1</p>").arg(htmlText(c->positions));
    if (!c->resolution.isEmpty())
        html += tr("<h4>Resolution</h4><p>%1</p>").arg(htmlText(c->resolution));
    if (!c->ruleTitle.isEmpty())
        html += tr("<h4>Rule adopted: %1</h4><p>%2</p>").arg(htmlText(c->ruleTitle), htmlText(c->ruleText));
    if (!c->caseIds.isEmpty()) {
        QStringList numbers;
        gd::CaseService cases(*m_ctx.db);
        for (const QString &caseId : c->caseIds)
            numbers << cases.numberOf(caseId);
        html += tr("<p>Requests settled: %1</p>").arg(htmlText(numbers.join(tr(", "))));
    }
    m_detail->setHtml(html);
}

void CouncilsPage::recordCouncil()
{
    gd::Council c;
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    if (scope.kind == gd::stats::StatsScope::Community)
        c.communityId = scope.id;
    CouncilDialog dialog(m_ctx, c, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.savedId());
        m_status->setText(tr("The meeting was recorded."));
    }
}

void CouncilsPage::editSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto c = gd::CouncilService(*m_ctx.db).open(id);
    if (!c) {
        MessageBox::warning(this, tr("Change the residents' meeting"), c.message());
        return;
    }
    CouncilDialog dialog(m_ctx, *c, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CouncilsPage::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() || !MessageBox::question(this, tr("Remove the residents' meeting"),
                                              tr("Remove this meeting of residents from the record?")))
        return;
    if (gd::Status s = gd::CouncilService(*m_ctx.db).remove(id); !s)
        MessageBox::warning(this, tr("Remove the residents' meeting"), s.message());
    refresh();
}

void CouncilsPage::showRecords(const gd::CouncilFilter &filter, const QString &title)
{
    m_stale = false;
    if (gd::Status s = m_model->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::CouncilService(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n meeting(s)", nullptr, *n).arg(title));
    m_table->resizeColumnsToContents();
    showSelected();
}

void CouncilsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &CouncilsPage::refresh);
}

} // namespace gdui
