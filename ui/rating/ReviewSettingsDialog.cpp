#include "ReviewSettingsDialog.h"

#include "access/Permissions.h"
#include "common/FormRows.h"
#include "common/NotUndoable.h"
#include "org/HierarchyService.h"
#include "rating/Payouts.h"
#include "rating/ReviewSettings.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gdui {

namespace {

// Scores and shares are typed as people say them: points out of 100, shares in per cent.
QDoubleSpinBox *number(QWidget *parent, double max, int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ReviewSettingsDialog::ReviewSettingsDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewSettingsDialog"));
    setWindowTitle(tr("Review settings"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);
    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        return std::pair{box, form};
    };
    const QString percent = QStringLiteral(" %"), points = tr(" points");

    auto [starsBox, stars] = group(tr("When stars move"));
    m_cadence = new QComboBox(starsBox);
    for (auto c : {gd::rating::Cadence::Monthly, gd::rating::Cadence::Quarterly, gd::rating::Cadence::HalfYearly,
                   gd::rating::Cadence::Yearly})
        m_cadence->addItem(gd::rating::cadenceName(c), int(c));
    m_cadence->setToolTip(tr("Stars move only when a review closes the period, on the period's combined result: the "
                             "months' average; in June the half-year's, in December the annual evaluation."));
    m_monthsAtLevel = new QSpinBox(starsBox);
    m_monthsAtLevel->setRange(0, 36);
    m_monthsAtLevel->setSuffix(tr(" months"));
    m_veto = new QComboBox(starsBox);
    for (auto e :
         {gd::rating::VetoEffect::MonthZeroed, gd::rating::VetoEffect::StarTaken, gd::rating::VetoEffect::YearBarred})
        m_veto->addItem(gd::rating::vetoEffectName(e), int(e));
    m_share = number(starsBox, 100, 0, percent);
    m_rounding = new QComboBox(starsBox);
    m_rounding->addItem(tr("Round down"), int(gd::rating::StarSettings::Down));
    m_rounding->addItem(tr("Round to nearest"), int(gd::rating::StarSettings::Nearest));
    m_rounding->addItem(tr("Round up"), int(gd::rating::StarSettings::Up));
    m_minimum = new QSpinBox(starsBox);
    m_minimum->setRange(0, 10);
    m_promotion = number(starsBox, 100, 1, points);
    m_poor = number(starsBox, 100, 1, points);
    m_poorMonths = new QSpinBox(starsBox);
    m_poorMonths->setRange(1, 12);
    m_failedYear = number(starsBox, 100, 1, points);
    // Whose months this office reviews: the district, one of its streets or one of its communities.
    m_scope = new QComboBox(starsBox);
    m_scope->addItem(tr("The whole district"), QStringLiteral("district"));
    const gd::HierarchyService hierarchy(db);
    for (const gd::Street &street : hierarchy.streets()) {
        m_scope->addItem(street.name, QStringLiteral("street:") + street.code);
        for (const gd::Community &c : hierarchy.communities(street.id))
            m_scope->addItem(QStringLiteral("    ") + c.name, QStringLiteral("community:") + c.code);
    }
    m_scope->setToolTip(tr("Fixed in each month when it is submitted. Two offices never approve the same workers' "
                           "month: an approval is refused where another office approved them."));
    const QList<std::tuple<QString, QWidget *, QString>> starRows{
        {tr("Workers reviewed here:"), m_scope, QStringLiteral("scope")},
        {tr("Stars move:"), m_cadence, QStringLiteral("cadence")},
        {tr("At a level before the next star, at least:"), m_monthsAtLevel, QStringLiteral("minimum_months_at_level")},
        {tr("Up one star, at most (of a level):"), m_share, QStringLiteral("promotion_share")},
        {tr("Places rounded:"), m_rounding, QStringLiteral("rounding")},
        {tr("Places at least (per level):"), m_minimum, QStringLiteral("minimum_places")},
        {tr("Promotion from a score of:"), m_promotion, QStringLiteral("promotion_score")},
        {tr("Poor month below:"), m_poor, QStringLiteral("poor_score")},
        {tr("Down one star after poor months in a row:"), m_poorMonths, QStringLiteral("poor_months")},
        {tr("A veto item:"), m_veto, QStringLiteral("veto")}};
    for (const auto &[label, widget, name] : starRows) {
        addFormRow(stars, m_errors, label, widget, name);
        m_fields.insert(name, widget);
    }
    // The public notice between submission and approval (公示), when workers may appeal.
    m_notice = new QSpinBox(starsBox);
    m_notice->setRange(0, 15);
    m_notice->setSuffix(tr(" working days"));
    m_notice->setSpecialValueText(tr("none"));
    m_notice->setToolTip(tr("From the submission; appeals are recorded during it and answered before approval."));
    addFormRow(stars, m_errors, tr("Public notice before approval:"), m_notice, QStringLiteral("notice_days"));
    m_fields.insert(QStringLiteral("notice_days"), m_notice);
    // Four eyes on the month's result; a community with one supervisor turns it off.
    m_fourEyes = new QCheckBox(tr("&Approved by a supervisor other than the one who submitted"), starsBox);
    m_fourEyes->setObjectName(QStringLiteral("approverNotSubmitter"));
    stars->addRow(m_fourEyes);
    m_fields.insert(QStringLiteral("approver_not_submitter"), m_fourEyes);
    auto *left = new QVBoxLayout;
    columns->addLayout(left);
    left->addWidget(starsBox);

    // How the month scores: the satisfaction answers' weights and the items with nothing to judge.
    auto [scoreBox, score] = group(tr("What the month scores"));
    m_weights = {number(scoreBox, 1, 2, QString()), number(scoreBox, 1, 2, QString()),
                 number(scoreBox, 1, 2, QString())};
    for (QDoubleSpinBox *w : std::as_const(m_weights))
        w->setSingleStep(0.1);
    m_notApplicable = new QComboBox(scoreBox);
    m_notApplicable->addItem(tr("Carried from the rest"), int(gd::rating::NotApplicable::Carried));
    m_notApplicable->addItem(tr("Scored in full"), int(gd::rating::NotApplicable::Full));
    m_notApplicable->setToolTip(tr("A month with no case due or no callback reached has nothing to judge that item "
                                   "on: a quiet grid or a new worker is not marked down for it."));
    const QList<std::tuple<QString, QWidget *, QString>> scoreRows{
        {tr("Satisfied counts:"), m_weights.at(0), QStringLiteral("weight_satisfied")},
        {tr("Basically satisfied counts:"), m_weights.at(1), QStringLiteral("weight_basic")},
        {tr("Dissatisfied counts:"), m_weights.at(2), QStringLiteral("weight_dissatisfied")},
        {tr("An item with nothing to judge:"), m_notApplicable, QStringLiteral("not_applicable")}};
    for (const auto &[label, widget, name] : scoreRows) {
        addFormRow(score, m_errors, label, widget, name);
        m_fields.insert(name, widget);
    }
    m_perHouseholds = new QCheckBox(tr("Count the cases handled per 100 &households of the worker's grids"), scoreBox);
    m_perHouseholds->setObjectName(QStringLiteral("volumePerHouseholds"));
    m_perHouseholds->setToolTip(tr("A large grid's count then does not outscore a small one's; fit the item's points "
                                   "per case again (Review items)."));
    score->addRow(m_perHouseholds);
    m_fields.insert(QStringLiteral("volume_per_households"), m_perHouseholds);
    left->addWidget(scoreBox);

    auto *right = new QVBoxLayout;
    columns->addLayout(right);
    auto [yearBox, year] = group(tr("The year"));
    m_firstHalf = number(yearBox, 100, 0, percent);
    m_secondHalf = number(yearBox, 100, 0, percent);
    m_excellent = number(yearBox, 100, 1, points);
    m_pass = number(yearBox, 100, 1, points);
    m_basicPass = number(yearBox, 100, 1, points);
    m_failedYearEffect = new QComboBox(yearBox);
    for (auto e : {gd::rating::FailedYearEffect::Kept, gd::rating::FailedYearEffect::DownOne,
                   gd::rating::FailedYearEffect::ToNone})
        m_failedYearEffect->addItem(gd::rating::failedYearEffectName(e), int(e));
    const QList<std::tuple<QString, QWidget *, QString>> yearRows{
        {tr("Weight of January–June:"), m_firstHalf, QStringLiteral("first_half_weight")},
        {tr("Weight of July–December:"), m_secondHalf, QStringLiteral("second_half_weight")},
        {tr("Excellent from:"), m_excellent, QStringLiteral("excellent")},
        {tr("Pass from:"), m_pass, QStringLiteral("pass")},
        {tr("Basic pass from:"), m_basicPass, QStringLiteral("basic_pass")},
        {tr("A failed year is below:"), m_failedYear, QStringLiteral("failed_year_score")},
        {tr("A failed year:"), m_failedYearEffect, QStringLiteral("failed_year")}};
    for (const auto &[label, widget, name] : yearRows) {
        addFormRow(year, m_errors, label, widget, name);
        m_fields.insert(name, widget);
    }
    m_annualPromotes = new QCheckBox(tr("The annual result can &promote (December's period result)"), yearBox);
    m_annualPromotes->setObjectName(QStringLiteral("annualPromotes"));
    m_annualPromotes->setToolTip(tr("Off: in December stars go up on the period's months alone; the annual result "
                                    "only takes stars."));
    year->addRow(m_annualPromotes);
    m_fields.insert(QStringLiteral("annual_promotes"), m_annualPromotes);
    right->addWidget(yearBox);

    auto [rewardBox, reward] = group(tr("Reward a month"));
    for (int star = 0; star <= gd::rating::kMaxStar; ++star) {
        auto *amount = number(rewardBox, 100000, 0, tr(" yuan"));
        const QString name = QStringLiteral("reward_%1").arg(star);
        addFormRow(reward, m_errors, tr("%1:").arg(gd::rating::starName(star)), amount, name);
        m_fields.insert(name, amount);
        m_rewards << amount;
    }
    // Paid for the star held during the month; the office may pay a new star for the month that earned it.
    m_newStarNow = new QCheckBox(tr("A new star is &paid for the month that earned it"), rewardBox);
    m_newStarNow->setObjectName(QStringLiteral("newStarPaysSameMonth"));
    m_newStarNow->setToolTip(tr("Off: each month is paid for the star held during it, and a new star pays from the "
                                "next month."));
    reward->addRow(m_newStarNow);
    m_fields.insert(QStringLiteral("reward_from"), m_newStarNow);
    m_errors.bind(QStringLiteral("rewards"), m_rewards.first());
    right->addWidget(rewardBox);

    const gd::rating::ReviewRules rules = gd::rating::ReviewRules::load(db);
    m_share->setValue(rules.stars.promotionShare * 100);
    m_rounding->setCurrentIndex(m_rounding->findData(int(rules.stars.rounding)));
    m_minimum->setValue(rules.stars.minimumPlaces);
    m_promotion->setValue(rules.stars.promotionScore);
    m_poor->setValue(rules.stars.poorScore);
    m_poorMonths->setValue(rules.stars.poorMonthsToDemote);
    m_failedYear->setValue(rules.stars.failedYearScore);
    m_firstHalf->setValue(rules.annual.firstHalfWeight * 100);
    m_secondHalf->setValue(rules.annual.secondHalfWeight * 100);
    m_excellent->setValue(rules.annual.excellent);
    m_pass->setValue(rules.annual.pass);
    m_basicPass->setValue(rules.annual.basicPass);
    m_fourEyes->setChecked(rules.approverNotSubmitter);
    m_cadence->setCurrentIndex(m_cadence->findData(int(rules.stars.cadence)));
    m_monthsAtLevel->setValue(rules.stars.minimumMonthsAtLevel);
    m_veto->setCurrentIndex(m_veto->findData(int(rules.stars.veto)));
    m_failedYearEffect->setCurrentIndex(m_failedYearEffect->findData(int(rules.stars.failedYear)));
    m_annualPromotes->setChecked(rules.stars.annualPromotes);
    m_weights[0]->setValue(rules.satisfaction.satisfied);
    m_weights[1]->setValue(rules.satisfaction.basic);
    m_weights[2]->setValue(rules.satisfaction.dissatisfied);
    m_notApplicable->setCurrentIndex(m_notApplicable->findData(int(rules.notApplicable)));
    m_perHouseholds->setChecked(rules.volumePerHouseholds);
    m_notice->setValue(rules.noticeDays);
    if (m_scope->findData(rules.scope) < 0) // a street or community no longer in the file: shown as kept
        m_scope->addItem(rules.scope, rules.scope);
    m_scope->setCurrentIndex(m_scope->findData(rules.scope));
    const gd::rating::RewardSettings rewards = gd::rating::RewardSettings::load(db);
    for (int star = 0; star < m_rewards.size() && star < rewards.perStar.size(); ++star)
        m_rewards[star]->setValue(rewards.perStar.at(star));
    m_newStarNow->setChecked(rewards.newStarPaysSameMonth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewSettingsDialog::reject);
    layout->addWidget(notUndoableNote(settingsTakenBackBy(), this));
    layout->addWidget(buttons);
    const gd::Actor &a = db.actor();
    if (!(a.signedIn && gd::roleAllows(a.role, gd::Permission::EditSettings))) {
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Only an administrator changes the review settings."));
    }
}

QWidget *ReviewSettingsDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

bool ReviewSettingsDialog::save()
{
    // From what is saved, so a setting the dialog does not show is kept as it is.
    gd::rating::ReviewRules rules = gd::rating::ReviewRules::load(m_db);
    rules.stars.promotionShare = m_share->value() / 100;
    rules.stars.rounding = gd::rating::StarSettings::Rounding(m_rounding->currentData().toInt());
    rules.stars.minimumPlaces = m_minimum->value();
    rules.stars.promotionScore = m_promotion->value();
    rules.stars.poorScore = m_poor->value();
    rules.stars.poorMonthsToDemote = m_poorMonths->value();
    rules.stars.failedYearScore = m_failedYear->value();
    rules.annual.firstHalfWeight = m_firstHalf->value() / 100;
    rules.annual.secondHalfWeight = m_secondHalf->value() / 100;
    rules.annual.excellent = m_excellent->value();
    rules.annual.pass = m_pass->value();
    rules.annual.basicPass = m_basicPass->value();
    rules.approverNotSubmitter = m_fourEyes->isChecked();
    rules.stars.cadence = gd::rating::Cadence(m_cadence->currentData().toInt());
    rules.stars.minimumMonthsAtLevel = m_monthsAtLevel->value();
    rules.stars.veto = gd::rating::VetoEffect(m_veto->currentData().toInt());
    rules.stars.failedYear = gd::rating::FailedYearEffect(m_failedYearEffect->currentData().toInt());
    rules.stars.annualPromotes = m_annualPromotes->isChecked();
    rules.satisfaction = {m_weights.at(0)->value(), m_weights.at(1)->value(), m_weights.at(2)->value()};
    rules.notApplicable = gd::rating::NotApplicable(m_notApplicable->currentData().toInt());
    rules.scope = m_scope->currentData().toString();
    rules.volumePerHouseholds = m_perHouseholds->isChecked();
    rules.noticeDays = m_notice->value();
    gd::rating::RewardSettings rewards;
    rewards.perStar.clear();
    for (QDoubleSpinBox *amount : std::as_const(m_rewards))
        rewards.perStar << amount->value();
    rewards.newStarPaysSameMonth = m_newStarNow->isChecked();
    // Both checked before either is written, so a refusal leaves the file as it was.
    if (const gd::Error e = rules.validate(); !m_errors.report(this, e))
        return false;
    if (const gd::Status s = rules.save(m_db); !m_errors.report(this, s.error()))
        return false;
    return m_errors.report(this, rewards.save(m_db).error());
}

void ReviewSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
