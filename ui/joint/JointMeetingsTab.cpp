#include "JointMeetingsTab.h"

#include "JointListModels.h"
#include "JointMeetingDialog.h"
#include "JointTaskTable.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/RecordListView.h"
#include "common/ScopeChoices.h"
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

JointMeetingsTab::JointMeetingsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("meetingsScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_level = keyFilterCombo(this, tr("Every level"), gd::joint::levels(), gd::joint::levelName);
    m_level->setObjectName(QStringLiteral("meetingsLevelFilter"));
    addPeriodEdits(this, ctx.db->nowMs(), 6, &m_from, &m_to);
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_level, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new JointMeetingListModel(*ctx.db, this);
    RecordListNames names{QStringLiteral("jointMeetingsTable"),
                          tr("Joint meetings"),
                          tr("&Record a meeting…"),
                          QStringLiteral("meetingRecordButton"),
                          QStringLiteral("meetingsStatusLabel"),
                          QStringLiteral("meetingDetail")};
    names.remove = false;
    const RecordListView view = buildRecordListView(this, m_model, names);
    m_table = view.table;
    m_status = view.status;
    m_detail = view.detail;
    m_edit = view.edit;
    // The meeting's tasks under it, each done or made a request from there.
    m_tasks = new JointTaskTable(ctx, view.detail->parentWidget());
    view.rightLayout->addWidget(m_tasks, 1);
    layout->addWidget(view.split, 1);
    wireRecordListView(this, view,
                       {[this] { recordMeeting(); }, [this] { editSelected(); }, {}, [this] { showSelected(); }});

    for (QComboBox *c : {m_scope, m_level})
        connect(c, &QComboBox::currentIndexChanged, this, &JointMeetingsTab::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &JointMeetingsTab::refresh);
    // A task done or made a request changes the meeting's count of tasks done.
    connect(m_tasks, &JointTaskTable::changed, this, [this] {
        const QString keep = currentId();
        if (gd::Status s = m_model->reload(); !s)
            m_status->setText(s.message());
        select(keep);
    });
    connect(m_tasks, &JointTaskTable::openCase, this, &JointMeetingsTab::openCase);
    showSelected();
}

QString JointMeetingsTab::currentId() const
{
    return m_table->currentIndex().data(JointMeetingListModel::IdRole).toString();
}

void JointMeetingsTab::refresh()
{
    const QString keep = currentId();
    gd::JointMeetingFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    f.level = m_level->currentData().toString();
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    if (gd::Status s = m_model->setFilter(f); !s)
        m_status->setText(s.message());
    else if (auto n = gd::JointMeetingService(*m_ctx.db).count(f))
        m_status->setText(tr("%n meeting(s)", nullptr, *n));
    m_table->resizeColumnsToContents();
    select(keep);
}

void JointMeetingsTab::select(const QString &id)
{
    selectRecord(m_table, m_model, id);
    showSelected();
}

void JointMeetingsTab::showSelected()
{
    const QString id = currentId();
    m_edit->setEnabled(!id.isEmpty());
    gd::JointTaskFilter tasks;
    tasks.meetingId = id.isEmpty() ? QStringLiteral("-") : id; // none without a meeting
    m_tasks->setFilter(tasks);
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a meeting in the list, or record one (Ctrl+N).</p>"));
        return;
    }
    auto m = gd::JointMeetingService(*m_ctx.db).open(id);
    if (!m) {
        m_detail->setPlainText(m.message());
        return;
    }
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>")
                       .arg(htmlText(m->topic), htmlText(gd::joint::levelName(m->level)),
                            htmlText(row ? row->placeName : QString()), gd::cases::timeText(m->atMs));
    QStringList names;
    for (const gd::JointPerson &p : m->attendees)
        names << p.name;
    html += tr("<p>Attendees: %1</p>").arg(htmlText(names.join(QStringLiteral("、"))));
    if (!m->issues.isEmpty())
        html += tr("<h4>Issues judged</h4><p>%1</p>").arg(htmlText(m->issues));
    if (!m->decisions.isEmpty())
        html += tr("<h4>Decisions</h4><p>%1</p>").arg(htmlText(m->decisions));
    if (!m->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(m->note));
    m_detail->setHtml(html);
}

void JointMeetingsTab::recordMeeting()
{
    gd::JointMeeting m;
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    if (scope.kind == gd::stats::StatsScope::Street) {
        m.level = QStringLiteral("street");
        m.streetId = scope.id;
    } else if (scope.kind == gd::stats::StatsScope::Grid) {
        m.level = QStringLiteral("grid");
        m.gridId = scope.id;
    } else {
        m.communityId = scope.id;
    }
    JointMeetingDialog dialog(m_ctx, m, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.savedId());
        m_status->setText(tr("The meeting was recorded."));
    }
}

void JointMeetingsTab::editSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto m = gd::JointMeetingService(*m_ctx.db).open(id);
    if (!m) {
        MessageBox::warning(this, tr("Change the joint meeting"), m.message());
        return;
    }
    JointMeetingDialog dialog(m_ctx, *m, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void JointMeetingsTab::showRecords(const gd::JointMeetingFilter &filter, const QString &title)
{
    if (gd::Status s = m_model->setFilter(filter); !s)
        m_status->setText(s.message());
    else if (auto n = gd::JointMeetingService(*m_ctx.db).count(filter))
        m_status->setText(tr("%1: %n meeting(s)", nullptr, *n).arg(title));
    m_table->resizeColumnsToContents();
    showSelected();
}

} // namespace gdui
