#pragma once

#include <QString>

class QDateTime;

namespace hangar::models {

struct FleetCounts;
struct MachineItem;
struct VolumeItem;

// The translated text the fleet models show. Views draw icons and badges from the raw roles;
// these are the words around them.
namespace labels {

// "lhr · London, United Kingdom", or just "lhr" while the region list is unknown.
QString region(const QString &code, const QString &name);
// "shared-cpu-1x", or "2 performance CPUs · 4096 MB" for a custom size.
QString machineSize(const MachineItem &machine);
// "10 GB"
QString gigabytes(qint64 sizeGb);
// A date and time in the user's locale and time zone; "" for an invalid one.
QString dateTime(const QDateTime &dateTime);
// "3 machines: 2 started, 1 stopped · 2 volumes, 20 GB"
QString counts(const FleetCounts &counts);

// The machine's name; "name (copy helper)" for a machine Hangar started to copy files.
QString machineTitle(const MachineItem &machine);
QString machineToolTip(const MachineItem &machine);
QString volumeToolTip(const VolumeItem &volume, const QString &attachedMachineName);

} // namespace labels
} // namespace hangar::models
