#include "DisputeStepDialog.h"

#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace gdui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, const char *name, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

} // namespace

DisputeStepDialog::DisputeStepDialog(const AppContext &ctx, const QString &disputeId, Step step, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(disputeId)
    , m_step(step)
{
    static const char *const titles[] = {QT_TR_NOOP("Record a mediation session"), QT_TR_NOOP("End the dispute"),
                                         QT_TR_NOOP("Record the follow-up visit"),
                                         QT_TR_NOOP("Review the high-risk dispute")};
    setWindowTitle(tr(titles[step]));
    auto *form = new QFormLayout(this);
    if (step != Review) {
        m_at = newBeijingTimeEdit(this, QStringLiteral("disputeStepTimeEdit"));
        setBeijingTime(m_at, ctx.db->nowMs());
        static const char *const timeField[] = {"at_ms", "outcome_ms", "followup_ms"};
        addFormRow(form, m_errors, tr("&When:"), m_at, QLatin1String(timeField[step]));
    }
    if (step == Session) {
        auto *place = new QLineEdit(this);
        place->setObjectName(QStringLiteral("disputeSessionPlaceEdit"));
        place->setPlaceholderText(tr("the community mediation room"));
        m_place = place;
        addFormRow(form, m_errors, tr("&Place:"), place, QStringLiteral("place"));
        m_choice = new QComboBox(this);
        for (const QString &r : gd::disputes::sessionResults())
            m_choice->addItem(gd::disputes::sessionResultName(r), r);
        m_choice->setCurrentIndex(m_choice->findData(QStringLiteral("continue")));
        addFormRow(form, m_errors, tr("&Result:"), m_choice, QStringLiteral("result"));
    }
    if (step == Outcome) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("disputeOutcomeComboBox"));
        for (const QString &o : gd::disputes::outcomes())
            if (o != QLatin1String("open"))
                m_choice->addItem(gd::disputes::outcomeName(o), o);
        addFormRow(form, m_errors, tr("&Outcome:"), m_choice, QStringLiteral("outcome"));
        m_text = textBox(this, "disputeAgreementEdit", 120);
        m_text->setPlaceholderText(tr("The mediation agreement: what each party agreed to"));
        addFormRow(form, m_errors, tr("&Agreement:"), m_text, QStringLiteral("agreement"));
        m_filesBox = new QWidget(this);
        auto *filesRow = new QHBoxLayout(m_filesBox);
        filesRow->setContentsMargins(0, 0, 0, 0);
        m_files = new QListWidget(m_filesBox);
        m_files->setMaximumHeight(60);
        auto *addButton = new QPushButton(tr("Attach the &scan…"), m_filesBox);
        filesRow->addWidget(m_files, 1);
        filesRow->addWidget(addButton);
        connect(addButton, &QPushButton::clicked, this, &DisputeStepDialog::chooseFiles);
        addFormRow(form, m_errors, tr("Sca&nned files:"), m_filesBox, QStringLiteral("data"));
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("disputeTargetComboBox"));
        for (const QString &t : gd::disputes::referralTargets())
            m_target->addItem(gd::disputes::referralTargetName(t), t);
        addFormRow(form, m_errors, tr("Referred &to:"), m_target, QStringLiteral("referred_to"));
        connect(m_choice, &QComboBox::currentIndexChanged, this, &DisputeStepDialog::outcomeChosen);
        outcomeChosen();
    }
    static const char *const noteField[] = {"note", "outcome_note", "followup_note", "review_note"};
    m_note = textBox(this, "disputeStepNoteEdit", 90);
    if (step == FollowUp)
        m_note->setPlaceholderText(tr("Does the agreement hold? What did the parties say?"));
    if (step == Review)
        m_note->setPlaceholderText(tr("What the review decided: who follows it, what the police grid does"));
    addFormRow(form, m_errors, step == Review || step == FollowUp ? tr("&Findings:") : tr("N&ote:"), m_note,
               QLatin1String(noteField[step]));
    addOkCancel(this, form);
    resize(520, sizeHint().height());
}

void DisputeStepDialog::outcomeChosen()
{
    const QString outcome = m_choice->currentData().toString();
    const bool settled = outcome == QLatin1String("settled"), referred = outcome == QLatin1String("referred");
    m_text->setEnabled(settled);
    m_filesBox->setEnabled(settled);
    m_target->setEnabled(referred);
}

void DisputeStepDialog::addFile(const QString &name, const QByteArray &data)
{
    m_fileData << gd::DisputeFile{{}, name, data};
    m_files->addItem(tr("%1 (%2 KB)").arg(name).arg((data.size() + 1023) / 1024));
}

void DisputeStepDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach the agreement's scan"), QString(),
                                                            tr("Scans (*.jpg *.jpeg *.png *.pdf)"));
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, windowTitle(), tr("%1 cannot be read: %2").arg(path, f.errorString()));
            continue;
        }
        addFile(QFileInfo(path).fileName(), f.readAll());
    }
}

void DisputeStepDialog::accept()
{
    gd::DisputeService service(*m_ctx.db);
    const qint64 at = m_at ? beijingTimeOf(m_at) : 0;
    const QString note = m_note->toPlainText();
    gd::Status done;
    switch (m_step) {
    case Session: {
        auto added = service.addSession(
            m_id, {{}, at, static_cast<QLineEdit *>(m_place)->text(), m_choice->currentData().toString(), note});
        done = added ? gd::Status() : gd::Status(added.error());
        break;
    }
    case Outcome: {
        const QString outcome = m_choice->currentData().toString();
        if (outcome == QLatin1String("settled"))
            done = service.settle(m_id, at, m_text->toPlainText(), m_fileData, note);
        else if (outcome == QLatin1String("referred"))
            done = service.refer(m_id, at, m_target->currentData().toString(), note);
        else
            done = service.withdraw(m_id, at, note);
        break;
    }
    case FollowUp: done = service.followUp(m_id, at, note); break;
    case Review: done = service.review(m_id, note); break;
    }
    if (!m_errors.report(this, done ? gd::Error() : done.error()))
        return;
    QDialog::accept();
}

} // namespace gdui
