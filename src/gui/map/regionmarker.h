#pragma once

#include "models/fleetcounts.h"

#include <QString>

#include <optional>

class QModelIndex;

namespace hangar::gui::map {

// What the map shows of one region: read from a row of a region model (the shared roles of
// RegionSummaryModel), plus the capacity when the API gave one.
struct RegionMarker {
    QString code;
    QString name; // "London, United Kingdom"; empty when the region list does not know it
    bool hasLocation = false;
    double longitude = 0.0;
    double latitude = 0.0;
    models::FleetCounts counts;
    bool deprecated = false;
    bool gatewayAvailable = false;
    bool requiresPaidPlan = false;
    bool nearest = false;
    std::optional<int> capacity;

    bool hasResources() const { return counts.machines() > 0 || counts.volumes > 0; }

    static RegionMarker fromIndex(const QModelIndex &index);
};

// The marker's radius in pixels: faint dots for empty regions, and an area that grows with the
// machine count (square root, capped) for the others.
double markerRadius(const RegionMarker &marker);

// The hover text (rich text): name and code, machines by state, volumes and their size, flags.
// `selectable` false adds why the region cannot be picked (deprecated in a picker).
QString markerToolTip(const RegionMarker &marker, bool selectable = true);

// The flags in words, for a table column and the tooltip ("Gateway · Paid plan only").
QString markerNotes(const RegionMarker &marker);

} // namespace hangar::gui::map
