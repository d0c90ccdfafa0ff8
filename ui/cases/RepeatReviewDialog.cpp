#include "RepeatReviewDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "common/ListParts.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

RepeatReviewDialog::RepeatReviewDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Suspected repeats"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("repeatStatusComboBox"));
    m_status->setAccessibleName(tr("Which pairs"));
    for (const QString &s : gd::RepeatReview::statuses())
        m_status->addItem(gd::RepeatReview::statusName(s), s);
    label->setBuddy(m_status);
    top->addWidget(label);
    top->addWidget(m_status);
    top->addStretch(1);
    layout->addLayout(top);

    auto *explain = new QLabel(tr("Each imported case the repeat finder scored as possibly repeating a case on file. "
                                  "Confirm to merge it into that case as one of its reports (splitting it back out "
                                  "on the case page undoes this); reject to keep both apart for good."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    m_table = new QTableWidget(0, ColumnCount, this);
    setupRecordTable(m_table, QStringLiteral("repeatReviewTableWidget"), tr("Suspected repeats"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Received"), tr("What happened"), tr("May repeat"),
                                        tr("Its state"), tr("Score"), tr("Why"), tr("Decided by"), tr("When")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("repeatReviewMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_confirm = buttons->addButton(tr("&Merge as a repeat"), QDialogButtonBox::ActionRole);
    m_confirm->setObjectName(QStringLiteral("confirmRepeatPushButton"));
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_confirm->setToolTip(tr("The case joins the one it repeats as one of its reports (Ctrl+M)"));
    m_reject = buttons->addButton(tr("&Not a repeat"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("rejectRepeatPushButton"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_reject->setToolTip(tr("Both cases stay apart and the pair is not proposed again (Ctrl+K)"));
    m_open = buttons->addButton(tr("&Open the case"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openRepeatCasePushButton"));
    layout->addWidget(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &RepeatReviewDialog::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RepeatReviewDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this]() {
        if (const gd::RepeatPair *p = current())
            Q_EMIT openCase(p->caseId);
    });
    connect(m_confirm, &QPushButton::clicked, this, &RepeatReviewDialog::confirmCurrent);
    connect(m_reject, &QPushButton::clicked, this, &RepeatReviewDialog::rejectCurrent);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (const gd::RepeatPair *p = current())
            Q_EMIT openCase(p->caseId);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 560);
    reload();
    m_table->setFocus();
}

QString RepeatReviewDialog::status() const
{
    return m_status->currentData().toString();
}

void RepeatReviewDialog::showStatus(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status))); // reloads through the signal
}

QString RepeatReviewDialog::statusText() const
{
    return m_message->text();
}

const gd::RepeatPair *RepeatReviewDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void RepeatReviewDialog::reload()
{
    auto pairs = gd::RepeatReview(m_db).list(status());
    m_pairs = pairs ? pairs.value() : QList<gd::RepeatPair>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const gd::RepeatPair &p = m_pairs.at(row);
        const QStringList cells{p.number,
                                gd::cases::timeText(p.receivedMs),
                                p.description.simplified(),
                                p.otherNumber,
                                p.otherState.isEmpty() ? tr("(removed)") : gd::cases::stateName(p.otherState),
                                QString::number(p.score),
                                p.reasonText,
                                p.decidedBy,
                                p.decidedMs > 0 ? gd::cases::timeText(p.decidedMs) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == DescriptionColumn)
                item->setToolTip(p.description + QStringLiteral("\n\n") +
                                 tr("May repeat %1: %2").arg(p.otherNumber, p.otherDescription));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    m_table->setColumnWidth(DescriptionColumn, qMin(m_table->columnWidth(DescriptionColumn), widest));
    if (!m_pairs.isEmpty())
        m_table->setCurrentCell(0, 0);
    m_message->setText(pairs ? tr("%n pair(s).", nullptr, int(m_pairs.size())) : pairs.message());
    updateButtons();
}

void RepeatReviewDialog::updateButtons()
{
    const bool pending = current() && status() == QLatin1String("pending");
    m_confirm->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_open->setEnabled(current() != nullptr);
}

bool RepeatReviewDialog::confirmCurrent()
{
    const gd::RepeatPair *p = current();
    if (!p || status() != QLatin1String("pending"))
        return false;
    const gd::RepeatPair pair = *p;
    auto merged = gd::CaseService(m_db).confirmRepeat(pair.caseId);
    if (!merged) {
        m_message->setText(merged.message());
        return false;
    }
    reload();
    m_message->setText(tr("%1 is merged into %2 as one of its reports; splitting it back out on the case page of %2 "
                          "undoes this.")
                           .arg(pair.number, pair.otherNumber));
    return true;
}

bool RepeatReviewDialog::rejectCurrent()
{
    const gd::RepeatPair *p = current();
    if (!p || status() != QLatin1String("pending"))
        return false;
    const gd::RepeatPair pair = *p;
    if (gd::Status s = gd::CaseService(m_db).rejectRepeat(pair.caseId); !s) {
        m_message->setText(s.message());
        return false;
    }
    reload();
    m_message->setText(
        tr("%1 and %2 are kept apart: the pair is not proposed again.").arg(pair.number, pair.otherNumber));
    return true;
}

} // namespace gdui
