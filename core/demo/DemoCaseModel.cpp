#include "DemoCaseModel.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <charconv>
#include <unordered_map>

namespace gd::demo {

namespace {

// uuid::v5's namespace (storage/Uuid.cpp); the generator's test checks both give the same ids.
const QUuid kNamespace("{6f3c2a1e-9d4b-4c8e-b0a7-5e2d1f4a9c30}");

std::string utf8(const QVariant &v)
{
    return v.toString().toStdString();
}

Status failed(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, q.lastError().text());
}

// "三明南路2号" → "三明南路": the road is the address without its house number.
std::string roadOf(const std::string &address)
{
    std::string road = address;
    static const std::string hao = "号";
    if (road.size() >= hao.size() && road.compare(road.size() - hao.size(), hao.size(), hao) == 0)
        road.resize(road.size() - hao.size());
    while (!road.empty() && ((road.back() >= '0' && road.back() <= '9') || road.back() == '-'))
        road.pop_back();
    return road.empty() ? address : road;
}

// std::hash differs between standard libraries; the district must not.
quint64 fnv1a(const std::string &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

} // namespace

const char *stateKey(State s)
{
    static const char *const keys[] = {"registered", "accepted", "refused",       "redirected",
                                       "dispatched", "returned", "signed",        "in_progress",
                                       "completed",  "settled",  "callback_done", "archived"};
    return keys[int(s)];
}

bool isOpen(State s)
{
    return s != State::Completed && s != State::Settled && s != State::CallbackDone && s != State::Archived &&
           s != State::Refused && s != State::Redirected;
}

DemoIdMaker::DemoIdMaker(quint64 seed)
{
    const QByteArray ns = kNamespace.toRfc4122();
    m_name.assign(ns.constData(), size_t(ns.size()));
    m_name += "griddesk-demo/";
    m_name += std::to_string(static_cast<unsigned long long>(seed));
    m_name += '/';
    m_prefix = m_name.size();
}

void DemoIdMaker::make(std::string_view key, char out[36])
{
    m_name.resize(m_prefix);
    m_name.append(key);
    m_hash.reset();
    m_hash.addData(QByteArrayView(m_name.data(), qsizetype(m_name.size())));
    const QByteArrayView digest = m_hash.resultView();
    unsigned char b[16];
    for (int i = 0; i < 16; ++i)
        b[i] = static_cast<unsigned char>(digest[i]);
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x50); // version 5
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 15];
    }
}

void JsonWriter::key(const char *key)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

JsonWriter &JsonWriter::text(const char *k, std::string_view value)
{
    key(k);
    m_out += '"';
    for (const char c : value) {
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 15];
                m_out += hex[c & 15];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::number(const char *k, qint64 value)
{
    key(k);
    appendInt(m_out, value);
    return *this;
}

JsonWriter &JsonWriter::boolean(const char *k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

void appendInt(std::string &out, qint64 value, int width)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    for (int pad = width - int(r.ptr - buf); pad > 0; --pad)
        out += '0';
    out.append(buf, r.ptr);
}

// Howard Hinnant's days_from_civil inverse: exact for the proleptic Gregorian calendar.
CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

Result<DemoOrg> DemoOrg::load(Database &db)
{
    DemoOrg org;
    org.site = db.siteId().toStdString();
    QSqlQuery q(db.sql());

    std::unordered_map<std::string, int> streetIndex, communityIndex, workerIndex, unitIndex, gridIndex;
    auto workerOf = [&](const QVariant &id, const QVariant &name) {
        const std::string key = utf8(id);
        if (key.empty())
            return -1;
        auto it = workerIndex.find(key);
        if (it != workerIndex.end())
            return it->second;
        workerIndex.emplace(key, int(org.workers.size()));
        org.workers.push_back({key, utf8(name)});
        return int(org.workers.size()) - 1;
    };

    if (!q.exec(QStringLiteral("SELECT id FROM streets WHERE deleted = 0 ORDER BY code, id")))
        return failed(q).error();
    while (q.next()) {
        streetIndex.emplace(utf8(q.value(0)), int(org.streets.size()));
        org.streets.push_back({});
    }
    if (!q.exec(QStringLiteral("SELECT id, name, street_id FROM communities WHERE deleted = 0 ORDER BY code, id")))
        return failed(q).error();
    while (q.next()) {
        const auto street = streetIndex.find(utf8(q.value(2)));
        communityIndex.emplace(utf8(q.value(0)), int(org.communities.size()));
        org.communities.push_back(
            {utf8(q.value(0)), utf8(q.value(1)), street == streetIndex.end() ? -1 : street->second});
    }

    // Units: district-wide ones by kind; a street's police station, squad and offices.
    if (!q.exec(QStringLiteral("SELECT id, name, kind, street_id FROM units WHERE deleted = 0 AND active = 1 "
                               "ORDER BY id")))
        return failed(q).error();
    while (q.next()) {
        const int index = int(org.units.size());
        org.units.push_back({utf8(q.value(0)), utf8(q.value(1))});
        const std::string kind = utf8(q.value(2));
        const auto street = streetIndex.find(utf8(q.value(3)));
        if (street == streetIndex.end()) {
            org.unitsOfKind[kind].push_back(index);
            continue;
        }
        Street &s = org.streets[size_t(street->second)];
        if (kind == "police_station" && s.police < 0)
            s.police = index;
        else if (kind == "law_enforcement" && s.enforcement < 0)
            s.enforcement = index;
        else if (kind == "street_department") {
            const bool safety = org.units.back().name.find("平安") != std::string::npos;
            int &slot = safety ? s.safetyOffice : s.cityOffice;
            if (slot < 0)
                slot = index;
        }
    }
    for (Street &s : org.streets) {
        if (s.cityOffice < 0)
            s.cityOffice = s.safetyOffice;
        if (s.safetyOffice < 0)
            s.safetyOffice = s.cityOffice;
    }

    // Only live workers may handle a case: a tombstoned id would fail the foreign key check.
    if (!q.exec(QStringLiteral(
            "SELECT g.id, g.community_id, fw.id, fw.name, cw.id, cw.name, hw.id, hw.name, ow.id, ow.name "
            "FROM grids g "
            "LEFT JOIN workers fw ON fw.id = g.worker_id AND fw.deleted = 0 "
            "LEFT JOIN workers cw ON cw.id = (SELECT c.worker_id FROM grid_covers c WHERE c.grid_id = g.id "
            "  AND c.deleted = 0 AND c.end_date = '' ORDER BY c.start_date DESC LIMIT 1) AND cw.deleted = 0 "
            "LEFT JOIN workers hw ON hw.id = g.head_id AND hw.deleted = 0 "
            "LEFT JOIN police_grids p ON p.id = g.police_grid_id AND p.deleted = 0 "
            "LEFT JOIN workers ow ON ow.id = p.officer_id AND ow.deleted = 0 "
            "WHERE g.deleted = 0 AND g.active = 1 ORDER BY g.code, g.id")))
        return failed(q).error();
    std::vector<Grid> grids;
    while (q.next()) {
        Grid g;
        g.id = utf8(q.value(0));
        const auto community = communityIndex.find(utf8(q.value(1)));
        if (community == communityIndex.end())
            continue;
        g.community = community->second;
        g.fullTime = workerOf(q.value(2), q.value(3));
        const int cover = workerOf(q.value(4), q.value(5));
        const int head = workerOf(q.value(6), q.value(7));
        g.handler = g.fullTime >= 0 ? g.fullTime : cover >= 0 ? cover : head;
        g.officer = workerOf(q.value(8), q.value(9));
        grids.push_back(std::move(g));
    }

    // Buildings, in a stable order; a grid enters the list with its first building.
    if (!q.exec(QStringLiteral("SELECT id, name, address, grid_id, households FROM buildings "
                               "WHERE deleted = 0 AND active = 1 ORDER BY id")))
        return failed(q).error();
    std::unordered_map<std::string, int> gridOfId;
    for (int i = 0; i < int(grids.size()); ++i)
        gridOfId.emplace(grids[size_t(i)].id, i);
    std::vector<int> placed(grids.size(), -1);
    const std::vector<int> &properties = org.unitsOfKind["property"];
    while (q.next()) {
        const auto grid = gridOfId.find(utf8(q.value(3)));
        if (grid == gridOfId.end())
            continue;
        int &index = placed[size_t(grid->second)];
        if (index < 0) {
            index = int(org.grids.size());
            Grid g = grids[size_t(grid->second)];
            // About a third of the grids are old blocks without a property company.
            const quint64 h = fnv1a(g.id);
            if (!properties.empty() && h % 3 != 0)
                g.property = properties[(h / 3) % properties.size()];
            org.grids.push_back(std::move(g));
        }
        Building b;
        b.id = utf8(q.value(0));
        b.name = utf8(q.value(1));
        b.address = utf8(q.value(2));
        b.road = roadOf(b.address);
        if (b.name.empty())
            b.name = b.address;
        b.grid = index;
        b.households = qMax(1, q.value(4).toInt());
        org.buildings.push_back(std::move(b));
    }

    if (!q.exec(
            // Each category by its own route, as CaseService counts deadlines (no parent fallback).
            QStringLiteral("SELECT c.id, c.code, c.route FROM categories c "
                           "WHERE c.deleted = 0 AND c.active = 1 AND NOT EXISTS "
                           "(SELECT 1 FROM categories k WHERE k.parent_id = c.id AND k.deleted = 0 AND k.active = 1)")))
        return failed(q).error();
    while (q.next()) {
        org.categories.emplace(utf8(q.value(1)), Category{utf8(q.value(0)), q.value(2).toString()});
    }

    org.staff = {"", "system", "system"};
    org.supervisor = org.staff;
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM operators WHERE active = 1 "
                               "ORDER BY created_ms, login")))
        return failed(q).error();
    bool staff = false, supervisor = false;
    while (q.next()) {
        const Operator o{utf8(q.value(0)), utf8(q.value(1)), utf8(q.value(2))};
        const QString role = q.value(3).toString();
        if (role == QLatin1String("staff") && !staff) {
            org.staff = o;
            staff = true;
        } else if (role == QLatin1String("supervisor") && !supervisor) {
            org.supervisor = o;
            supervisor = true;
        }
    }
    if (!supervisor && staff)
        org.supervisor = org.staff;
    if (!staff && supervisor)
        org.staff = org.supervisor;
    return org;
}

} // namespace gd::demo
