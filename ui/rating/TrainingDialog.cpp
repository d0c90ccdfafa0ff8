#include "TrainingDialog.h"

#include "people/WorkerService.h"
#include "rating/Training.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gdui {

TrainingDialog::TrainingDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Record a training session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(db.nowMs(), QTimeZone(8 * 3600)).date());
    m_topic = new QComboBox(this);
    m_topic->setEditable(true);
    m_topic->addItems(gd::rating::namedTrainingNeeds());
    m_topic->setCurrentIndex(-1);
    m_topic->lineEdit()->setPlaceholderText(tr("A training need, or any topic"));
    m_unit = new QLineEdit(this);
    m_unit->setPlaceholderText(tr("e.g. 区住房城乡建设局"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type part of a name or phone to filter"));
    m_workers = new QListWidget(this);
    m_workers->setObjectName(QStringLiteral("trainingAttendees"));
    gd::WorkerQuery query;
    query.kind = QStringLiteral("full_time");
    query.status = QStringLiteral("active");
    for (const gd::WorkerSummary &s : gd::WorkerService(db).list(query)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(s.worker.name, s.worker.phone), m_workers);
        item->setData(Qt::UserRole, s.worker.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_workers->count(); ++i)
            m_workers->item(i)->setHidden(!m_workers->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("Trainer's &unit:"), m_unit);
    form->addRow(tr("&Attended:"), m_filter);
    layout->addLayout(form);
    layout->addWidget(m_workers, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

QString TrainingDialog::problem() const
{
    return m_problem->text();
}

bool TrainingDialog::save()
{
    gd::rating::TrainingSession s;
    s.date = m_date->date();
    s.topic = m_topic->currentText();
    s.trainerUnit = m_unit->text();
    for (int i = 0; i < m_workers->count(); ++i)
        if (m_workers->item(i)->checkState() == Qt::Checked)
            s.workerIds << m_workers->item(i)->data(Qt::UserRole).toString();
    auto saved = gd::rating::recordTraining(m_db, s);
    if (!saved) {
        m_problem->setText(saved.message());
        return false;
    }
    m_problem->clear();
    return true;
}

void TrainingDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
