#include "ExemplaryPage.h"

#include "ExemplaryDialog.h"
#include "calendar/WorkCalendar.h"
#include "common/Choosers.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/ScopeChoices.h"
#include "exemplary/ExemplaryBooklet.h"
#include "exemplary/ExemplaryService.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace gdui {

ExemplaryPage::ExemplaryPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("exemplaryYearSpinBox"));
    m_year->setRange(1999, 9999);
    m_year->setSpecialValueText(tr("every year"));
    m_year->setValue(QDateTime::fromMSecsSinceEpoch(ctx.db->nowMs(), gd::WorkCalendar::zone()).date().year());
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("exemplaryScopeComboBox"));
    m_scope->setMinimumContentsLength(14);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, false));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("exemplaryStateComboBox"));
    m_state->addItem(tr("Drafts and approved"), QString());
    for (const QString &s : {QStringLiteral("draft"), QStringLiteral("approved")})
        m_state->addItem(gd::exemplary::stateName(s), s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("exemplarySearchEdit"));
    m_search->setPlaceholderText(tr("Search the write-ups (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_year, m_scope, m_state})
        bar->addWidget(w);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    auto *buttons = new QHBoxLayout;
    auto *write = new QPushButton(tr("&Write up a case…"), this);
    write->setObjectName(QStringLiteral("exemplaryWriteButton"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("exemplaryApproveButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    auto *booklet = new QPushButton(tr("Save the &booklet…"), this);
    booklet->setObjectName(QStringLiteral("exemplaryBookletButton"));
    auto *printBooklet = new QPushButton(tr("&Print the booklet…"), this);
    for (QWidget *w : std::initializer_list<QWidget *>{write, m_edit, m_approve, m_remove, booklet, printBooklet})
        buttons->addWidget(w);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *split = new QSplitter(this);
    m_table = newRecordTable(split, QStringLiteral("exemplaryTable"), tr("Exemplary cases"),
                             {tr("Day"), tr("Category"), tr("Title"), tr("Place"), tr("Worker"), tr("State")});
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("exemplaryDetail"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exemplaryStatusLabel"));
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, &ExemplaryPage::refresh);
    for (QComboBox *c : {m_scope, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, &ExemplaryPage::refresh);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ExemplaryPage::refresh);
    connect(write, &QPushButton::clicked, this, &ExemplaryPage::writeUp);
    connect(m_edit, &QPushButton::clicked, this, &ExemplaryPage::editSelected);
    connect(m_approve, &QPushButton::clicked, this, &ExemplaryPage::approveSelected);
    connect(m_remove, &QPushButton::clicked, this, &ExemplaryPage::removeSelected);
    connect(booklet, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the booklet"), tr("Exemplary cases %1.pdf").arg(m_year->value()),
            tr("PDF (*.pdf);;OpenDocument text, opened by Word and WPS (*.odt)"));
        if (!path.isEmpty() && saveBooklet(path))
            MessageBox::information(this, tr("Booklet"), tr("Saved to %1.").arg(path));
    });
    connect(printBooklet, &QPushButton::clicked, this, &ExemplaryPage::printBooklet);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExemplaryPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ExemplaryPage::editSelected);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &ExemplaryPage::writeUp);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    refreshOnWrites(this, ctx.db, {QStringLiteral("exemplary")}, &m_stale, [this] { refresh(); });
    showSelected();
}

void ExemplaryPage::selectById(const QString &id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id)
            m_table->selectRow(row);
}

QString ExemplaryPage::currentId() const
{
    return currentRecordId(m_table);
}

void ExemplaryPage::refresh()
{
    m_stale = false;
    const QString keep = currentId();
    gd::ExemplaryFilter f;
    f.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    if (scope.kind == gd::stats::StatsScope::Street)
        f.streetId = scope.id;
    else if (scope.kind == gd::stats::StatsScope::Community)
        f.communityId = scope.id;
    f.state = m_state->currentData().toString();
    f.text = m_search->text();
    auto rows = gd::ExemplaryService(*m_ctx.db).list(f);
    m_table->setRowCount(0);
    if (!rows) {
        m_status->setText(rows.message());
        return;
    }
    for (const gd::ExemplaryCase &w : std::as_const(*rows)) {
        const QStringList cells{w.happenedOn.toString(Qt::ISODate),
                                w.category,
                                w.title,
                                w.gridName.isEmpty() ? w.communityName : w.gridName,
                                w.workerStar > 0
                                    ? QStringLiteral("%1 %2").arg(w.workerName, QString(w.workerStar, QChar(0x2605)))
                                    : w.workerName,
                                gd::exemplary::stateName(w.state)};
        const int row = addRecordRow(m_table, cells, w.id);
        if (w.id == keep)
            m_table->selectRow(row);
    }
    // Nothing chosen yet: the newest, so the detail shows one.
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n write-up(s)", nullptr, int(rows->size())));
    showSelected();
}

void ExemplaryPage::showSelected()
{
    const QString id = currentId();
    for (QPushButton *b : {m_edit, m_approve, m_remove})
        b->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->setHtml(tr("<p>Choose a write-up in the list, or write one up (Ctrl+N).</p>"));
        return;
    }
    auto w = gd::ExemplaryService(*m_ctx.db).get(id);
    if (!w) {
        m_detail->setPlainText(w.message());
        return;
    }
    m_approve->setEnabled(w->state != QLatin1String("approved"));
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4 · %5 %6</p>")
            .arg(htmlText(w->title), htmlText(w->category),
                 htmlText(w->gridName.isEmpty() ? w->communityName : w->gridName), w->happenedOn.toString(Qt::ISODate),
                 htmlText(w->workerName), QString(w->workerStar, QChar(0x2605)));
    html += tr("<p>%1 · %2</p>")
                .arg(htmlText(gd::exemplary::sourceKindName(w->sourceKind)),
                     htmlText(w->state == QLatin1String("approved") ? tr("approved by %1").arg(w->approvedBy)
                                                                    : gd::exemplary::stateName(w->state)));
    const struct {
        QString head;
        QString text;
    } parts[] = {{tr("Background"), w->background},
                 {tr("What the worker did"), w->actions},
                 {tr("Result"), w->effect},
                 {tr("What others can learn"), w->lessons}};
    for (const auto &p : parts)
        if (!p.text.isEmpty())
            html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(htmlText(p.head), htmlText(p.text));
    for (int i = 0; i < w->photos.size(); ++i) {
        const QImage image = QImage::fromData(w->photos.at(i).image);
        if (image.isNull())
            continue;
        const QUrl url(QStringLiteral("photo:%1/%2").arg(id).arg(i));
        m_detail->document()->addResource(QTextDocument::ImageResource, url,
                                          image.scaled(360, 270, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        html += QStringLiteral("<p><img src='%1'><br>%2</p>").arg(url.toString(), htmlText(w->photos.at(i).caption));
    }
    m_detail->setHtml(html);
}

void ExemplaryPage::writeUp()
{
    ExemplaryDialog dialog(m_ctx, gd::ExemplaryCase(), this);
    if (dialog.exec() == QDialog::Accepted) {
        // The list shows the year of the write-up just saved (its source may be of last year).
        if (auto saved = gd::ExemplaryService(*m_ctx.db).get(dialog.savedId(), false);
            saved && m_year->value() != m_year->minimum()) {
            const QSignalBlocker quiet(m_year);
            m_year->setValue(saved->happenedOn.year());
        }
        refresh();
        selectById(dialog.savedId());
        m_status->setText(tr("The write-up was saved as a draft."));
    }
}

void ExemplaryPage::editSelected()
{
    auto w = gd::ExemplaryService(*m_ctx.db).get(currentId());
    if (!w)
        return;
    ExemplaryDialog dialog(m_ctx, *w, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ExemplaryPage::approveSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (gd::Status s = gd::ExemplaryService(*m_ctx.db).approve(id); !s)
        MessageBox::warning(this, tr("Approve the write-up"), s.message());
    refresh();
}

void ExemplaryPage::removeSelected()
{
    const QString id = currentId();
    if (id.isEmpty() ||
        !MessageBox::question(this, tr("Remove the write-up"), tr("Remove this write-up and its photos?")))
        return;
    if (gd::Status s = gd::ExemplaryService(*m_ctx.db).remove(id); !s)
        MessageBox::warning(this, tr("Remove the write-up"), s.message());
    refresh();
}

std::optional<gd::Booklet> ExemplaryPage::gatherBooklet()
{
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    const int year = m_year->value() == m_year->minimum()
                         ? QDateTime::fromMSecsSinceEpoch(m_ctx.db->nowMs(), gd::WorkCalendar::zone()).date().year()
                         : m_year->value();
    auto booklet =
        gd::booklet::gather(*m_ctx.db, year, scope.kind == gd::stats::StatsScope::Street ? scope.id : QString(),
                            scope.kind == gd::stats::StatsScope::Community ? scope.id : QString());
    if (!booklet) {
        MessageBox::warning(this, tr("Booklet"), booklet.message());
        return std::nullopt;
    }
    if (booklet->cases.isEmpty()) {
        MessageBox::warning(this, tr("Booklet"), tr("No write-up of %1 in this area is approved yet.").arg(year));
        return std::nullopt;
    }
    return *booklet;
}

void ExemplaryPage::printBooklet()
{
    const auto booklet = gatherBooklet();
    if (!booklet)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (gd::Status s = gd::booklet::paint(*p, *booklet); !s)
            MessageBox::warning(this, tr("Booklet"), s.message());
    });
    preview.exec();
}

bool ExemplaryPage::saveBooklet(const QString &path)
{
    const auto booklet = gatherBooklet();
    if (!booklet)
        return false;
    gd::Status written;
    if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        written = gd::booklet::writeOdt(path, *booklet);
    } else {
        QProgressDialog progress(tr("Making the booklet…"), tr("Cancel"), 0, int(booklet->cases.size()) * 2, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        written = gd::booklet::writePdf(path, *booklet, nullptr, nullptr, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    }
    if (!written) {
        if (!written.error().isCancelled())
            MessageBox::warning(this, tr("Booklet"), written.message());
        return false;
    }
    return true;
}

void ExemplaryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &ExemplaryPage::refresh);
}

} // namespace gdui
