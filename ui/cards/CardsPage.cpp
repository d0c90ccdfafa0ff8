#include "CardsPage.h"

#include "CardCheckModel.h"
#include "CardPreview.h"
#include "CardTemplateDialog.h"
#include "access/Permissions.h"
#include "cards/CardPrint.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>

namespace gdui {

CardsPage::CardsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("cardsPage"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("cardScopeComboBox"));
    m_scope->addItem(tr("One grid"), int(gd::CardScope::Grid));
    m_scope->addItem(tr("A community's grids"), int(gd::CardScope::Community));
    m_scope->addItem(tr("A street's grids"), int(gd::CardScope::Street));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("cardTargetComboBox"));
    m_target->setMinimumWidth(320);
    makeSearchable(m_target);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("cardLayoutComboBox"));
    for (gd::CardLayout l : {gd::CardLayout::A6, gd::CardLayout::A4x4, gd::CardLayout::A5})
        m_layout->addItem(gd::cards::layoutName(l), int(l));

    auto *choose = new QFormLayout;
    choose->addRow(tr("&Print for:"), m_scope);
    choose->addRow(tr("Whi&ch:"), m_target);
    choose->addRow(tr("&Layout:"), m_layout);

    auto *check = new QGroupBox(tr("Check before printing"), this);
    auto *checkLayout = new QVBoxLayout(check);
    m_summary = new QLabel(check);
    m_summary->setObjectName(QStringLiteral("cardCheckSummaryLabel"));
    m_summary->setWordWrap(true);
    m_model = new CardCheckModel(this);
    m_checkView = new QTableView(check);
    m_checkView->setObjectName(QStringLiteral("cardCheckTableView"));
    m_checkView->setAccessibleName(tr("Incomplete cards"));
    m_checkView->setModel(m_model);
    m_checkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checkView->verticalHeader()->hide();
    m_checkView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checkView->horizontalHeader()->setStretchLastSection(true);
    m_fixGrid = new QPushButton(tr("Fix the gr&id…"), check);
    m_fixGrid->setObjectName(QStringLiteral("fixGridButton"));
    m_fixWorker = new QPushButton(tr("Fix the &worker…"), check);
    m_fixWorker->setObjectName(QStringLiteral("fixWorkerButton"));
    auto *recheck = new QPushButton(tr("Check &again"), check);
    recheck->setObjectName(QStringLiteral("recheckButton"));
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fixGrid);
    fixRow->addWidget(m_fixWorker);
    fixRow->addStretch();
    fixRow->addWidget(recheck);
    checkLayout->addWidget(m_summary);
    checkLayout->addWidget(m_checkView, 1);
    checkLayout->addLayout(fixRow);

    auto *previewButton = new QPushButton(tr("Pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewCardsButton"));
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    printButton->setObjectName(QStringLiteral("printCardsButton"));
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_outputs = {previewButton, printButton, pdfButton};
    m_template = new QPushButton(tr("Card &template…"), this);
    m_template->setObjectName(QStringLiteral("cardTemplateButton"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : m_outputs)
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_template);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cardPreviewLabel"));
    m_preview->setAccessibleName(tr("Card preview"));
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_preview->setMinimumWidth(380);

    auto *left = new QVBoxLayout;
    left->addLayout(choose);
    left->addWidget(check, 1);
    left->addLayout(actions);
    auto *outer = new QHBoxLayout(this);
    outer->addLayout(left, 1);
    outer->addWidget(m_preview);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CardsPage::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CardsPage::reload);
    connect(recheck, &QPushButton::clicked, this, &CardsPage::reload);
    connect(m_checkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updatePreview();
        updateButtons();
    });
    connect(m_checkView, &QTableView::activated, m_fixGrid, &QPushButton::click);
    connect(m_fixGrid, &QPushButton::clicked, this, [this] {
        if (const gd::CardProblem *p = currentProblem())
            Q_EMIT openGrid(p->gridCode);
    });
    connect(m_fixWorker, &QPushButton::clicked, this, [this] {
        if (const gd::CardProblem *p = currentProblem(); p && !p->workerId.isEmpty())
            Q_EMIT openWorker(p->workerId);
    });
    connect(previewButton, &QPushButton::clicked, this, &CardsPage::preview);
    connect(printButton, &QPushButton::clicked, this, &CardsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &CardsPage::askPdf);
    connect(m_template, &QPushButton::clicked, this, &CardsPage::editTemplate);
    connect(ctx.db, &gd::Database::actorChanged, this, &CardsPage::updateButtons);
    fillTargets();
}

void CardsPage::fillTargets()
{
    QList<Choice> choices;
    gd::HierarchyService hierarchy(*m_ctx.db);
    switch (m_scope->currentData().toInt()) {
    case gd::CardScope::Grid:
        for (const gd::Grid &g : gd::GridService(*m_ctx.db).grids())
            if (g.active)
                choices << Choice{g.id, QStringLiteral("%1  %2").arg(g.code, g.name)};
        break;
    case gd::CardScope::Community:
        for (const gd::Community &c : hierarchy.communities())
            choices << Choice{c.id, QStringLiteral("%1  %2").arg(c.code, c.name)};
        break;
    case gd::CardScope::Street:
        for (const gd::Street &s : hierarchy.streets())
            choices << Choice{s.id, QStringLiteral("%1  %2").arg(s.code, s.name)};
        break;
    }
    const QSignalBlocker quiet(m_target);
    fillChoices(m_target, choices);
    reload();
}

void CardsPage::choose(int kind, const QString &id)
{
    m_scope->setCurrentIndex(m_scope->findData(kind));
    selectChoice(m_target, id);
    reload();
}

void CardsPage::setCardLayout(gd::CardLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

void CardsPage::reload()
{
    const gd::CardScope scope{gd::CardScope::Kind(m_scope->currentData().toInt()), chosenId(m_target)};
    m_cards.clear();
    if (!scope.id.isEmpty())
        if (auto found = gd::CardContents(*m_ctx.db).gather(scope))
            m_cards = *found;
    const QList<gd::CardProblem> problems = gd::cards::check(m_cards);
    m_model->setProblems(problems);
    if (m_cards.isEmpty())
        m_summary->setText(tr("Choose the grid, community or street to print cards for."));
    else if (problems.isEmpty())
        m_summary->setText(tr("All %n card(s) are complete.", nullptr, int(m_cards.size())));
    else
        m_summary->setText(tr("%1 of %n card(s) would be incomplete. Fix the records, or print them anyway.", nullptr,
                              int(m_cards.size()))
                               .arg(problems.size()));
    if (!problems.isEmpty())
        m_checkView->selectRow(0);
    updatePreview();
    updateButtons();
}

const gd::CardProblem *CardsPage::currentProblem() const
{
    return m_model->problemAt(m_checkView->currentIndex().row());
}

void CardsPage::updatePreview()
{
    // The selected incomplete card, else the first of the batch: what the user is looking at.
    const gd::CardProblem *p = currentProblem();
    const gd::CardContent *shown = m_cards.isEmpty() ? nullptr : &m_cards.first();
    for (const gd::CardContent &c : m_cards)
        if (p && c.gridId == p->gridId)
            shown = &c;
    if (!shown) {
        m_preview->clear();
        return;
    }
    m_preview->setPixmap(cardPreview(gd::CardTemplate::load(*m_ctx.db), *shown, 380));
}

void CardsPage::updateButtons()
{
    const gd::CardProblem *p = currentProblem();
    m_fixGrid->setEnabled(p != nullptr);
    m_fixWorker->setEnabled(p && !p->workerId.isEmpty());
    for (QPushButton *b : m_outputs)
        b->setEnabled(!m_cards.isEmpty());
    // Offered to those who may change settings; the template's save refuses everyone else anyway.
    m_template->setEnabled(gd::roleAllows(m_ctx.db->actor().role, gd::Permission::EditSettings));
}

void CardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // back from fixing a grid or a worker: the check shows the change
}

bool CardsPage::confirmIncomplete()
{
    const QList<gd::CardProblem> &problems = m_model->problems();
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const gd::CardProblem &p : problems.mid(0, 8))
        lines << gd::cards::problemLine(p);
    if (problems.size() > 8)
        lines << tr("… and %1 more.").arg(problems.size() - 8);
    return MessageBox::question(
        this, tr("Incomplete cards"),
        tr("%1 card(s) would be incomplete:\n\n%2\n\nPrint them anyway?").arg(problems.size()).arg(lines.join('\n')));
}

bool CardsPage::runBatch(const QString &text, const std::function<gd::Status(const gd::CardProgress &)> &work)
{
    // One step per card; Cancel stops the batch between two cards. A single card goes too fast
    // to be worth a dialog.
    QProgressDialog progress(text, tr("Cancel"), 0, int(m_cards.size()), this);
    progress.setWindowTitle(tr("Contact cards"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_cards.size() > 1 ? 0 : 1000);
    const gd::Status s = work([&progress](int done, int) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!s)
        MessageBox::warning(this, tr("Contact cards"), s.message());
    return s.ok();
}

bool CardsPage::paintBatch(QPagedPaintDevice &device)
{
    return runBatch(tr("Drawing the cards…"), [&](const gd::CardProgress &progress) {
        return gd::cards::paintCards(device, m_cards, gd::CardTemplate::load(*m_ctx.db), currentLayout(), progress);
    });
}

bool CardsPage::savePdf(const QString &path)
{
    if (m_cards.isEmpty() || !confirmIncomplete())
        return false;
    return runBatch(tr("Writing %1…").arg(path), [&](const gd::CardProgress &progress) {
        return gd::cards::writeCardsPdf(path, m_cards, gd::CardTemplate::load(*m_ctx.db), currentLayout(), progress);
    });
}

gd::CardLayout CardsPage::currentLayout() const
{
    return gd::CardLayout(m_layout->currentData().toInt());
}

void CardsPage::askPdf()
{
    const QString name = m_cards.size() == 1 ? m_cards.first().gridCode : m_target->currentText().section(' ', 0, 0);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the cards as PDF"),
                                                      tr("contact-cards-%1.pdf").arg(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && savePdf(path))
        MessageBox::information(this, tr("Contact cards"),
                                tr("%n card(s) saved to %1.", nullptr, int(m_cards.size())).arg(path));
}

bool CardsPage::printTo(QPrinter &printer)
{
    return !m_cards.isEmpty() && confirmIncomplete() && paintBatch(printer);
}

void CardsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void CardsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Contact cards: preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintBatch(*p); });
    dialog.exec();
}

void CardsPage::editTemplate()
{
    if (m_cards.isEmpty())
        return;
    const gd::CardContent sample = m_cards.first();
    CardTemplateDialog dialog(*m_ctx.db, sample, this);
    if (dialog.exec() == QDialog::Accepted)
        updatePreview();
}

} // namespace gdui
