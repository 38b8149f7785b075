#pragma once

#include "api/values/region.h"
#include "core/fleet/fleetrecords.h"

#include <QString>

// Regions and a fleet for the map tests: real Fly region coordinates, with the crowded parts
// (Europe, the US east coast) in full, and a fleet spread over them. No network.
namespace mapfixtures {

// 26 real regions; atl is deprecated, jnb paid-only, lhr "nearest" with a capacity of 120.
hangar::api::RegionList regions();

// lhr: 3 started, 1 stopped and volumes of 10 and 5 GB; ams: 1 suspended, 1 failed; fra: 4
// started; iad: 2 started, 1 stopped; ewr: 1 started, 1 starting; syd: one 3 GB volume.
hangar::core::FleetSnapshot fleet();

// A delta in which a machine of `fleet()` changes state.
hangar::core::FleetDelta stateChange(const QString &machineId, const QString &state);

} // namespace mapfixtures
