#include "TrainingForms.h"

#include "calendar/WorkCalendar.h"
#include "common/Choosers.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace gdui {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03020;"));
    return label;
}

void addButtons(QDialog *dialog, QFormLayout *form, QLabel *problem)
{
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}
} // namespace

EvaluationDialog::EvaluationDialog(gd::Database &db, const gd::TrainingSession &session, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_sessionId(session.id)
{
    setObjectName(QStringLiteral("evaluationDialog"));
    setWindowTitle(tr("Evaluation of %1").arg(session.topic));
    auto *form = new QFormLayout(this);
    m_attendee = new QComboBox(this);
    makeSearchable(m_attendee);
    QList<Choice> people;
    for (const gd::TrainingAttendance &a : session.attendees)
        people << Choice{a.workerId, a.workerName};
    fillChoices(m_attendee, people);
    m_score = new QSpinBox(this);
    m_score->setRange(1, 5);
    m_score->setValue(5);
    m_score->setSuffix(tr(" of 5"));
    m_comment = new QLineEdit(this);
    m_comment->setPlaceholderText(tr("What was useful, what was missing"));
    // An attendee chosen shows the evaluation given before, to change it.
    const auto showGiven = [this, session] {
        for (const gd::TrainingAttendance &a : session.attendees)
            if (a.workerId == chosenId(m_attendee)) {
                m_score->setValue(a.score > 0 ? a.score : 5);
                m_comment->setText(a.comment);
            }
    };
    connect(m_attendee, &QComboBox::currentIndexChanged, this, showGiven);
    showGiven();
    form->addRow(tr("&Attendee:"), m_attendee);
    form->addRow(tr("&Score:"), m_score);
    form->addRow(tr("&Comment:"), m_comment);
    m_problem = problemLabel(this);
    addButtons(this, form, m_problem);
}

QString EvaluationDialog::problem() const
{
    return m_problem->text();
}

bool EvaluationDialog::save()
{
    if (gd::Status s =
            gd::training::evaluate(m_db, m_sessionId, chosenId(m_attendee), m_score->value(), m_comment->text());
        !s) {
        m_problem->setText(s.message());
        return false;
    }
    return true;
}

void EvaluationDialog::accept()
{
    if (save())
        QDialog::accept();
}

OrderDialog::OrderDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(tr("Order a training"));
    auto *form = new QFormLayout(this);
    m_worker = new QComboBox(this);
    makeSearchable(m_worker);
    QList<Choice> workers;
    for (const gd::Worker &w : gd::WorkerService(db).ofKind(QStringLiteral("full_time")))
        if (w.status == QLatin1String("active"))
            workers << Choice{w.id, QStringLiteral("%1  %2").arg(w.name, w.phone)};
    fillChoices(m_worker, workers, tr("(choose the worker)"));
    m_need = new QComboBox(this);
    m_need->setEditable(true);
    if (const auto needs = gd::training::needs(db))
        for (const gd::TrainingNeed &n : *needs)
            m_need->addItem(n.name, n.id);
    m_need->setCurrentIndex(-1);
    m_need->lineEdit()->setPlaceholderText(tr("A need of the list, or a new one"));
    m_date = new QDateEdit(QDateTime::fromMSecsSinceEpoch(db.nowMs(), gd::WorkCalendar::zone()).date(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What the worker wants to learn"));
    form->addRow(tr("&Worker:"), m_worker);
    form->addRow(tr("&Need:"), m_need);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("N&ote:"), m_note);
    m_problem = problemLabel(this);
    addButtons(this, form, m_problem);
    resize(460, height());
}

QString OrderDialog::problem() const
{
    return m_problem->text();
}

bool OrderDialog::save()
{
    gd::TrainingOrder o;
    o.workerId = chosenId(m_worker);
    o.needName = m_need->currentText();
    o.orderedOn = m_date->date();
    o.note = m_note->text();
    auto placed = gd::training::placeOrder(m_db, o);
    if (!placed) {
        m_problem->setText(placed.message());
        return false;
    }
    return true;
}

void OrderDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
