#include "api/values/region.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

namespace {

QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace

QString Region::code() const
{
    return stringValue("code"_L1);
}

QString Region::name() const
{
    return stringValue("name"_L1);
}

double Region::latitude() const
{
    return doubleValue("latitude"_L1);
}

double Region::longitude() const
{
    return doubleValue("longitude"_L1);
}

bool Region::gatewayAvailable() const
{
    return boolValue("gateway_available"_L1);
}

bool Region::requiresPaidPlan() const
{
    return boolValue("requires_paid_plan"_L1);
}

bool Region::deprecated() const
{
    return boolValue("deprecated"_L1);
}

QString Region::geoRegion() const
{
    return stringValue("geo_region"_L1);
}

bool Region::mpgAvailable() const
{
    return boolValue("mpg_available"_L1);
}

int Region::capacity() const
{
    return intValue("capacity"_L1);
}

bool Region::hasCapacity() const
{
    return field("capacity"_L1).isDouble();
}

RegionList RegionList::fromResponse(const QJsonObject &response)
{
    RegionList list;
    const QJsonArray rows = valueIgnoringCase(response, "Regions"_L1).toArray();
    list.regions.reserve(rows.size());
    for (const QJsonValue &row : rows)
        list.regions.append(Region(row.toObject()));
    list.nearest = valueIgnoringCase(response, "Nearest"_L1).toString();
    return list;
}

Region RegionList::find(const QString &code) const
{
    for (const Region &region : regions) {
        if (region.code() == code)
            return region;
    }
    return {};
}

} // namespace hangar::api
