#include "ReviewSettings.h"

#include "ReviewScope.h"
#include "access/Permissions.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

const char kRulesKey[] = "star_rules";

const char *roundingName(StarSettings::Rounding r)
{
    switch (r) {
    case StarSettings::Down: return "down";
    case StarSettings::Nearest: return "nearest";
    case StarSettings::Up: return "up";
    }
    return "down";
}

// The stored words of the choices, in the order of their enums.
const char *const kCadences[] = {"monthly", "quarterly", "half_yearly", "yearly"};
const char *const kVetoEffects[] = {"month_zeroed", "star_taken", "year_barred"};
const char *const kFailedYearEffects[] = {"kept", "down_one", "to_none"};
const char *const kNotApplicable[] = {"carried", "full"};

template <typename E, std::size_t N>
E choiceOf(const QJsonObject &o, const char *key, const char *const (&words)[N], E fallback)
{
    const QString word = o.value(QLatin1String(key)).toString();
    for (std::size_t i = 0; i < N; ++i)
        if (word == QLatin1String(words[i]))
            return E(i);
    return fallback;
}

} // namespace

QJsonObject ReviewRules::toJson() const
{
    const ReviewRules &r = *this;
    return {{QStringLiteral("promotion_share"), r.stars.promotionShare},
            {QStringLiteral("rounding"), QLatin1String(roundingName(r.stars.rounding))},
            {QStringLiteral("minimum_places"), r.stars.minimumPlaces},
            {QStringLiteral("promotion_score"), r.stars.promotionScore},
            {QStringLiteral("poor_score"), r.stars.poorScore},
            {QStringLiteral("poor_months"), r.stars.poorMonthsToDemote},
            {QStringLiteral("failed_year_score"), r.stars.failedYearScore},
            {QStringLiteral("first_half_weight"), r.annual.firstHalfWeight},
            {QStringLiteral("second_half_weight"), r.annual.secondHalfWeight},
            {QStringLiteral("excellent"), r.annual.excellent},
            {QStringLiteral("pass"), r.annual.pass},
            {QStringLiteral("basic_pass"), r.annual.basicPass},
            {QStringLiteral("approver_not_submitter"), r.approverNotSubmitter},
            {QStringLiteral("cadence"), QLatin1String(kCadences[int(r.stars.cadence)])},
            {QStringLiteral("minimum_months_at_level"), r.stars.minimumMonthsAtLevel},
            {QStringLiteral("annual_promotes"), r.stars.annualPromotes},
            {QStringLiteral("failed_year"), QLatin1String(kFailedYearEffects[int(r.stars.failedYear)])},
            {QStringLiteral("veto"), QLatin1String(kVetoEffects[int(r.stars.veto)])},
            {QStringLiteral("weight_satisfied"), r.satisfaction.satisfied},
            {QStringLiteral("weight_basic"), r.satisfaction.basic},
            {QStringLiteral("weight_dissatisfied"), r.satisfaction.dissatisfied},
            {QStringLiteral("not_applicable"), QLatin1String(kNotApplicable[int(r.notApplicable)])},
            {QStringLiteral("scope"), r.scope},
            {QStringLiteral("volume_per_households"), r.volumePerHouseholds},
            {QStringLiteral("notice_days"), r.noticeDays}};
}

namespace {

bool isScore(double v)
{
    return v >= 0 && v <= 100;
}

} // namespace

ReviewRules ReviewRules::load(Database &db)
{
    return fromJson(QJsonDocument::fromJson(db.meta(QLatin1String(kRulesKey)).toUtf8()).object());
}

Error ReviewRules::set(const QString &key, const QString &text)
{
    QJsonObject o = toJson();
    if (!o.contains(key))
        return Error::invalid(
            key, Text::tr("%1 is not a review setting; they are: %2.").arg(key, o.keys().join(QStringLiteral(", "))));
    const QString typed = text.trimmed();
    const QJsonValue was = o.value(key);
    if (was.isDouble()) {
        bool ok = false;
        const double v = typed.toDouble(&ok);
        if (!ok)
            return Error::invalid(key, Text::tr("%1: %2 is not a number.").arg(key, typed));
        o.insert(key, v);
    } else if (was.isBool()) {
        const QString t = typed.toLower();
        if (t != QLatin1String("true") && t != QLatin1String("false"))
            return Error::invalid(key, Text::tr("%1: give true or false, not %2.").arg(key, typed));
        o.insert(key, t == QLatin1String("true"));
    } else {
        o.insert(key, typed);
    }
    const ReviewRules r = fromJson(o);
    // A word the rules do not know reads back as the default: refuse it, naming the words known.
    if (r.toJson().value(key) != o.value(key)) {
        QStringList words;
        QList<const char *> all;
        for (const char *w : kCadences)
            all << w;
        for (const char *w : kVetoEffects)
            all << w;
        for (const char *w : kFailedYearEffects)
            all << w;
        for (const char *w : kNotApplicable)
            all << w;
        for (const char *w : std::as_const(all)) {
            QJsonObject probe = o;
            probe.insert(key, QLatin1String(w));
            if (fromJson(probe).toJson().value(key) == probe.value(key))
                words << QLatin1String(w);
        }
        return Error::invalid(key,
                              Text::tr("%1: %2 is not one of %3.").arg(key, typed, words.join(QStringLiteral(", "))));
    }
    *this = r;
    return {};
}

ReviewRules ReviewRules::fromJson(const QJsonObject &o)
{
    ReviewRules r;
    auto number = [&o](const char *key, double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    r.stars.promotionShare = number("promotion_share", r.stars.promotionShare);
    const QString rounding = o.value(QStringLiteral("rounding")).toString();
    for (auto kind : {StarSettings::Down, StarSettings::Nearest, StarSettings::Up})
        if (rounding == QLatin1String(roundingName(kind)))
            r.stars.rounding = kind;
    r.stars.minimumPlaces = int(number("minimum_places", r.stars.minimumPlaces));
    r.stars.promotionScore = number("promotion_score", r.stars.promotionScore);
    r.stars.poorScore = number("poor_score", r.stars.poorScore);
    r.stars.poorMonthsToDemote = int(number("poor_months", r.stars.poorMonthsToDemote));
    r.stars.failedYearScore = number("failed_year_score", r.stars.failedYearScore);
    r.annual.firstHalfWeight = number("first_half_weight", r.annual.firstHalfWeight);
    r.annual.secondHalfWeight = number("second_half_weight", r.annual.secondHalfWeight);
    r.annual.excellent = number("excellent", r.annual.excellent);
    r.annual.pass = number("pass", r.annual.pass);
    r.annual.basicPass = number("basic_pass", r.annual.basicPass);
    if (const QJsonValue v = o.value(QStringLiteral("approver_not_submitter")); v.isBool())
        r.approverNotSubmitter = v.toBool();
    r.stars.cadence = choiceOf(o, "cadence", kCadences, r.stars.cadence);
    r.stars.minimumMonthsAtLevel = int(number("minimum_months_at_level", r.stars.minimumMonthsAtLevel));
    if (const QJsonValue v = o.value(QStringLiteral("annual_promotes")); v.isBool())
        r.stars.annualPromotes = v.toBool();
    r.stars.failedYear = choiceOf(o, "failed_year", kFailedYearEffects, r.stars.failedYear);
    r.stars.veto = choiceOf(o, "veto", kVetoEffects, r.stars.veto);
    r.satisfaction.satisfied = number("weight_satisfied", r.satisfaction.satisfied);
    r.satisfaction.basic = number("weight_basic", r.satisfaction.basic);
    r.satisfaction.dissatisfied = number("weight_dissatisfied", r.satisfaction.dissatisfied);
    r.notApplicable = choiceOf(o, "not_applicable", kNotApplicable, r.notApplicable);
    if (const QJsonValue v = o.value(QStringLiteral("scope")); v.isString())
        r.scope = v.toString();
    r.noticeDays = int(number("notice_days", r.noticeDays));
    if (const QJsonValue v = o.value(QStringLiteral("volume_per_households")); v.isBool())
        r.volumePerHouseholds = v.toBool();
    return r;
}

Error ReviewRules::validate() const
{
    const StarSettings &s = stars;
    if (!(s.promotionShare > 0 && s.promotionShare <= 1))
        return Error::invalid(
            QStringLiteral("promotion_share"),
            Text::tr("Promotion share: give a share above 0% and at most 100% of the workers at a level."));
    if (s.minimumPlaces < 0 || s.minimumPlaces > 10)
        return Error::invalid(QStringLiteral("minimum_places"),
                              Text::tr("Places at least: give a number of places from 0 to 10."));
    if (!isScore(s.promotionScore))
        return Error::invalid(QStringLiteral("promotion_score"),
                              Text::tr("Promotion score: give a score from 0 to 100."));
    if (!isScore(s.poorScore) || s.poorScore > s.promotionScore)
        return Error::invalid(QStringLiteral("poor_score"),
                              Text::tr("Poor month below: give a score from 0 to 100, not above the promotion score."));
    if (s.poorMonthsToDemote < 1 || s.poorMonthsToDemote > 12)
        return Error::invalid(QStringLiteral("poor_months"),
                              Text::tr("Poor months in a row: give a number of months from 1 to 12."));
    if (!isScore(s.failedYearScore))
        return Error::invalid(QStringLiteral("failed_year_score"),
                              Text::tr("Failed year below: give a score from 0 to 100."));
    if (s.minimumMonthsAtLevel < 0 || s.minimumMonthsAtLevel > 36)
        return Error::invalid(QStringLiteral("minimum_months_at_level"),
                              Text::tr("Months at a level before the next star: give a number of months from 0 to "
                                       "36."));
    for (const auto &[key, weight] :
         {std::pair{"weight_satisfied", satisfaction.satisfied}, std::pair{"weight_basic", satisfaction.basic},
          std::pair{"weight_dissatisfied", satisfaction.dissatisfied}})
        if (!(weight >= 0 && weight <= 1))
            return Error::invalid(QLatin1String(key),
                                  Text::tr("Satisfaction weights: give each answer a weight from 0 to 1."));
    if (noticeDays < 0 || noticeDays > 15)
        return Error::invalid(QStringLiteral("notice_days"),
                              Text::tr("Public notice: give a number of working days from 0 to 15."));
    if (auto parsed = ReviewScope::parse(scope); !parsed)
        return parsed.error();
    const AnnualSettings &a = annual;
    if (!(a.firstHalfWeight >= 0 && a.firstHalfWeight <= 1))
        return Error::invalid(QStringLiteral("first_half_weight"),
                              Text::tr("First half's weight: give a share from 0% to 100%."));
    if (!(a.secondHalfWeight >= 0 && a.secondHalfWeight <= 1) || a.firstHalfWeight + a.secondHalfWeight <= 0)
        return Error::invalid(
            QStringLiteral("second_half_weight"),
            Text::tr("Second half's weight: give a share from 0% to 100%; the two weights cannot both "
                     "be zero."));
    if (!isScore(a.excellent))
        return Error::invalid(QStringLiteral("excellent"), Text::tr("Excellent from: give a score from 0 to 100."));
    if (!isScore(a.pass) || a.pass > a.excellent)
        return Error::invalid(QStringLiteral("pass"),
                              Text::tr("Pass from: give a score from 0 to 100, not above the excellent grade."));
    if (!isScore(a.basicPass) || a.basicPass > a.pass)
        return Error::invalid(QStringLiteral("basic_pass"),
                              Text::tr("Basic pass from: give a score from 0 to 100, not above the pass grade."));
    return {};
}

Status ReviewRules::save(Database &db) const
{
    if (Error e = validate(); e.kind != ErrorKind::None)
        return e;
    if (const auto parsed = ReviewScope::parse(scope))
        if (Error e = checkScopeExists(db, *parsed); e.isError())
            return e;
    const QString json = QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    return writeTransaction<bool>(db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Status s = saveSetting(db, QLatin1String(kRulesKey), json); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd::rating
