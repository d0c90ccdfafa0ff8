#pragma once
// The name data behind the demo district: Shinan's real streets, communities named after the
// roads they sit on, real road names of the district, people's names and handling units.
// Kept apart from the generator so the data can be read (and corrected) on its own.
#include <cstddef>

namespace gd::demo {

template <typename T> struct List {
    const T *items;
    size_t count;
    const T &operator[](size_t i) const { return items[i]; }
    const T *begin() const { return items; }
    const T *end() const { return items + count; }
};

struct CommunitySeed {
    const char *name;  // without 社区
    const char *roads; // roads inside the community, separated by 、 (the first has the office)
};

struct StreetSeed {
    const char *name; // without 街道; also names its police station
    List<CommunitySeed> communities;
};

// The 11 streets in the order of their codes (370202001…), each with its communities.
List<StreetSeed> streets();

// Family names, most frequent in Qingdao first (the generator favours the front of the list).
List<const char *> surnames();
// Characters for given names: the last character by sex, and a first character of a
// three-character name.
List<const char *> femaleGiven();
List<const char *> maleGiven();
List<const char *> femaleMiddle();
List<const char *> maleMiddle();

// Residential estates are named prefix + suffix ("书香" + "家园"); each name is used once.
List<const char *> estatePrefixes();
List<const char *> estateSuffixes();
// What a dedicated grid serves, appended to a road's name ("江西路" + "小学").
List<const char *> dedicatedSites();

// Mobile prefixes handed out in Qingdao (13x, 15x, 18x).
List<const char *> mobilePrefixes();

struct UnitSeed {
    const char *name;
    const char *kind;  // a key of org::unitKinds()
    const char *phone; // empty: the generator makes a 0532-8xxxxxxx line
    const char *role;  // the role of the unit's first contact
};
// District-wide units: utilities, telecom, property companies.
List<UnitSeed> districtUnits();
// Per street: "%1" is replaced by the street's short name.
List<UnitSeed> streetUnitTemplates();

// Notes written on later career steps.
extern const char *const kCommunityWorkerNote;
extern const char *const kCommitteeNote;

} // namespace gd::demo
