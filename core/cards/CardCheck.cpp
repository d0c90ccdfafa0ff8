#include "CardCheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace gd::cards {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CardCheck)
};
} // namespace

QString gapText(CardGap gap)
{
    switch (gap) {
    case CardGap::NoWorker: return Text::tr("no grid worker");
    case CardGap::WorkerWithoutPhone: return Text::tr("the worker has no phone");
    case CardGap::NoPoliceOfficer: return Text::tr("no police officer");
    case CardGap::NoPropertyCompany: return Text::tr("no property company");
    case CardGap::QrNameOnly:
        return Text::tr("the QR code would hold only the account's name: give the community its QR image or link");
    case CardGap::PartTimeCover: return Text::tr("vacant, covered by a part-time worker");
    }
    return {};
}

QString problemLine(const CardProblem &p)
{
    QStringList gaps;
    for (CardGap g : p.gaps)
        gaps << gapText(g);
    return Text::tr("%1 (%2): %3").arg(p.gridName, p.gridCode, gaps.join(Text::tr("; ")));
}

QList<CardGap> gapsOf(const CardContent &c)
{
    QList<CardGap> out;
    if (c.workerId.isEmpty())
        out << CardGap::NoWorker;
    else if (c.workerPhone.trimmed().isEmpty())
        out << CardGap::WorkerWithoutPhone;
    if (c.partTimeCover)
        out << CardGap::PartTimeCover;
    if (c.officerId.isEmpty())
        out << CardGap::NoPoliceOfficer;
    if (c.communityQrImage.isEmpty() && c.communityQrUrl.trimmed().isEmpty() && !c.communityWechat.trimmed().isEmpty())
        out << CardGap::QrNameOnly;
    const bool compoundWithout =
        std::any_of(c.compounds.cbegin(), c.compounds.cend(), [](const PropertyLine &l) { return l.name.isEmpty(); });
    if (!c.noProperty && (c.compounds.isEmpty() ? c.propertyName.isEmpty() : compoundWithout))
        out << CardGap::NoPropertyCompany;
    return out;
}

QList<CardProblem> check(const QList<CardContent> &cards)
{
    QList<CardProblem> out;
    for (const CardContent &c : cards) {
        const QList<CardGap> gaps = gapsOf(c);
        if (gaps.isEmpty())
            continue;
        const bool workersGap = gaps.contains(CardGap::WorkerWithoutPhone) || gaps.contains(CardGap::PartTimeCover);
        out << CardProblem{c.gridId, c.gridCode, c.gridName, workersGap ? c.workerId : QString(), gaps};
    }
    return out;
}

} // namespace gd::cards
