#pragma once

// The metadata tags of the short-lived machines Hangar starts to reach a volume no machine
// mounts (core/transfer/helpermachines.h makes them). Here, beside the fleet records, so that
// the fleet models can show such machines as helpers.
namespace hangar::core::helpers {

inline constexpr char kHelperKey[] = "hangar_helper"; // "volume-access"
inline constexpr char kVolumeKey[] = "hangar_helper_volume"; // vol_...
inline constexpr char kInstanceKey[] = "hangar_helper_instance"; // which Hangar run made it

} // namespace hangar::core::helpers
