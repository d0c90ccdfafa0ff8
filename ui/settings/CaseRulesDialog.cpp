#include "CaseRulesDialog.h"

#include "CalendarDayModel.h"
#include "CalendarTab.h"
#include "DeadlineRulesForm.h"
#include "access/Permissions.h"
#include "cases/CaseSettings.h"
#include "cases/CaseTypes.h"
#include "cases/RepeatFinder.h"
#include "common/MessageBox.h"
#include "common/NotUndoable.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

CaseRulesDialog::CaseRulesDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_readOnly(!gd::roleAllows(db.actor().role, gd::Permission::EditSettings) || !db.actor().signedIn)
    , m_loadedRules(gd::DeadlineRules::load(db))
    , m_loadedWindow(gd::CaseSettings(db).repeatWindowDays())
    , m_loadedScores(gd::RepeatFinder::scoresSetting(db))
{
    setObjectName(QStringLiteral("caseRulesDialog"));
    setWindowTitle(tr("Case rules"));
    auto *layout = new QVBoxLayout(this);

    if (m_readOnly) {
        // The core refuses the save anyway; saying so up front spares a form filled in for nothing.
        auto *note = new QLabel(tr("Only an administrator can change these rules. You are signed in as %1 (%2): you "
                                   "can read them here, but nothing is saved.")
                                    .arg(db.actor().displayName, gd::roleDisplayName(db.actor().role)),
                                this);
        note->setObjectName(QStringLiteral("caseRulesReadOnlyLabel"));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; "
                                           "color: #5c4400; }"));
        layout->addWidget(note);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseRulesTabWidget"));
    m_deadlines = new DeadlineRulesForm(m_tabs);
    m_deadlines->setRules(m_loadedRules);
    m_tabs->addTab(m_deadlines, tr("Deadlines"));
    m_tabs->addTab(buildRepeatTab(), tr("Repeat requests"));
    m_calendar = new CalendarTab(db, m_tabs);
    m_tabs->addTab(m_calendar, tr("Working-day calendar"));
    layout->addWidget(m_tabs, 1);

    for (auto it = m_deadlines->fields().begin(); it != m_deadlines->fields().end(); ++it)
        m_errors.bind(it.key(), it.value());
    m_errors.bind(QLatin1String(gd::CaseSettings::kRepeatWindowField), m_window);
    m_errors.bind(QLatin1String(gd::RepeatFinder::kAttachScoreKey), m_attach);
    m_errors.bind(QLatin1String(gd::RepeatFinder::kReviewScoreKey), m_review);
    m_errors.bind(QStringLiteral("calendar"), m_calendar->table());

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("caseRulesButtonBox"));
    if (m_readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
        m_deadlines->setReadOnly(true);
        m_window->setReadOnly(true);
        m_window->setButtonSymbols(QAbstractSpinBox::NoButtons);
        for (QSpinBox *score : {m_attach, m_review}) {
            score->setReadOnly(true);
            score->setButtonSymbols(QAbstractSpinBox::NoButtons);
        }
        m_calendar->setReadOnly(true);
    } else {
        buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseRulesDialog::reject);
    layout->addWidget(notUndoableNote(settingsTakenBackBy(), this));
    layout->addWidget(buttons);
    resize(840, 580);
}

QWidget *CaseRulesDialog::buildRepeatTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("repeatTab"));
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_window = new QSpinBox(tab);
    m_window->setObjectName(QStringLiteral("repeatWindowSpinBox"));
    m_window->setRange(gd::CaseSettings::kMinRepeatWindowDays, gd::CaseSettings::kMaxRepeatWindowDays);
    m_window->setSuffix(tr(" days"));
    m_window->setAlignment(Qt::AlignRight);
    m_window->setValue(m_loadedWindow);
    m_window->setAccessibleName(tr("Repeat window"));
    auto *label = new QLabel(tr("Repeat &window:"), tab);
    label->setBuddy(m_window);
    form->addRow(label, m_window);
    // The 12345 import's two scores (RepeatFinder.h explains how a score is made).
    auto scoreBox = [tab](const QString &name, int value, const QString &accessible) {
        auto *box = new QSpinBox(tab);
        box->setObjectName(name);
        box->setRange(1, gd::RepeatFinder::kMaxScore);
        box->setAlignment(Qt::AlignRight);
        box->setValue(value);
        box->setAccessibleName(accessible);
        return box;
    };
    m_attach = scoreBox(QStringLiteral("attachScoreSpinBox"), m_loadedScores.attach, tr("Attach from score"));
    auto *attachLabel = new QLabel(tr("Import: &attach from score:"), tab);
    attachLabel->setBuddy(m_attach);
    form->addRow(attachLabel, m_attach);
    m_review = scoreBox(QStringLiteral("reviewScoreSpinBox"), m_loadedScores.review, tr("Review from score"));
    auto *reviewLabel = new QLabel(tr("Import: re&view from score:"), tab);
    reviewLabel->setBuddy(m_review);
    form->addRow(reviewLabel, m_review);
    layout->addLayout(form);

    auto *explain = new QLabel(
        tr("<p>When a request is registered, the intake desk offers the earlier cases it may repeat (重复诉求): "
           "the same phone number, or the same building or grid with the same category, ranked by how alike "
           "the texts are. Staff then attach the new report to the case instead of counting one matter twice.</p>"
           "<p>Open cases are offered whenever they arrived in the last year. A <b>closed</b> case is offered "
           "only when it was received and closed within this window: a matter settled long ago that comes up "
           "again is a new case, not a repeat.</p>"
           "<p>A longer window catches more returning complaints; a shorter one gives staff fewer old cases "
           "to check. The default is %1 days. The change applies to the next request registered.</p>"
           "<p>The 12345 import checks every line the same way. From the <b>attach</b> score (the office's choice; "
           "%2 by default: the same phone with texts alike) a line is merged into the case it repeats; from the "
           "<b>review</b> score (%3 by default) it waits in the review of suspected repeats for a person to decide. "
           "The operator can "
           "decide otherwise for any line in the import's preview. A score adds 50 for the same phone, 35 for "
           "the same building and category, 20 for the same grid and category, up to 40 for alike texts and 5 "
           "for an open case.</p>")
            .arg(gd::RepeatFinder::kDefaultWindowDays)
            .arg(gd::RepeatScores().attach)
            .arg(gd::RepeatScores().review),
        tab);
    explain->setObjectName(QStringLiteral("repeatWindowExplanationLabel"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::RichText);
    layout->addWidget(explain);
    layout->addStretch(1);
    return tab;
}

bool CaseRulesDialog::isModified() const
{
    return !(m_deadlines->rules() == m_loadedRules) || m_window->value() != m_loadedWindow ||
           !(scores() == m_loadedScores) || m_calendar->model()->isModified();
}

void CaseRulesDialog::showFieldTab(const QString &field)
{
    // FieldErrors focuses the field's widget; a widget on a hidden tab cannot show focus.
    if (field == QLatin1String(gd::CaseSettings::kRepeatWindowField) ||
        field == QLatin1String(gd::RepeatFinder::kAttachScoreKey) ||
        field == QLatin1String(gd::RepeatFinder::kReviewScoreKey))
        m_tabs->setCurrentIndex(RepeatsTab);
    else if (field == QLatin1String("calendar"))
        m_tabs->setCurrentIndex(CalendarTabIndex);
    else if (m_deadlines->fields().contains(field))
        m_tabs->setCurrentIndex(DeadlinesTab);
}

gd::RepeatScores CaseRulesDialog::scores() const
{
    return {m_attach->value(), m_review->value()};
}

void CaseRulesDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    gd::RecomputeReport moved;
    const gd::Status s = gd::CaseSettings(m_db).save(m_deadlines->rules(), m_window->value(), scores(),
                                                     m_calendar->model()->changes(), &moved);
    showFieldTab(s.error().field);
    if (!m_errors.report(this, s.error()))
        return;
    if (!moved.years.isEmpty())
        MessageBox::information(this, tr("Official calendar"), recountText(moved));
    QDialog::accept();
}

QString CaseRulesDialog::recountText(const gd::RecomputeReport &report)
{
    QStringList years;
    for (int y : report.years)
        years << QString::number(y);
    QString text = tr("The official calendar for %1 is in force. Deadlines of %n running case(s) reached into it; ",
                      nullptr, report.checked)
                       .arg(years.join(QStringLiteral(", ")));
    text +=
        tr("%n case(s) had a provisional deadline moved (each move is in the case's timeline).", nullptr, report.moved);
    // The first moves, so the office sees what changed; the case list shows them all.
    constexpr int kShown = 15;
    for (int i = 0; i < report.moves.size() && i < kShown; ++i) {
        const gd::DeadlineMove &m = report.moves.at(i);
        text += QLatin1Char('\n') + tr("%1 · %2: %3 → %4")
                                        .arg(m.number, gd::calendarrecompute::fieldName(m.field),
                                             gd::cases::timeText(m.fromMs), gd::cases::timeText(m.toMs));
    }
    if (report.moves.size() > kShown)
        text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(report.moves.size() - kShown));
    return text;
}

void CaseRulesDialog::reject()
{
    if (!m_readOnly && isModified() &&
        !MessageBox::question(this, tr("Case rules"), tr("Discard the changes to the case rules?")))
        return;
    QDialog::reject();
}

} // namespace gdui
