#pragma once
// 考评设置: the office's rules for the star review and the reward per star, all office settings.
// Every number the review uses is here: the promotion share and how it is rounded, the places a
// level keeps at least, the thresholds, the demotion streak, the annual weights and grades, and
// the monthly reward for each level. Saved through core (rating::ReviewRules, RewardSettings),
// which refuses a value out of range with its field named: the dialog stays open, the field
// focused, until everything is right. Administrators only; others see the values read-only.
#include "common/FieldErrors.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewSettingsDialog(gd::Database &db, QWidget *parent = nullptr);

    // The widget for a field core names (promotion_share … basic_pass, reward_0 … reward_5).
    QWidget *field(const QString &name) const;
    // Saves both; false (the reason shown, the field focused) when core refused.
    bool save();
    void accept() override;

private:
    gd::Database &m_db;
    FieldErrors m_errors;
    QDoubleSpinBox *m_share, *m_promotion, *m_poor, *m_failedYear, *m_firstHalf, *m_secondHalf, *m_excellent, *m_pass,
        *m_basicPass;
    QComboBox *m_rounding, *m_cadence, *m_veto, *m_failedYearEffect, *m_notApplicable, *m_scope;
    QList<QDoubleSpinBox *> m_weights; // satisfied, basically, dissatisfied
    QSpinBox *m_minimum, *m_poorMonths, *m_monthsAtLevel, *m_notice;
    QCheckBox *m_fourEyes, *m_newStarNow, *m_annualPromotes, *m_perHouseholds;
    QList<QDoubleSpinBox *> m_rewards;
    QHash<QString, QWidget *> m_fields;
};

} // namespace gdui
