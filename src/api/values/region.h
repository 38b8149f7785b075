#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// One row of GET /platform/regions.
class Region : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString code() const; // "ams", "lhr", ...
    QString name() const;
    double latitude() const;
    double longitude() const;
    bool gatewayAvailable() const;
    bool requiresPaidPlan() const;
    bool deprecated() const; // flyctl hides these
    QString geoRegion() const; // africa, asia_pacific, europe, north_america, south_america
    bool mpgAvailable() const; // managed Postgres
    // How many more machines of the requested size fit; the spec dropped it, so check
    // hasCapacity() before trusting the 0 of a missing value.
    int capacity() const;
    bool hasCapacity() const;
};

// GET /platform/regions. The live API capitalises the keys ("Regions", "Nearest"); the spec
// writes them in lower case, so they are matched case-insensitively.
struct RegionList {
    QList<Region> regions;
    QString nearest; // region code closest to the caller

    static RegionList fromResponse(const QJsonObject &response);
    // The region with that code, or a null Region.
    Region find(const QString &code) const;
};

} // namespace hangar::api
