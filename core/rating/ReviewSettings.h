#pragma once
// The office's rules for the star review (every number of the rules is an office setting), kept in the file's
// meta as "star_rules" (JSON): the promotion share and its rounding, the thresholds, the
// demotion streak, and the annual weights and grades. Absent or unreadable values fall back to
// the defaults of StarRules.h; the choices (cadence, veto, failed_year) are kept as words. Changing them never rewrites
// an approved month: its results are frozen in rating_results (MonthReview.h).
#include "StarRules.h"
#include "storage/Result.h"

#include <QJsonObject>

namespace gd {
class Database;
}

namespace gd::rating {

// What a satisfaction answer weighs in the satisfaction item (the public 满意率 counts both 满意 and
// 基本满意 as satisfied); only reached callbacks count.
struct SatisfactionWeights {
    double satisfied = 1, basic = 1, dissatisfied = 0;
};

// An item with nothing to judge in the month (no case due, no reached callback): its points are
// carried from the rest (the total scaled to the items that could be judged) or given in full.
enum class NotApplicable { Carried, Full };

struct ReviewRules {
    StarSettings stars;
    AnnualSettings annual;
    SatisfactionWeights satisfaction;
    NotApplicable notApplicable = NotApplicable::Carried;
    // The volume item (handled cases) counted per 100 households of the worker's grids, so a large
    // grid's count does not outscore a small one's; its per-case points then apply per case per 100
    // households (an office that turns it on fits them again).
    bool volumePerHouseholds = false;
    // Whose months this office reviews (ReviewScope.h): "district", "street:CODE" or "community:CODE".
    QString scope = QStringLiteral("district");
    // The public notice (公示): working days between submission and the earliest approval, during which
    // workers may appeal (Appeals.h); 0: none.
    int noticeDays = 5;
    // Four eyes: the month is approved by someone other than the one who submitted it.
    bool approverNotSubmitter = true;

    static ReviewRules load(Database &db);
    // As stored: one key per setting, the choices as words; what is absent or unreadable is the default.
    QJsonObject toJson() const;
    static ReviewRules fromJson(const QJsonObject &o);
    // One setting by its stored key, from text as typed ("0.25", "quarterly", "true"), for the command
    // line: Invalid naming the key when it is unknown, the number unreadable or the word not one of the
    // setting's. Ranges are validate()'s.
    Error set(const QString &key, const QString &text);
    // The first value out of range, as Invalid naming its field (promotion_share, rounding,
    // minimum_places, promotion_score, poor_score, poor_months, failed_year_score, minimum_months_at_level,
    // weight_satisfied, weight_basic, weight_dissatisfied, scope, notice_days,
    // first_half_weight, second_half_weight, excellent, pass, basic_pass); None when all are fine.
    Error validate() const;
    // Checked (the scope's street or community must be in the file), then written in one transaction and audited.
    // Administrators only (Permission::EditSettings), as for the rewards.
    Status save(Database &db) const;
};

} // namespace gd::rating
