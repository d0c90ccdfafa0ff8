#include "TrainingNeedsTab.h"

#include "TrainingForms.h"
#include "calendar/WorkCalendar.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "storage/Database.h"
#include "training/TrainingNeeds.h"

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
#include <QVBoxLayout>

namespace gdui {

TrainingNeedsTab::TrainingNeedsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("trainingDemandYearSpinBox"));
    m_year->setRange(2000, 9999);
    m_year->setValue(QDateTime::fromMSecsSinceEpoch(ctx.db->nowMs(), gd::WorkCalendar::zone()).date().year());
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *order = new QPushButton(tr("&Order a training…"), this);
    order->setObjectName(QStringLiteral("trainingOrderButton"));
    auto *removeOrderButton = new QPushButton(tr("Remove the &order"), this);
    auto *addNeedButton = new QPushButton(tr("&Add a need…"), this);
    auto *retire = new QPushButton(tr("&Retire the need"), this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{yearLabel, m_year, order, removeOrderButton, addNeedButton, retire})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(split);
    m_demand = newRecordTable(top, QStringLiteral("trainingDemandTable"), tr("Training needs and demand"),
                              {tr("Need"), tr("Orders"), tr("Sessions"), tr("Attendances"), tr("Covered")});
    m_communities = newRecordTable(top, QStringLiteral("trainingCommunityTable"), tr("Orders per community"),
                                   {tr("Community"), tr("Need"), tr("Orders")});
    m_orders = newRecordTable(split, QStringLiteral("trainingOrdersTable"), tr("Training orders"),
                              {tr("Day"), tr("Worker"), tr("Community"), tr("Need"), tr("Note")});
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingDemandStatusLabel"));
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, &TrainingNeedsTab::refresh);
    connect(order, &QPushButton::clicked, this, &TrainingNeedsTab::placeOrder);
    connect(removeOrderButton, &QPushButton::clicked, this, &TrainingNeedsTab::removeOrder);
    connect(addNeedButton, &QPushButton::clicked, this, &TrainingNeedsTab::addNeed);
    connect(retire, &QPushButton::clicked, this, &TrainingNeedsTab::retireNeed);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &TrainingNeedsTab::placeOrder);
}

void TrainingNeedsTab::refresh()
{
    const int year = m_year->value();
    for (QTableWidget *t : {m_demand, m_communities, m_orders})
        t->setRowCount(0);
    auto needs = gd::training::needs(*m_ctx.db);
    auto demand = gd::training::demand(*m_ctx.db, year);
    auto communities = gd::training::demandByCommunity(*m_ctx.db, year);
    auto orders = gd::training::orders(*m_ctx.db, year);
    if (!needs || !demand || !communities || !orders) {
        m_status->setText(!needs         ? needs.message()
                          : !demand      ? demand.message()
                          : !communities ? communities.message()
                                         : orders.message());
        return;
    }
    // Every active need, ordered or not: those ordered first, most ordered first.
    QStringList shown;
    int uncovered = 0;
    for (const gd::NeedDemand &d : std::as_const(*demand)) {
        shown << d.needId;
        uncovered += d.orders > 0 && !d.covered() ? 1 : 0;
        addRecordRow(m_demand,
                     {d.needName, QString::number(d.orders), QString::number(d.sessions),
                      QString::number(d.attendances), d.covered() ? tr("yes") : tr("not yet")},
                     d.needId);
        if (d.orders > 0 && !d.covered())
            m_demand->item(m_demand->rowCount() - 1, 4)->setForeground(QColor(0xb0, 0x30, 0x20));
    }
    for (const gd::TrainingNeed &n : std::as_const(*needs))
        if (!shown.contains(n.id))
            addRecordRow(m_demand, {n.name, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QString()},
                         n.id);
    for (const gd::CommunityDemand &c : std::as_const(*communities))
        addRecordRow(m_communities, {c.communityName.isEmpty() ? tr("(no community)") : c.communityName, c.needName,
                                     QString::number(c.orders)});
    for (const gd::TrainingOrder &o : std::as_const(*orders))
        addRecordRow(m_orders, {o.orderedOn.toString(Qt::ISODate), o.workerName, o.communityName, o.needName, o.note},
                     o.id);
    for (QTableWidget *t : {m_demand, m_communities, m_orders})
        t->resizeColumnsToContents();
    m_status->setText(tr("%n order(s) in the year", nullptr, int(orders->size())) + tr(", ") +
                      tr("%n need(s) ordered and not yet covered", nullptr, uncovered));
}

void TrainingNeedsTab::placeOrder()
{
    OrderDialog dialog(*m_ctx.db, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingNeedsTab::removeOrder()
{
    const QString id = currentRecordId(m_orders);
    if (id.isEmpty()) {
        MessageBox::information(this, tr("Remove the order"), tr("Choose an order in the list below first."));
        return;
    }
    if (!MessageBox::question(this, tr("Remove the order"), tr("Remove this training order?")))
        return;
    if (gd::Status s = gd::training::removeOrder(*m_ctx.db, id); !s)
        MessageBox::warning(this, tr("Remove the order"), s.message());
    refresh();
}

void TrainingNeedsTab::addNeed()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add a training need"), tr("The need's name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto id = gd::training::needNamed(*m_ctx.db, name); !id)
        MessageBox::warning(this, tr("Add a training need"), id.message());
    refresh();
}

void TrainingNeedsTab::retireNeed()
{
    const QString id = currentRecordId(m_demand);
    if (id.isEmpty()) {
        MessageBox::information(this, tr("Retire the need"), tr("Choose a need in the list first."));
        return;
    }
    if (!MessageBox::question(this, tr("Retire the need"),
                              tr("Retire this need? It is no longer offered; its orders and sessions stay.")))
        return;
    if (gd::Status s = gd::training::setNeedActive(*m_ctx.db, id, false); !s)
        MessageBox::warning(this, tr("Retire the need"), s.message());
    refresh();
}

} // namespace gdui
