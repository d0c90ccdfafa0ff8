#pragma once
// The month's rewards: an amount per star per month, an office setting (kept in the file's meta as
// "star_rewards"); the payout list of an approved month, each worker paid for the star held during
// it (or the one the review gave, as the office sets); and the Excel workbook of the sheet and the
// payouts (libxlsxwriter).
#include "MonthSheet.h"

namespace gd::rating {

struct RewardSettings {
    QList<double> perStar{0, 200, 400, 600, 800, 1000}; // yuan a month for none … five stars
    // A month is paid for the star held during it; a star the month's review gives pays from the
    // next month, unless the office pays it for the month that earned it (meta "star_reward_from").
    bool newStarPaysSameMonth = false;
    static RewardSettings load(Database &db);
    // Refused: not six amounts, or one below zero. Administrators only (Permission::EditSettings).
    Status save(Database &db) const;
};

// What a payout is for, each labelled where it is listed: a full-time worker's star reward, or a
// part-time worker's subsidy for covering a vacant grid (兼职空岗奖补: the cover's monthly subsidy,
// for the days of the month the cover ran).
struct Payout {
    enum Kind { StarReward, CoverSubsidy };
    QString workerId, name;
    int star = 0;
    double amount = 0;
    QString note; // why nothing is paid (a veto that bars the year), or the grid covered and its days
    Kind kind = StarReward;
};
QString payoutKindName(Payout::Kind kind);

// Refused (Invalid, field "month") until the month is approved: pay only what was decided. The star
// rewards of the reviewed workers, then the cover subsidies of the month.
Result<QList<Payout>> payouts(Database &db, const QString &month);

// Two sheets, 考评表 and 奖励发放, in the UI language; written whole or not at all.
Status writeReviewXlsx(const QString &path, const MonthSheet &sheet, const QList<Payout> &payouts);

} // namespace gd::rating
