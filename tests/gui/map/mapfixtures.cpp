#include "mapfixtures.h"

#include "fleetfixtures.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mapfixtures {

using namespace Qt::StringLiterals;
using fleetfixtures::machine;
using fleetfixtures::volume;

namespace {

struct RegionRow {
    const char *code;
    const char *name;
    double latitude;
    double longitude;
    const char *geo;
};

const RegionRow kRegions[] = {
    {"ams", "Amsterdam, Netherlands", 52.374, 4.8952, "europe"},
    {"arn", "Stockholm, Sweden", 59.3293, 18.0686, "europe"},
    {"cdg", "Paris, France", 48.8566, 2.3522, "europe"},
    {"fra", "Frankfurt, Germany", 50.1109, 8.6821, "europe"},
    {"lhr", "London, United Kingdom", 51.5074, -0.1278, "europe"},
    {"mad", "Madrid, Spain", 40.4168, -3.7038, "europe"},
    {"otp", "Bucharest, Romania", 44.4268, 26.1025, "europe"},
    {"waw", "Warsaw, Poland", 52.2297, 21.0122, "europe"},
    {"atl", "Atlanta, Georgia (US)", 33.749, -84.388, "north_america"},
    {"bos", "Boston, Massachusetts (US)", 42.3601, -71.0589, "north_america"},
    {"dfw", "Dallas, Texas (US)", 32.7767, -96.797, "north_america"},
    {"ewr", "Secaucus, NJ (US)", 40.7895, -74.0565, "north_america"},
    {"iad", "Ashburn, Virginia (US)", 39.0438, -77.4874, "north_america"},
    {"lax", "Los Angeles, California (US)", 34.0522, -118.2437, "north_america"},
    {"mia", "Miami, Florida (US)", 25.7617, -80.1918, "north_america"},
    {"ord", "Chicago, Illinois (US)", 41.8781, -87.6298, "north_america"},
    {"sea", "Seattle, Washington (US)", 47.6062, -122.3321, "north_america"},
    {"sjc", "San Jose, California (US)", 37.3382, -121.8863, "north_america"},
    {"yyz", "Toronto, Canada", 43.6532, -79.3832, "north_america"},
    {"gru", "Sao Paulo, Brazil", -23.5505, -46.6333, "south_america"},
    {"eze", "Ezeiza, Argentina", -34.8222, -58.5358, "south_america"},
    {"jnb", "Johannesburg, South Africa", -26.2041, 28.0473, "africa"},
    {"bom", "Mumbai, India", 19.076, 72.8777, "asia_pacific"},
    {"sin", "Singapore, Singapore", 1.3521, 103.8198, "asia_pacific"},
    {"nrt", "Tokyo, Japan", 35.6762, 139.6503, "asia_pacific"},
    {"syd", "Sydney, Australia", -33.8688, 151.2093, "asia_pacific"},
};

} // namespace

hangar::api::RegionList regions()
{
    QJsonArray list;
    for (const RegionRow &row : kRegions) {
        const QString code = QString::fromLatin1(row.code);
        QJsonObject region {{u"code"_s, code}, {u"name"_s, QString::fromUtf8(row.name)},
            {u"latitude"_s, row.latitude}, {u"longitude"_s, row.longitude},
            {u"geo_region"_s, QString::fromLatin1(row.geo)},
            {u"gateway_available"_s, code == "lhr"_L1 || code == "iad"_L1},
            {u"requires_paid_plan"_s, code == "jnb"_L1}, {u"deprecated"_s, code == "atl"_L1}};
        if (code == "lhr"_L1)
            region.insert(u"capacity"_s, 120);
        list.append(region);
    }
    return hangar::api::RegionList::fromResponse(
        QJsonObject {{u"Regions"_s, list}, {u"Nearest"_s, u"lhr"_s}});
}

hangar::core::FleetSnapshot fleet()
{
    hangar::core::FleetSnapshot snapshot;
    snapshot.machines = {
        machine(u"web"_s, u"lhr1"_s).region(u"lhr"_s),
        machine(u"web"_s, u"lhr2"_s).region(u"lhr"_s),
        machine(u"web"_s, u"lhr3"_s).region(u"lhr"_s),
        machine(u"web"_s, u"lhr4"_s).region(u"lhr"_s).state(u"stopped"_s),
        machine(u"web"_s, u"ams1"_s).region(u"ams"_s).state(u"suspended"_s),
        machine(u"web"_s, u"ams2"_s).region(u"ams"_s).state(u"failed"_s),
        machine(u"api"_s, u"fra1"_s).region(u"fra"_s),
        machine(u"api"_s, u"fra2"_s).region(u"fra"_s),
        machine(u"api"_s, u"fra3"_s).region(u"fra"_s),
        machine(u"api"_s, u"fra4"_s).region(u"fra"_s),
        machine(u"api"_s, u"iad1"_s).region(u"iad"_s),
        machine(u"api"_s, u"iad2"_s).region(u"iad"_s),
        machine(u"api"_s, u"iad3"_s).region(u"iad"_s).state(u"stopped"_s),
        machine(u"api"_s, u"ewr1"_s).region(u"ewr"_s),
        machine(u"api"_s, u"ewr2"_s).region(u"ewr"_s).state(u"starting"_s),
    };
    snapshot.volumes = {volume(u"web"_s, u"v1"_s, u"data"_s, u"lhr"_s, 10),
        volume(u"web"_s, u"v2"_s, u"logs"_s, u"lhr"_s, 5),
        volume(u"web"_s, u"v3"_s, u"backup"_s, u"syd"_s, 3)};
    return snapshot;
}

hangar::core::FleetDelta stateChange(const QString &machineId, const QString &state)
{
    hangar::core::FleetDelta delta;
    for (const hangar::core::MachineRecord &record : fleet().machines) {
        if (record.machine.id() == machineId)
            delta.machinesChanged.append(machine(record).state(state));
    }
    return delta;
}

} // namespace mapfixtures
