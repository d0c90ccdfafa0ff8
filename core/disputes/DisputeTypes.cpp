#include "DisputeTypes.h"

#include <QCoreApplication>

namespace gd::disputes {

namespace {
// A key's translated name from a table of (key, English source) pairs; the key itself when unknown
// (a key a newer version wrote, shown rather than hidden).
struct Named {
    const char *key;
    const char *name;
};

template <size_t N> QStringList keysOf(const Named (&table)[N])
{
    QStringList out;
    for (const Named &n : table)
        out << QString::fromLatin1(n.key);
    return out;
}

template <size_t N> QString nameOf(const Named (&table)[N], const QString &key)
{
    for (const Named &n : table)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("gd::disputes", n.name);
    return key;
}

const Named kSources[] = {{"screening", QT_TRANSLATE_NOOP("gd::disputes", "Screening")},
                          {"report", QT_TRANSLATE_NOOP("gd::disputes", "Reported")},
                          {"case", QT_TRANSLATE_NOOP("gd::disputes", "From a request")}};
const Named kKinds[] = {{"neighbour", QT_TRANSLATE_NOOP("gd::disputes", "Neighbours")},
                        {"family", QT_TRANSLATE_NOOP("gd::disputes", "Marriage and family")},
                        {"property", QT_TRANSLATE_NOOP("gd::disputes", "Property management")},
                        {"tenancy", QT_TRANSLATE_NOOP("gd::disputes", "Tenancy")},
                        {"wages", QT_TRANSLATE_NOOP("gd::disputes", "Unpaid wages")},
                        {"land", QT_TRANSLATE_NOOP("gd::disputes", "Land and housing")},
                        {"consumer", QT_TRANSLATE_NOOP("gd::disputes", "Consumer")},
                        {"other", QT_TRANSLATE_NOOP("gd::disputes", "Other dispute")}};
const Named kRisks[] = {{"low", QT_TRANSLATE_NOOP("gd::disputes", "Low risk")},
                        {"medium", QT_TRANSLATE_NOOP("gd::disputes", "Medium risk")},
                        {"high", QT_TRANSLATE_NOOP("gd::disputes", "High risk")}};
const Named kMediators[] = {{"worker", QT_TRANSLATE_NOOP("gd::disputes", "Grid worker")},
                            {"police", QT_TRANSLATE_NOOP("gd::disputes", "Police officer")},
                            {"lawyer", QT_TRANSLATE_NOOP("gd::disputes", "Lawyer")},
                            {"committee", QT_TRANSLATE_NOOP("gd::disputes", "Mediation committee member")},
                            {"other", QT_TRANSLATE_NOOP("gd::disputes", "Other mediator")}};
const Named kResults[] = {{"agreed", QT_TRANSLATE_NOOP("gd::disputes", "Agreed")},
                          {"continue", QT_TRANSLATE_NOOP("gd::disputes", "To continue")},
                          {"failed", QT_TRANSLATE_NOOP("gd::disputes", "No agreement")}};
const Named kOutcomes[] = {{"open", QT_TRANSLATE_NOOP("gd::disputes", "Being mediated")},
                           {"settled", QT_TRANSLATE_NOOP("gd::disputes", "Settled")},
                           {"referred", QT_TRANSLATE_NOOP("gd::disputes", "Referred")},
                           {"withdrawn", QT_TRANSLATE_NOOP("gd::disputes", "Withdrawn")}};
const Named kTargets[] = {{"committee", QT_TRANSLATE_NOOP("gd::disputes", "People's mediation committee")},
                          {"police", QT_TRANSLATE_NOOP("gd::disputes", "Police station")},
                          {"court", QT_TRANSLATE_NOOP("gd::disputes", "Court")},
                          {"petition", QT_TRANSLATE_NOOP("gd::disputes", "Petition office")}};
} // namespace

QStringList sources()
{
    return keysOf(kSources);
}
QString sourceName(const QString &key)
{
    return nameOf(kSources, key);
}
QStringList kinds()
{
    return keysOf(kKinds);
}
QString kindName(const QString &key)
{
    return nameOf(kKinds, key);
}
QStringList risks()
{
    return keysOf(kRisks);
}
QString riskName(const QString &key)
{
    return nameOf(kRisks, key);
}
QStringList mediatorKinds()
{
    return keysOf(kMediators);
}
QString mediatorKindName(const QString &key)
{
    return nameOf(kMediators, key);
}
QStringList sessionResults()
{
    return keysOf(kResults);
}
QString sessionResultName(const QString &key)
{
    return nameOf(kResults, key);
}
QStringList outcomes()
{
    return keysOf(kOutcomes);
}
QString outcomeName(const QString &key)
{
    return nameOf(kOutcomes, key);
}
QStringList referralTargets()
{
    return keysOf(kTargets);
}
QString referralTargetName(const QString &key)
{
    return nameOf(kTargets, key);
}

} // namespace gd::disputes
