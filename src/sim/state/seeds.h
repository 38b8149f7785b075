#pragma once

#include <QString>

namespace hangar::sim {

class SimWorld;

// Builds a starting world: "empty" (just the organisations), "demo" (a realistic fleet: six
// apps, about sixty machines in eighteen regions and every state, volumes with files and
// snapshots, services, metadata and secrets) or "scale:N" (N machines over 50 apps and every
// region, for benchmarks). The seed must have been checked with isValidSeed().
void buildSeed(SimWorld &world, const QString &seed);

void buildDemoFleet(SimWorld &world);
void buildScaleFleet(SimWorld &world, int machineCount);

} // namespace hangar::sim
