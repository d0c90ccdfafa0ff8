#include "IdeasPage.h"

#include "IdeaForms.h"
#include "calendar/WorkCalendar.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "ideas/IdeaService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

IdeasPage::IdeasPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("ideasYearSpinBox"));
    m_year->setRange(1999, 9999);
    m_year->setSpecialValueText(tr("every year"));
    m_year->setValue(1999);
    auto *yearLabel = new QLabel(tr("Proposed in:"), this);
    auto *propose = new QPushButton(tr("&Propose an idea…"), this);
    propose->setObjectName(QStringLiteral("ideaProposeButton"));
    auto *edit = new QPushButton(tr("&Change…"), this);
    auto *visit = new QPushButton(tr("Record a &visit…"), this);
    auto *adopt = new QPushButton(tr("Mark &adopted…"), this);
    auto *withdraw = new QPushButton(tr("&Withdraw an adoption or visit…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    m_needSelection = {edit, visit, adopt, withdraw, remove};
    for (QWidget *w :
         std::initializer_list<QWidget *>{yearLabel, m_year, propose, edit, visit, adopt, withdraw, remove})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *split = new QSplitter(this);
    m_table = newRecordTable(split, QStringLiteral("ideasTable"), tr("Good ideas"),
                             {tr("Proposed"), tr("Street"), tr("Good idea"), tr("Visits"), tr("Adopted by")});
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("ideaDetail"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ideasStatusLabel"));
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, &IdeasPage::refresh);
    connect(propose, &QPushButton::clicked, this, &IdeasPage::propose);
    connect(edit, &QPushButton::clicked, this, &IdeasPage::editSelected);
    connect(visit, &QPushButton::clicked, this, &IdeasPage::recordVisit);
    connect(adopt, &QPushButton::clicked, this, &IdeasPage::markAdopted);
    connect(withdraw, &QPushButton::clicked, this, &IdeasPage::withdrawOne);
    connect(remove, &QPushButton::clicked, this, &IdeasPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IdeasPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &IdeasPage::editSelected);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &IdeasPage::propose);
    refreshOnWrites(this, ctx.db, {QStringLiteral("idea"), QStringLiteral("streets")}, &m_stale, [this] { refresh(); });
    showSelected();
}

QString IdeasPage::currentId() const
{
    return currentRecordId(m_table);
}

void IdeasPage::refresh()
{
    m_stale = false;
    const QString keep = currentId();
    auto ideas = gd::IdeaService(*m_ctx.db).list(m_year->value() == m_year->minimum() ? 0 : m_year->value());
    m_table->setRowCount(0);
    if (!ideas) {
        m_status->setText(ideas.message());
        return;
    }
    int adoptions = 0;
    for (const gd::Idea &i : std::as_const(*ideas)) {
        QStringList by;
        for (const gd::IdeaAdoption &a : i.adoptions)
            by << a.streetName;
        adoptions += int(i.adoptions.size());
        const QStringList cells{i.proposedOn.toString(Qt::ISODate), i.streetName, i.title,
                                QString::number(i.visits.size()), by.join(tr(", "))};
        const int row = addRecordRow(m_table, cells, i.id);
        if (i.id == keep)
            m_table->selectRow(row);
    }
    // Nothing chosen yet: the newest, so the detail shows one.
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n idea(s)", nullptr, int(ideas->size())) + tr(", ") +
                      tr("%n adoption(s)", nullptr, adoptions));
    showSelected();
}

void IdeasPage::showSelected()
{
    const QString id = currentId();
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose an idea in the list, or propose one (Ctrl+N).</p>"));
        return;
    }
    auto i = gd::IdeaService(*m_ctx.db).get(id);
    if (!i) {
        m_detail->setPlainText(i.message());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(htmlText(i->title), htmlText(i->streetName), i->proposedOn.toString(Qt::ISODate));
    if (!i->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(i->description));
    if (!i->usedWhere.isEmpty())
        html += tr("<p>Used in: %1</p>").arg(htmlText(i->usedWhere));
    html += tr("<h4>Observation visits (%1)</h4>").arg(i->visits.size());
    for (const gd::IdeaVisit &v : i->visits) {
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(v.visitedOn.toString(Qt::ISODate), htmlText(v.streetName), htmlText(v.visitors));
        if (!v.comments.isEmpty())
            html += tr("<p>Comments: %1</p>").arg(htmlText(v.comments));
        if (!v.refinement.isEmpty())
            html += tr("<p>Refinement: %1</p>").arg(htmlText(v.refinement));
    }
    html += tr("<h4>Adopted by (%1)</h4>").arg(i->adoptions.size()) + QStringLiteral("<ul>");
    for (const gd::IdeaAdoption &a : i->adoptions)
        html += QStringLiteral("<li>%1 %2 %3</li>")
                    .arg(htmlText(a.streetName), a.adoptedOn.toString(Qt::ISODate), htmlText(a.note));
    m_detail->setHtml(html + QStringLiteral("</ul>"));
}

void IdeasPage::propose()
{
    IdeaFormDialog dialog(*m_ctx.db, IdeaFormDialog::Propose, gd::Idea(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IdeasPage::editSelected()
{
    auto i = gd::IdeaService(*m_ctx.db).get(currentId());
    if (!i)
        return;
    IdeaFormDialog dialog(*m_ctx.db, IdeaFormDialog::Propose, *i, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IdeasPage::recordVisit()
{
    auto i = gd::IdeaService(*m_ctx.db).get(currentId());
    if (!i)
        return;
    IdeaFormDialog dialog(*m_ctx.db, IdeaFormDialog::Visit, *i, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IdeasPage::markAdopted()
{
    auto i = gd::IdeaService(*m_ctx.db).get(currentId());
    if (!i)
        return;
    IdeaFormDialog dialog(*m_ctx.db, IdeaFormDialog::Adopt, *i, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IdeasPage::withdrawOne()
{
    auto i = gd::IdeaService(*m_ctx.db).get(currentId());
    if (!i)
        return;
    // Each adoption and visit by its words; the one chosen is taken back, the idea and the rest stay.
    QStringList items;
    QList<QPair<bool, QString>> ids; // adoption?, id
    for (const gd::IdeaAdoption &a : i->adoptions) {
        items << tr("Adopted by %1 on %2").arg(a.streetName, a.adoptedOn.toString(Qt::ISODate));
        ids << qMakePair(true, a.id);
    }
    for (const gd::IdeaVisit &v : i->visits) {
        items << tr("Visit of %1 by %2").arg(v.visitedOn.toString(Qt::ISODate), v.visitors);
        ids << qMakePair(false, v.id);
    }
    if (items.isEmpty()) {
        MessageBox::information(this, tr("Withdraw"), tr("This idea has no adoption or visit yet."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Withdraw"), tr("Which one was recorded by mistake?"), items, 0, false, &ok);
    const int index = int(items.indexOf(chosen));
    if (!ok || index < 0)
        return;
    gd::IdeaService ideas(*m_ctx.db);
    const gd::Status s =
        ids.at(index).first ? ideas.withdrawAdoption(ids.at(index).second) : ideas.removeVisit(ids.at(index).second);
    if (!s)
        MessageBox::warning(this, tr("Withdraw"), s.message());
    refresh();
}

void IdeasPage::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() ||
        !MessageBox::question(this, tr("Remove the good idea"), tr("Remove this idea with its visits and adoptions?")))
        return;
    if (gd::Status s = gd::IdeaService(*m_ctx.db).remove(id); !s)
        MessageBox::warning(this, tr("Remove the good idea"), s.message());
    refresh();
}

void IdeasPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &IdeasPage::refresh);
}

} // namespace gdui
