#pragma once

namespace hangar::sim {

class MachineLifecycle;
class SimWorld;
class VolumeLifecycle;
class WaitRegistry;

// What every group of API handlers works on. Owned by SimServer; handlers keep a reference.
struct SimContext {
    SimWorld &world;
    MachineLifecycle &machines;
    VolumeLifecycle &volumes;
    WaitRegistry &waits;
};

} // namespace hangar::sim
