#include "DemoPlan.h"

#include "DemoNames.h"
#include "storage/Uuid.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

namespace gd::demo {

QString demoId(quint64 seed, const QString &key)
{
    return uuid::v5(QStringLiteral("griddesk-demo/%1/%2").arg(seed).arg(key));
}

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString seq(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

// std::uniform_int_distribution and friends are implemented differently by each standard
// library; drawing straight from the engine keeps one seed's district the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }
    template <typename T> const T &pick(const List<T> &items) { return items[size_t(below(int(items.count)))]; }

private:
    std::mt19937_64 m_engine;
};

// Splits total into parts proportional to the weights (largest remainder), never below minimum.
QList<int> apportion(int total, const QList<double> &weights, int minimum)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    const int free = total - minimum * int(weights.size());
    QList<int> parts;
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = free * weights.at(i) / sum;
        const int whole = int(std::floor(exact));
        parts << minimum + whole;
        given += whole;
        remainders << qMakePair(exact - whole, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < free - given; ++k)
        ++parts[remainders.at(k).second];
    return parts;
}

const QDate kEarliestStart(2015, 1, 1);
const QDate kLatestStart(2025, 9, 30);

class Builder
{
public:
    Builder(quint64 seed, const Sizes &sizes)
        : m_seed(seed)
        , m_sizes(sizes)
        , m_rng(seed)
    {}
    Plan build();

private:
    QString id(const QString &key) const { return demoId(m_seed, key); }
    QString mobile();
    QString landline();
    QString personName(const QString &sex);
    QString sex(double femaleShare) { return m_rng.chance(femaleShare) ? QStringLiteral("F") : QStringLiteral("M"); }
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        return from.addDays(m_rng.below(int(from.daysTo(to)) + 1));
    }
    // A house number on a road not handed out before: every address of the district is distinct,
    // so an address typed at intake finds exactly one building.
    int houseNumber(const QString &road);
    QString nextEstate();

    void streetsAndCommunities();
    void grids();
    void buildingsOf(Grid &grid, const QStringList &roads);
    void policeGrids();
    void workers();
    void careerSteps(const Worker &w);
    void stars();
    void units();
    void propertyCompanies();

    quint64 m_seed;
    Sizes m_sizes;
    Rng m_rng;
    Plan m_plan;
    QSet<QString> m_phones, m_names;
    QHash<QString, int> m_lastNumber;
    QStringList m_estates;
    QList<QStringList> m_roads;   // per community
    QList<int> m_streetOf;        // community index → street index
    QList<int> m_communityOfGrid; // grid index → community index
    QList<QList<int>> m_gridsOfCommunity;
};

QString Builder::mobile()
{
    QString phone;
    do {
        phone = u8(m_rng.pick(mobilePrefixes())) + seq(int(m_rng.next() % 100000000ULL), 8);
    } while (m_phones.contains(phone));
    m_phones.insert(phone);
    return phone;
}

QString Builder::landline()
{
    QString phone;
    do {
        phone = QStringLiteral("0532-8") + seq(int(m_rng.next() % 10000000ULL), 7);
    } while (m_phones.contains(phone));
    m_phones.insert(phone);
    return phone;
}

QString Builder::personName(const QString &sex)
{
    const bool female = sex == QLatin1String("F");
    const List<const char *> given = female ? femaleGiven() : maleGiven();
    const List<const char *> middle = female ? femaleMiddle() : maleMiddle();
    const List<const char *> family = surnames();
    QString name;
    for (int attempt = 0; attempt < 100; ++attempt) {
        // Squaring the draw favours the front of the list, where the common surnames are.
        const double u = m_rng.unit();
        name = u8(family[size_t(u * u * double(family.count))]);
        if (m_rng.chance(0.72))
            name += u8(m_rng.pick(middle));
        name += u8(m_rng.pick(given));
        if (!m_names.contains(name))
            break;
    }
    m_names.insert(name);
    return name;
}

int Builder::houseNumber(const QString &road)
{
    auto it = m_lastNumber.find(road);
    if (it == m_lastNumber.end())
        it = m_lastNumber.insert(road, m_rng.between(0, 6));
    *it += m_rng.between(1, 3);
    return *it;
}

QString Builder::nextEstate()
{
    if (m_estates.isEmpty())
        return {};
    return m_estates.takeLast();
}

Plan Builder::build()
{
    for (const char *prefix : estatePrefixes())
        for (const char *suffix : estateSuffixes())
            m_estates << u8(prefix) + u8(suffix);
    m_rng.shuffle(m_estates);
    streetsAndCommunities();
    grids();
    policeGrids();
    workers();
    stars();
    units();
    propertyCompanies();
    return m_plan;
}

void Builder::streetsAndCommunities()
{
    int streetNo = 0;
    for (const StreetSeed &s : streets()) {
        Street street;
        street.code = QStringLiteral("370202") + seq(++streetNo, 3);
        street.id = id(QStringLiteral("street/") + street.code);
        street.name = u8(s.name) + QStringLiteral("街道");
        m_plan.streets << street;
        int communityNo = 0;
        for (const CommunitySeed &c : s.communities) {
            Community community;
            community.streetId = street.id;
            community.code = street.code + seq(++communityNo, 3);
            community.id = id(QStringLiteral("community/") + community.code);
            community.name = u8(c.name) + QStringLiteral("社区");
            const QStringList roads = u8(c.roads).split(QStringLiteral("、"));
            community.address = roads.first() + QString::number(houseNumber(roads.first())) + QStringLiteral("号");
            community.phone = landline();
            community.wechat = QStringLiteral("市南区") + community.name;
            // The account's link, as an office copies it from WeChat: what the card's QR code holds.
            community.qrUrl = QStringLiteral("https://weixin.qq.com/r/sn") + community.code;
            m_plan.communities << community;
            m_roads << roads;
            m_streetOf << streetNo - 1;
        }
    }
}

void Builder::grids()
{
    const int communities = int(m_plan.communities.size());
    QList<double> weights;
    for (int i = 0; i < communities; ++i)
        weights << 0.6 + 0.8 * m_rng.unit();
    const QList<int> counts = apportion(m_sizes.grids, weights, 3);
    QList<int> order;
    for (int i = 0; i < communities; ++i)
        order << i;
    m_rng.shuffle(order);
    const QSet<int> withDedicated(order.begin(), order.begin() + qMin(m_sizes.dedicatedGrids, communities));

    m_gridsOfCommunity.resize(communities);
    for (int ci = 0; ci < communities; ++ci) {
        const Community &c = m_plan.communities.at(ci);
        int basicNo = 0;
        for (int k = 1; k <= counts.at(ci); ++k) {
            Grid g;
            g.communityId = c.id;
            g.code = c.code + seq(k, 3);
            g.id = id(QStringLiteral("grid/") + g.code);
            const bool dedicated = withDedicated.contains(ci) && k == counts.at(ci);
            QString site;
            if (dedicated) {
                g.kind = QStringLiteral("dedicated");
                site = m_roads.at(ci).at(m_rng.below(int(m_roads.at(ci).size()))) + u8(m_rng.pick(dedicatedSites()));
                g.name = c.name + site + QStringLiteral("专属网格");
            } else {
                g.kind = QStringLiteral("basic");
                g.name = c.name + QStringLiteral("第%1网格").arg(++basicNo);
            }
            g.households = m_rng.between(200, 600);
            g.residents = int(std::lround(g.households * (2.1 + 0.4 * m_rng.unit())));
            g.elderlyPercent = std::round((15.0 + 20.0 * m_rng.unit()) * 10.0) / 10.0;
            const int first = (k - 1) % int(m_roads.at(ci).size());
            QStringList roads{m_roads.at(ci).at(first)};
            if (m_rng.chance(0.6))
                roads << m_roads.at(ci).at((first + 1) % int(m_roads.at(ci).size()));
            buildingsOf(g, roads);
            if (dedicated)
                g.scope = site + QStringLiteral("及周边：") + g.scope;
            m_gridsOfCommunity[ci] << int(m_plan.grids.size());
            m_communityOfGrid << ci;
            m_plan.grids << g;
        }
    }
}

void Builder::buildingsOf(Grid &grid, const QStringList &roads)
{
    const int count = m_rng.between(5, 12);
    const QString estate = m_rng.chance(0.45) ? nextEstate() : QString();
    const int inEstate = estate.isEmpty() ? 0 : m_rng.between(count / 2, count);
    int estateNo = m_rng.between(1, 40);
    const int firstEstateNo = estateNo;

    // Households of the grid shared out over its buildings, at least 8 to a building.
    QList<double> weights;
    for (int i = 0; i < count; ++i)
        weights << 0.5 + m_rng.unit();
    const QList<int> households = apportion(grid.households, weights, 8);

    QHash<QString, QPair<int, int>> span; // road → first and last number used
    QStringList roadOrder;
    for (int i = 0; i < count; ++i) {
        const QString road = roads.at(i % roads.size());
        const int number = houseNumber(road);
        if (!span.contains(road)) {
            span.insert(road, {number, number});
            roadOrder << road;
        }
        span[road].second = number;
        Building b;
        b.gridId = grid.id;
        b.address = road + QString::number(number) + QStringLiteral("号");
        b.id = id(QStringLiteral("building/%1/%2").arg(grid.code).arg(i + 1));
        if (i < inEstate) {
            b.name = estate + QString::number(estateNo++) + QStringLiteral("号楼");
            b.compound = estate;
        } else if (m_rng.chance(0.2))
            b.name = b.address + QStringLiteral("院"); // an old courtyard block
        else
            b.name = b.address;
        b.households = households.at(i);
        m_plan.buildings << b;
    }
    QStringList parts;
    for (const QString &road : roadOrder) {
        const auto [from, to] = span.value(road);
        parts << (from == to ? road + QStringLiteral("%1号").arg(from)
                             : road + QStringLiteral("%1-%2号").arg(from).arg(to));
    }
    grid.scope = parts.join(QStringLiteral("、"));
    if (inEstate > 0)
        grid.scope += QStringLiteral("；%1%2-%3号楼").arg(estate).arg(firstEstateNo).arg(estateNo - 1);
}

void Builder::policeGrids()
{
    QList<QList<int>> gridsOfStreet(m_plan.streets.size());
    for (int gi = 0; gi < m_plan.grids.size(); ++gi)
        gridsOfStreet[m_streetOf.at(m_communityOfGrid.at(gi))] << gi;
    QList<double> weights;
    for (const QList<int> &g : gridsOfStreet)
        weights << double(g.size());
    const QList<int> beats = apportion(m_sizes.policeGrids, weights, 1);

    for (int si = 0; si < m_plan.streets.size(); ++si) {
        const Street &street = m_plan.streets.at(si);
        const QString shortName = street.name.chopped(2); // without 街道
        const QList<int> &grids = gridsOfStreet.at(si);
        const int n = qMin(beats.at(si), int(grids.size()));
        // Consecutive grids (by code, so neighbours) share a beat: the pairing of 警网融合.
        const QList<int> sizes = apportion(int(grids.size()), QList<double>(n, 1.0), 1);
        int next = 0;
        for (int p = 0; p < n; ++p) {
            PoliceGrid pg;
            pg.streetId = street.id;
            pg.code = QStringLiteral("JG-%1-%2").arg(street.code, seq(p + 1, 2));
            pg.id = id(QStringLiteral("police_grid/") + pg.code);
            pg.name = shortName + QStringLiteral("第%1警格").arg(p + 1);
            pg.station = shortName + QStringLiteral("派出所");
            for (int k = 0; k < sizes.at(p); ++k)
                m_plan.grids[grids.at(next++)].policeGridId = pg.id;
            m_plan.policeGrids << pg;
        }
    }
}

void Builder::workers()
{
    auto person = [&](const QString &key, const QString &kind, double femaleShare, const QString &communityId,
                      const QDate &from, const QDate &to) {
        Worker w;
        w.id = id(QStringLiteral("worker/") + key);
        w.kind = kind;
        w.sex = sex(femaleShare);
        w.name = personName(w.sex);
        w.phone = mobile();
        w.communityId = communityId;
        w.startDate = dateBetween(from, to).toString(Qt::ISODate);
        return w;
    };

    // One grid head per community, heading every grid of it.
    for (int ci = 0; ci < m_plan.communities.size(); ++ci) {
        const Community &c = m_plan.communities.at(ci);
        Worker head = person(QStringLiteral("head/") + c.code, QStringLiteral("grid_head"), 0.65, c.id, kEarliestStart,
                             QDate(2023, 12, 31));
        for (int gi : m_gridsOfCommunity.at(ci)) {
            m_plan.grids[gi].headId = head.id;
            head.gridIds << m_plan.grids.at(gi).id;
        }
        m_plan.workers << head;
    }

    // Vacant grids are basic ones; the first of them are covered by part-time workers.
    QList<int> basic;
    for (int gi = 0; gi < m_plan.grids.size(); ++gi)
        if (m_plan.grids.at(gi).kind == QLatin1String("basic"))
            basic << gi;
    m_rng.shuffle(basic);
    const QList<int> vacant = basic.mid(0, m_sizes.vacantGrids);
    const QSet<int> vacantSet(vacant.begin(), vacant.end());
    const QSet<int> covered(vacant.begin(), vacant.begin() + qMin(m_sizes.coveredGrids, int(vacant.size())));

    for (int gi = 0; gi < m_plan.grids.size(); ++gi) {
        Grid &g = m_plan.grids[gi];
        if (vacantSet.contains(gi))
            continue;
        Worker w = person(QStringLiteral("grid/") + g.code, QStringLiteral("full_time"), 0.72, g.communityId,
                          kEarliestStart, kLatestStart);
        w.gridIds << g.id;
        g.workerId = w.id;
        careerSteps(w);
        m_plan.workers << w;
    }
    for (int gi = 0; gi < m_plan.grids.size(); ++gi) {
        if (!covered.contains(gi))
            continue;
        const Grid &g = m_plan.grids.at(gi);
        Worker w = person(QStringLiteral("cover/") + g.code, QStringLiteral("part_time"), 0.6, g.communityId,
                          QDate(2023, 1, 1), kLatestStart);
        w.gridIds << g.id;
        GridCover cover;
        cover.id = id(QStringLiteral("cover/") + g.code);
        cover.gridId = g.id;
        cover.workerId = w.id;
        cover.startDate = w.startDate;
        cover.monthlySubsidy = m_sizes.monthlySubsidy;
        m_plan.covers << cover;
        m_plan.workers << w;
    }

    // Community police officers: most walk two neighbouring beats, some one.
    QHash<QString, QString> communityOfBeat;
    for (const Grid &g : m_plan.grids)
        if (!communityOfBeat.contains(g.policeGridId))
            communityOfBeat.insert(g.policeGridId, g.communityId);
    int officerNo = 0;
    for (int p = 0; p < m_plan.policeGrids.size();) {
        PoliceGrid &pg = m_plan.policeGrids[p];
        Worker officer = person(QStringLiteral("police/%1").arg(++officerNo), QStringLiteral("police"), 0.15,
                                communityOfBeat.value(pg.id), kEarliestStart, QDate(2024, 12, 31));
        pg.officerId = officer.id;
        const bool second = p + 1 < m_plan.policeGrids.size() && m_plan.policeGrids.at(p + 1).streetId == pg.streetId &&
                            m_rng.chance(0.65);
        if (second)
            m_plan.policeGrids[p + 1].officerId = officer.id;
        p += second ? 2 : 1;
        m_plan.workers << officer;
    }

    // Helpers of the "1+1+N" teams, each serving one grid.
    const struct {
        const char *kind;
        int count;
    } helpers[] = {{"volunteer", m_sizes.volunteers}, {"building_leader", m_sizes.buildingLeaders}};
    for (const auto &h : helpers) {
        for (int i = 1; i <= h.count; ++i) {
            const Grid &g = m_plan.grids.at(m_rng.below(int(m_plan.grids.size())));
            Worker w = person(QStringLiteral("%1/%2").arg(QLatin1String(h.kind)).arg(i), QLatin1String(h.kind), 0.6,
                              g.communityId, kEarliestStart, kLatestStart);
            if (w.kind == QLatin1String("volunteer") && m_rng.chance(0.15))
                w.phone.clear(); // a volunteer may leave no number
            w.gridIds << g.id;
            m_plan.workers << w;
        }
    }
}

void Builder::careerSteps(const Worker &w)
{
    const QDate start = QDate::fromString(w.startDate, Qt::ISODate);
    // The first rung, with the id the v2 migration gives it, so both agree on the row.
    m_plan.careerSteps << CareerStep{
        uuid::v5(QStringLiteral("career_steps/first/") + w.id), w.id, QStringLiteral("grid_worker"), w.startDate, {}};
    if (start >= QDate(2020, 1, 1) || !m_rng.chance(0.08))
        return;
    const QDate moved = start.addDays(m_rng.between(3 * 365, 5 * 365));
    if (moved > kLatestStart)
        return;
    m_plan.careerSteps << CareerStep{id(QStringLiteral("career/%1/community_worker").arg(w.id)), w.id,
                                     QStringLiteral("community_worker"), moved.toString(Qt::ISODate),
                                     u8(kCommunityWorkerNote)};
    const QDate elected = moved.addDays(m_rng.between(365, 3 * 365));
    if (elected > kLatestStart || !m_rng.chance(0.35))
        return;
    m_plan.careerSteps << CareerStep{id(QStringLiteral("career/%1/committee_member").arg(w.id)), w.id,
                                     QStringLiteral("committee_member"), elected.toString(Qt::ISODate),
                                     u8(kCommitteeNote)};
}

// Stars follow tenure, loosely: a worker needs months of reviews to climb. Shinan's figures
// (196 one-star, 71 two-star) are scaled from its 505 grids to the full-time workers here.
void Builder::stars()
{
    QList<QPair<qint64, int>> ranked;
    for (int i = 0; i < m_plan.workers.size(); ++i) {
        const Worker &w = m_plan.workers.at(i);
        if (w.kind != QLatin1String("full_time"))
            continue;
        const qint64 day = QDate::fromString(w.startDate, Qt::ISODate).toJulianDay() + m_rng.between(-730, 730);
        ranked << qMakePair(day, i);
    }
    std::stable_sort(ranked.begin(), ranked.end());
    const int n = int(ranked.size());
    const int twoStar = int(std::lround(71.0 * n / 505.0));
    const int oneStar = int(std::lround(196.0 * n / 505.0));
    for (int r = 0; r < n && r < twoStar + oneStar; ++r)
        m_plan.workers[ranked.at(r).second].star = r < twoStar ? 2 : 1;
}

void Builder::units()
{
    auto contact = [&](const Unit &u, int no, const QString &role) {
        UnitContact c;
        c.id = id(QStringLiteral("unit_contact/%1/%2").arg(u.id).arg(no));
        c.unitId = u.id;
        c.name = personName(sex(0.5));
        c.role = role;
        c.phone = mobile();
        m_plan.contacts << c;
    };
    auto add = [&](const UnitSeed &seed, const QString &name, const QString &streetId, const QStringList &roads) {
        Unit u;
        u.name = name;
        u.id = id(QStringLiteral("unit/") + u.name);
        u.kind = u8(seed.kind);
        u.servicePhone = *seed.phone ? u8(seed.phone) : landline();
        const QString road = roads.at(m_rng.below(int(roads.size())));
        u.address = road + QString::number(houseNumber(road)) + QStringLiteral("号");
        u.streetId = streetId;
        m_plan.units << u;
        contact(u, 1, u8(seed.role));
        if (m_rng.chance(0.5))
            contact(u, 2, QStringLiteral("联络员"));
    };
    for (const UnitSeed &seed : districtUnits())
        add(seed, u8(seed.name), {}, m_roads.at(m_rng.below(int(m_roads.size()))));
    for (int si = 0; si < m_plan.streets.size(); ++si) {
        const Street &street = m_plan.streets.at(si);
        const int firstCommunity = int(m_streetOf.indexOf(si));
        for (const UnitSeed &seed : streetUnitTemplates())
            add(seed, u8(seed.name).arg(street.name.chopped(2)), street.id, m_roads.at(firstCommunity));
    }
}

// Every grid gets the property company of its community (the companies taken in turn), so the
// demo's contact cards are complete; some estates have their own. No random draw: the figures drawn before stay as they
// were.
void Builder::propertyCompanies()
{
    QStringList companies;
    for (const Unit &u : m_plan.units)
        if (u.kind == QLatin1String("property"))
            companies << u.id;
    if (companies.isEmpty())
        return;
    for (int gi = 0; gi < m_plan.grids.size(); ++gi)
        m_plan.grids[gi].propertyUnitId = companies.at(m_communityOfGrid.at(gi) % companies.size());
    // In every third grid the estate's buildings have a company of their own: the grid spans two
    // compounds (the estate and the old blocks along the road), and its card lists both.
    if (companies.size() < 2)
        return;
    QHash<QString, int> gridIndex;
    for (int gi = 0; gi < m_plan.grids.size(); ++gi)
        gridIndex.insert(m_plan.grids.at(gi).id, gi);
    for (Building &b : m_plan.buildings) {
        const int gi = gridIndex.value(b.gridId, -1);
        if (gi >= 0 && gi % 3 == 0 && !b.compound.isEmpty())
            b.propertyUnitId = companies.at((m_communityOfGrid.at(gi) + 1) % companies.size());
    }
}

} // namespace

Plan buildPlan(quint64 seed, const Sizes &sizes)
{
    return Builder(seed, sizes).build();
}

} // namespace gd::demo
