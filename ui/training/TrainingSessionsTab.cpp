#include "TrainingSessionsTab.h"

#include "TrainingDialog.h"
#include "TrainingForms.h"
#include "calendar/WorkCalendar.h"
#include "common/Choosers.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "training/TrainingHistory.h"
#include "training/TrainingSessions.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gdui {

TrainingSessionsTab::TrainingSessionsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("trainingYearSpinBox"));
    m_year->setRange(2000, 9999);
    m_year->setValue(QDateTime::fromMSecsSinceEpoch(ctx.db->nowMs(), gd::WorkCalendar::zone()).date().year());
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *record = new QPushButton(tr("&Record a session…"), this);
    record->setObjectName(QStringLiteral("trainingRecordButton"));
    auto *edit = new QPushButton(tr("&Change…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    auto *evaluate = new QPushButton(tr("&Evaluation…"), this);
    auto *attach = new QPushButton(tr("Attach a &material…"), this);
    auto *saveOut = new QPushButton(tr("&Save a material…"), this);
    m_needSelection = {edit, remove, evaluate, attach, saveOut};
    for (QWidget *w :
         std::initializer_list<QWidget *>{yearLabel, m_year, record, edit, remove, evaluate, attach, saveOut})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    m_table = newRecordTable(
        split, QStringLiteral("trainingSessionsTable"), tr("Training sessions"),
        {tr("Day"), tr("Topic"), tr("Needs answered"), tr("Expert"), tr("Unit"), tr("Attended"), tr("Evaluation")});
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("trainingSessionDetail"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *history = new QHBoxLayout;
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("trainingHistoryWorkerComboBox"));
    m_worker->setMinimumContentsLength(16);
    makeSearchable(m_worker);
    auto *printHistory = new QPushButton(tr("Pr&int the year's training history…"), this);
    auto *historyButton = new QPushButton(tr("Save the year's training &history as PDF…"), this);
    auto *historyLabel = new QLabel(tr("Training history of:"), this);
    for (QWidget *w : std::initializer_list<QWidget *>{historyLabel, m_worker, printHistory, historyButton})
        history->addWidget(w);
    history->addStretch(1);
    layout->addLayout(history);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingStatusLabel"));
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, &TrainingSessionsTab::refresh);
    connect(record, &QPushButton::clicked, this, &TrainingSessionsTab::recordSession);
    connect(edit, &QPushButton::clicked, this, &TrainingSessionsTab::editSelected);
    connect(remove, &QPushButton::clicked, this, &TrainingSessionsTab::removeSelected);
    connect(evaluate, &QPushButton::clicked, this, &TrainingSessionsTab::evaluateSelected);
    connect(attach, &QPushButton::clicked, this, &TrainingSessionsTab::attachMaterial);
    connect(saveOut, &QPushButton::clicked, this, &TrainingSessionsTab::saveMaterial);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrainingSessionsTab::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TrainingSessionsTab::editSelected);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &TrainingSessionsTab::recordSession);
    connect(printHistory, &QPushButton::clicked, this, &TrainingSessionsTab::printHistory);
    connect(historyButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the training history"), m_worker->currentText() + tr(" training.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && saveHistory(path))
            MessageBox::information(this, tr("Training history"), tr("Saved to %1.").arg(path));
    });
    showSelected();
}

QString TrainingSessionsTab::currentId() const
{
    return currentRecordId(m_table);
}

void TrainingSessionsTab::refresh()
{
    // The workers as they are now (one may have joined since the page was made), the choice kept.
    const QString worker = chosenId(m_worker);
    QList<Choice> workers;
    for (const gd::Worker &w : gd::WorkerService(*m_ctx.db).ofKind(QStringLiteral("full_time")))
        workers << Choice{w.id, w.name};
    {
        const QSignalBlocker quiet(m_worker);
        m_worker->clear();
        fillChoices(m_worker, workers, tr("(choose a worker)"));
        selectChoice(m_worker, worker);
    }
    const QString keep = currentId();
    auto sessions =
        gd::training::sessionsBetween(*m_ctx.db, QDate(m_year->value(), 1, 1), QDate(m_year->value(), 12, 31));
    m_table->setRowCount(0);
    if (!sessions) {
        m_status->setText(sessions.message());
        return;
    }
    int attendances = 0;
    for (const gd::TrainingSession &s : std::as_const(*sessions)) {
        int scored = 0, sum = 0;
        for (const gd::TrainingAttendance &a : s.attendees)
            if (a.score > 0) {
                ++scored;
                sum += a.score;
            }
        attendances += int(s.attendees.size());
        const QStringList cells{s.date.toString(Qt::ISODate),
                                s.topic,
                                s.needNames.join(tr(", ")),
                                s.expert,
                                s.trainerUnit,
                                QString::number(s.attendees.size()),
                                scored ? QString::number(double(sum) / scored, 'f', 1) : QString()};
        const int row = addRecordRow(m_table, cells, s.id);
        if (s.id == keep)
            m_table->selectRow(row);
    }
    // Nothing chosen yet: the newest, so the detail shows one.
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n session(s)", nullptr, int(sessions->size())) + tr(", ") +
                      tr("%n attendance(s)", nullptr, attendances));
    showSelected();
}

void TrainingSessionsTab::showSelected()
{
    const QString id = currentId();
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a session in the list, or record one (Ctrl+N).</p>"));
        return;
    }
    auto s = gd::training::session(*m_ctx.db, id);
    if (!s) {
        m_detail->setPlainText(s.message());
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 · %3 %4</p>")
            .arg(htmlText(s->topic), s->date.toString(Qt::ISODate), htmlText(s->expert), htmlText(s->trainerUnit));
    if (!s->needNames.isEmpty())
        html += tr("<p>Needs answered: %1</p>").arg(htmlText(s->needNames.join(tr(", "))));
    if (!s->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlText(s->note));
    html += tr("<h4>Attended (%1)</h4>").arg(s->attendees.size()) + QStringLiteral("<ul>");
    for (const gd::TrainingAttendance &a : s->attendees)
        html += QStringLiteral("<li>%1 %2 %3</li>")
                    .arg(htmlText(a.workerName), a.score > 0 ? QString(a.score, QChar(0x2605)) : tr("(no evaluation)"),
                         htmlText(a.comment));
    html += QStringLiteral("</ul>");
    if (!s->materials.isEmpty()) {
        html += tr("<h4>Materials</h4>") + QStringLiteral("<ul>");
        for (const gd::TrainingMaterial &m : s->materials)
            html += QStringLiteral("<li>%1 (%2 KB)</li>").arg(htmlText(m.name)).arg((m.bytes + 1023) / 1024);
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

void TrainingSessionsTab::recordSession()
{
    TrainingDialog dialog(*m_ctx.db, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_status->setText(tr("The session was recorded."));
    }
}

void TrainingSessionsTab::editSelected()
{
    auto s = gd::training::session(*m_ctx.db, currentId());
    if (!s)
        return;
    TrainingDialog dialog(*m_ctx.db, this, *s);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingSessionsTab::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() || !MessageBox::question(this, tr("Remove the training session"),
                                              tr("Remove this session, its attendance and its materials? The "
                                                 "review's training item will no longer count it.")))
        return;
    if (gd::Status s = gd::training::removeSession(*m_ctx.db, id); !s)
        MessageBox::warning(this, tr("Remove the training session"), s.message());
    refresh();
}

void TrainingSessionsTab::evaluateSelected()
{
    auto s = gd::training::session(*m_ctx.db, currentId());
    if (!s)
        return;
    EvaluationDialog dialog(*m_ctx.db, *s, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingSessionsTab::attachMaterial()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a material"));
    if (path.isEmpty())
        return;
    // A file too large is refused before it is read whole.
    if (QFileInfo(path).size() > gd::training::kMaxMaterialBytes) {
        MessageBox::warning(
            this, tr("Attach a material"),
            tr("%1 is larger than %2 MB.").arg(path).arg(gd::training::kMaxMaterialBytes / (1024 * 1024)));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Attach a material"), tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return;
    }
    if (auto added = gd::training::attachMaterial(*m_ctx.db, id, QFileInfo(path).fileName(), f.readAll()); !added)
        MessageBox::warning(this, tr("Attach a material"), added.message());
    showSelected();
}

void TrainingSessionsTab::saveMaterial()
{
    auto s = gd::training::session(*m_ctx.db, currentId());
    if (!s || s->materials.isEmpty()) {
        MessageBox::information(this, tr("Save a material"), tr("This session has no materials."));
        return;
    }
    for (const gd::TrainingMaterial &listed : std::as_const(s->materials)) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(listed.name), listed.name);
        if (path.isEmpty())
            continue;
        auto m = gd::training::material(*m_ctx.db, listed.id);
        QFile out(path);
        if (!m || !out.open(QIODevice::WriteOnly) || out.write(m->data) != m->data.size())
            MessageBox::warning(this, tr("Save a material"),
                                m ? tr("%1 cannot be written: %2").arg(path, out.errorString()) : m.message());
    }
}

void TrainingSessionsTab::printHistory()
{
    auto history = gd::training::historyOf(*m_ctx.db, chosenId(m_worker), QDate(m_year->value(), 1, 1),
                                           QDate(m_year->value(), 12, 31));
    if (!history) {
        MessageBox::warning(this, tr("Training history"), history.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (gd::Status s = gd::training::paintHistory(*p, *history); !s)
            MessageBox::warning(this, tr("Training history"), s.message());
    });
    preview.exec();
}

bool TrainingSessionsTab::saveHistory(const QString &path)
{
    auto history = gd::training::historyOf(*m_ctx.db, chosenId(m_worker), QDate(m_year->value(), 1, 1),
                                           QDate(m_year->value(), 12, 31));
    gd::Status written = history ? gd::training::writeHistoryPdf(path, *history) : gd::Status(history.error());
    if (!written) {
        MessageBox::warning(this, tr("Training history"), written.message());
        return false;
    }
    return true;
}

} // namespace gdui
