#include "JointActivitiesTab.h"

#include "JointActivityDialog.h"
#include "JointListModels.h"
#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/RecordListView.h"
#include "common/ScopeChoices.h"
#include "org/GridService.h"
#include "org/PoliceGridService.h"
#include "storage/Database.h"

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
#include <QTimeZone>
#include <QVBoxLayout>

namespace gdui {

JointActivitiesTab::JointActivitiesTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("jointScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_policeGrid = new QComboBox(this);
    m_policeGrid->setObjectName(QStringLiteral("jointPoliceGridFilter"));
    m_policeGrid->addItem(tr("Every police grid"), QString());
    for (const gd::PoliceGrid &p : gd::PoliceGridService(*ctx.db).policeGrids())
        m_policeGrid->addItem(p.name, p.id);
    m_kind = keyFilterCombo(this, tr("Every kind"), gd::joint::activityKinds(), gd::joint::activityKindName);
    m_kind->setObjectName(QStringLiteral("jointKindFilter"));
    addPeriodEdits(this, ctx.db->nowMs(), 3, &m_from, &m_to);
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_policeGrid, m_kind, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new JointActivityListModel(*ctx.db, this);
    const RecordListView view = buildRecordListView(
        this, m_model,
        {QStringLiteral("jointActivitiesTable"), tr("Joint activities"), tr("&Record joint work…"),
         QStringLiteral("jointRecordButton"), QStringLiteral("jointStatusLabel"), QStringLiteral("jointDetail")});
    m_table = view.table;
    m_status = view.status;
    m_detail = view.detail;
    m_edit = view.edit;
    m_remove = view.remove;
    layout->addWidget(view.split, 1);
    wireRecordListView(this, view,
                       {[this] { recordActivity(); }, [this] { editSelected(); }, [this] { removeSelected(); },
                        [this] { showSelected(); }});

    for (QComboBox *c : {m_scope, m_policeGrid, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &JointActivitiesTab::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &JointActivitiesTab::refresh);
    showSelected();
}

QString JointActivitiesTab::currentId() const
{
    return m_table->currentIndex().data(JointActivityListModel::IdRole).toString();
}

void JointActivitiesTab::refresh()
{
    const QString keep = currentId();
    gd::JointActivityFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.policeGridId = m_policeGrid->currentData().toString();
    f.kind = m_kind->currentData().toString();
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    if (gd::Status s = m_model->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::JointActivityService(*m_ctx.db).count(f))
        m_status->setText(tr("%n joint activit(ies)", nullptr, *n));
    m_table->resizeColumnsToContents();
    select(keep);
}

void JointActivitiesTab::select(const QString &id)
{
    selectRecord(m_table, m_model, id);
    showSelected();
}

void JointActivitiesTab::showSelected()
{
    const QString id = currentId();
    m_edit->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose joint work in the list, or record it (Ctrl+N).</p>"));
        return;
    }
    auto a = gd::JointActivityService(*m_ctx.db).open(id);
    if (!a) {
        m_detail->setPlainText(a.message());
        return;
    }
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    QString html =
        QStringLiteral("<h3>%1 · %2</h3><p>%3</p><p>%4</p>")
            .arg(htmlText(gd::joint::activityKindName(a->kind)), htmlText(row ? row->policeGridName : QString()),
                 gd::cases::timeText(a->atMs), htmlText(a->summary));
    html += tr("<p>Grids: %1</p>").arg(htmlText(row ? row->grids : QString()));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("People"));
    for (const gd::JointPerson &p : a->people)
        html += QStringLiteral("<li>%1</li>").arg(htmlText(p.name));
    html += QStringLiteral("</ul>");
    gd::CaseService cases(*m_ctx.db);
    QStringList links;
    for (const QString &c : a->caseIds)
        links << tr("request %1").arg(cases.numberOf(c));
    for (const QString &d : a->disputeIds)
        links << tr("dispute %1").arg(d.left(8));
    if (!links.isEmpty())
        html += tr("<p>Dealt with: %1</p>").arg(htmlText(links.join(tr(", "))));
    if (!a->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(a->note));
    if (row && !row->recordedByName.isEmpty())
        html += tr("<p><i>Recorded by %1</i></p>").arg(htmlText(row->recordedByName));
    m_detail->setHtml(html);
}

void JointActivitiesTab::recordActivity()
{
    gd::JointActivity a;
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    a.policeGridId = m_policeGrid->currentData().toString();
    if (scope.kind == gd::stats::StatsScope::Grid) {
        a.gridIds = {scope.id};
        if (auto g = gd::GridService(*m_ctx.db).grid(scope.id); g && a.policeGridId.isEmpty())
            a.policeGridId = g->policeGridId;
    }
    JointActivityDialog dialog(m_ctx, a, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.savedId());
        m_status->setText(tr("The joint work was recorded."));
    }
}

void JointActivitiesTab::editSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto a = gd::JointActivityService(*m_ctx.db).open(id);
    if (!a) {
        MessageBox::warning(this, tr("Change the joint work"), a.message());
        return;
    }
    JointActivityDialog dialog(m_ctx, *a, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void JointActivitiesTab::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() ||
        !MessageBox::question(this, tr("Remove the joint work"), tr("Remove this joint work from the record?")))
        return;
    if (gd::Status s = gd::JointActivityService(*m_ctx.db).remove(id); !s)
        MessageBox::warning(this, tr("Remove the joint work"), s.message());
    refresh();
}

void JointActivitiesTab::showRecords(const gd::JointActivityFilter &filter, const QString &title)
{
    if (gd::Status s = m_model->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::JointActivityService(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n joint activit(ies)", nullptr, *n).arg(title));
    m_table->resizeColumnsToContents();
    showSelected();
}

} // namespace gdui
