#pragma once

namespace hangar::sim {

class SimWorld;
struct SimMachine;

// What a Fly machine's init does at every (re)start: a fresh root file system from the image,
// then the config's `files` written at their guest paths (from base64 or an app secret).
// The volume, if any, keeps its contents; it is mounted by the exec handler's MachineFs.
void bootMachineRootFs(SimWorld &world, SimMachine &machine);

} // namespace hangar::sim
