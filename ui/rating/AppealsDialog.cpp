#include "AppealsDialog.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "rating/Appeals.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gdui {

namespace {

QString atTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

} // namespace

AppealsDialog::AppealsDialog(gd::Database &db, const QString &month, const QString &workerId, const QString &workerName,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_month(month)
    , m_workerId(workerId)
    , m_workerName(workerName)
{
    setObjectName(QStringLiteral("appealsDialog"));
    setWindowTitle(tr("Public notice and appeals — %1").arg(month));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Worker"), tr("Appeal"), tr("Recorded"), tr("Answer"), tr("Answered")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_record = buttons->addButton(workerName.isEmpty() ? tr("&Record an appeal…")
                                                       : tr("&Record an appeal of %1…").arg(workerName),
                                  QDialogButtonBox::ActionRole);
    m_answer = buttons->addButton(tr("&Answer the selected appeal…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const gd::Actor &a = db.actor();
    const bool scorer = a.signedIn && gd::roleAllows(a.role, gd::Permission::ScoreReviews);
    const bool supervisor = a.signedIn && gd::roleAllows(a.role, gd::Permission::ApproveReviews);
    m_record->setEnabled(scorer && !workerId.isEmpty());
    m_record->setToolTip(!scorer              ? tr("Whoever scores the month records appeals.")
                         : workerId.isEmpty() ? tr("Select the worker on the sheet first.")
                                              : tr("In the worker's own words."));
    m_answer->setEnabled(supervisor);
    m_answer->setToolTip(supervisor ? QString() : tr("A supervisor answers appeals."));
    connect(m_record, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Record an appeal"), tr("%1 appeals against the review of %2:").arg(m_workerName, m_month),
            QString(), &ok);
        if (ok)
            record(text);
    });
    connect(m_answer, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) {
            MessageBox::information(this, windowTitle(), tr("Select the appeal to answer."));
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Answer the appeal"), tr("The answer to %1:").arg(m_table->item(row, 0)->text()), QString(), &ok);
        if (ok)
            answer(row, text);
    });
    refresh();
}

bool AppealsDialog::record(const QString &text)
{
    auto id = gd::rating::fileAppeal(m_db, m_month, m_workerId, text);
    if (!id) {
        MessageBox::warning(this, tr("Not recorded"), id.message());
        return false;
    }
    refresh();
    return true;
}

bool AppealsDialog::answer(int row, const QString &text)
{
    if (row < 0 || row >= m_ids.size())
        return false;
    if (const gd::Status s = gd::rating::answerAppeal(m_db, m_ids.at(row), text); !s) {
        MessageBox::warning(this, tr("Not answered"), s.message());
        return false;
    }
    refresh();
    return true;
}

void AppealsDialog::refresh()
{
    auto status = gd::rating::monthStatus(m_db, m_month);
    auto ends = status ? gd::rating::noticeEnds(m_db, *status) : gd::Result<qint64>(status.error());
    auto list = gd::rating::appeals(m_db, m_month);
    const int open = list ? gd::rating::unansweredAppeals(*list) : 0;
    QString notice = ends ? (m_db.nowMs() < *ends ? tr("On public notice until %1: appeals are recorded until then.")
                                                  : tr("The public notice ended on %1."))
                                .arg(atTime(*ends))
                          : tr("Not on public notice: the month is posted when it is submitted.");
    if (open > 0)
        notice += QLatin1Char(' ') + tr("%n appeal(s) wait for an answer before the month is approved.", nullptr, open);
    if (!list)
        notice = list.message();
    m_notice->setText(notice);
    m_table->setRowCount(0);
    m_ids.clear();
    if (!list)
        return;
    for (const gd::rating::Appeal &a : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{a.workerName, a.text, tr("%1, %2").arg(a.filedBy, atTime(a.filedMs)),
                                a.answered() ? a.answer : tr("(not answered)"),
                                a.answered() ? tr("%1, %2").arg(a.answeredBy, atTime(a.answeredMs)) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_ids << a.id;
    }
    m_table->resizeRowsToContents();
}

} // namespace gdui
