#include "sim/world/regiontable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hangar::sim {

RegionTable::RegionTable()
{
    QFile file(QStringLiteral(":/hangar/sim/regions.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the simulator's region table is missing from its resources");
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        SimRegion region;
        region.code = row.value(QLatin1String("code")).toString();
        region.name = row.value(QLatin1String("name")).toString();
        region.latitude = row.value(QLatin1String("latitude")).toDouble();
        region.longitude = row.value(QLatin1String("longitude")).toDouble();
        region.geoRegion = row.value(QLatin1String("geo_region")).toString();
        region.gatewayAvailable = row.value(QLatin1String("gateway_available")).toBool();
        region.requiresPaidPlan = row.value(QLatin1String("requires_paid_plan")).toBool();
        region.deprecated = row.value(QLatin1String("deprecated")).toBool();
        region.mpgAvailable = row.value(QLatin1String("mpg_available")).toBool();
        m_regions.append(region);
    }
}

const SimRegion *RegionTable::find(const QString &code) const
{
    for (const SimRegion &region : m_regions) {
        if (region.code == code)
            return &region;
    }
    return nullptr;
}

QStringList RegionTable::activeCodes() const
{
    QStringList codes;
    for (const SimRegion &region : m_regions) {
        if (!region.deprecated)
            codes.append(region.code);
    }
    return codes;
}

QStringList RegionTable::allCodes() const
{
    QStringList codes;
    for (const SimRegion &region : m_regions)
        codes.append(region.code);
    return codes;
}

} // namespace hangar::sim
