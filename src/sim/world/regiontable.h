#pragma once

#include <QList>
#include <QString>

namespace hangar::sim {

struct SimRegion {
    QString code;
    QString name;
    double latitude = 0;
    double longitude = 0;
    QString geoRegion;
    bool gatewayAvailable = false;
    bool requiresPaidPlan = false;
    bool deprecated = false;
    bool mpgAvailable = false;
};

// Fly's regions with their coordinates, loaded from the simulator's embedded data.
class RegionTable final {
public:
    RegionTable();

    const QList<SimRegion> &all() const { return m_regions; }
    const SimRegion *find(const QString &code) const;
    // Regions users can place new machines in (not deprecated).
    QStringList activeCodes() const;
    QStringList allCodes() const;

private:
    QList<SimRegion> m_regions;
};

} // namespace hangar::sim
