#include "VolunteerTotalsTab.h"

#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/ScopeChoices.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "volunteers/VolunteerHours.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

VolunteerTotalsTab::VolunteerTotalsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("volunteerTotalsByComboBox"));
    m_by->addItem(tr("Per team"), int(gd::VolunteerServiceLog::By::Team));
    m_by->addItem(tr("Per volunteer"), int(gd::VolunteerServiceLog::By::Person));
    m_by->addItem(tr("Per kind of service"), int(gd::VolunteerServiceLog::By::Kind));
    addPeriodEdits(this, ctx.db->nowMs(), 6, &m_from, &m_to);
    auto *scopeLabel = new QLabel(tr("&Where:"), this);
    scopeLabel->setBuddy(m_scope);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, m_by, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_table = newRowTable(this, QStringLiteral("volunteerTotalsTable"),
                          {tr("Name"), tr("Services"), tr("Hours"), tr("Households served")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto *statement = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("volunteerStatementPersonComboBox"));
    m_person->setMinimumContentsLength(16);
    makeSearchable(m_person);
    QList<Choice> people;
    gd::WorkerService workers(*ctx.db);
    for (const QString &kind : gd::people::workerKinds())
        for (const gd::Worker &w : workers.ofKind(kind))
            if (gd::VolunteerTeamService::servesAsResident(w.kind, w.partyMember))
                people << Choice{w.id, w.name};
    fillChoices(m_person, people, tr("(choose a volunteer)"));
    auto *print = new QPushButton(tr("&Print the hours statement…"), this);
    auto *save = new QPushButton(tr("Save it as P&DF…"), this);
    auto *personLabel = new QLabel(tr("Hours statement of:"), this);
    for (QWidget *w : std::initializer_list<QWidget *>{personLabel, m_person, print, save})
        statement->addWidget(w);
    statement->addStretch(1);
    layout->addLayout(statement);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &VolunteerTotalsTab::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &VolunteerTotalsTab::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &VolunteerTotalsTab::refresh);
    connect(print, &QPushButton::clicked, this, &VolunteerTotalsTab::printStatement);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the hours statement"), m_person->currentText() + tr(" hours.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && saveStatement(path))
            MessageBox::information(this, tr("Hours statement"), tr("Saved to %1.").arg(path));
    });
}

void VolunteerTotalsTab::refresh()
{
    gd::VolunteerFilter f;
    gd::stats::setPlace(&f, scopeOf(m_scope->currentData().toString()));
    periodOf(m_from, m_to, &f.fromMs, &f.toMs);
    auto totals =
        gd::VolunteerServiceLog(*m_ctx.db).totals(f, gd::VolunteerServiceLog::By(m_by->currentData().toInt()));
    m_table->setRowCount(0);
    for (const gd::VolunteerTotal &t : totals ? *totals : QList<gd::VolunteerTotal>()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{t.name, QString::number(t.services), QString::number(t.hours),
                                QString::number(t.households)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

bool VolunteerTotalsTab::saveStatement(const QString &path)
{
    auto statement =
        gd::volunteerhours::gather(*m_ctx.db, chosenId(m_person), m_from->date(), qMax(m_from->date(), m_to->date()));
    gd::Status written = statement ? gd::volunteerhours::writePdf(path, *statement) : gd::Status(statement.error());
    if (!written) {
        MessageBox::warning(this, tr("Hours statement"), written.message());
        return false;
    }
    return true;
}

void VolunteerTotalsTab::printStatement()
{
    auto statement =
        gd::volunteerhours::gather(*m_ctx.db, chosenId(m_person), m_from->date(), qMax(m_from->date(), m_to->date()));
    if (!statement) {
        MessageBox::warning(this, tr("Hours statement"), statement.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (gd::Status s = gd::volunteerhours::paint(*p, *statement); !s)
            MessageBox::warning(this, tr("Hours statement"), s.message());
    });
    preview.exec();
}

} // namespace gdui
