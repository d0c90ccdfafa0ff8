#pragma once
// Before printing: which cards would go to the stairwells incomplete, and why, so the office
// fixes the records (or prints anyway knowingly) instead of posting a card with a blank line.
#include "CardContent.h"

namespace gd {

enum class CardGap {
    NoWorker,           // a vacant grid nobody covers
    WorkerWithoutPhone, // residents could not call the worker
    NoPoliceOfficer,    // not paired, or the police grid has no officer
    NoPropertyCompany,
    PartTimeCover, // a vacant grid covered by a part-time worker: the card names a stand-in
    QrNameOnly,    // the community gave its account's name but no QR image or link: nothing to scan
};

struct CardProblem {
    QString gridId, gridCode, gridName;
    QString workerId; // the worker to fix, when the gap is the worker's
    QList<CardGap> gaps;
};

namespace cards {
QString gapText(CardGap gap);
// "红岛路社区第1网格 (370202002001001): no grid worker; no property company"
QString problemLine(const CardProblem &problem);
// The gaps of one card; empty when it is complete.
QList<CardGap> gapsOf(const CardContent &card);
// The incomplete cards of a batch, in its order.
QList<CardProblem> check(const QList<CardContent> &cards);
} // namespace cards

} // namespace gd
