#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace hangar::sim {

class SimWorld;
struct SimApp;
struct SimEvent;
struct SimLease;
struct SimMachine;
struct SimSecret;
struct SimSnapshot;
struct SimVolume;

// The wire shapes of the simulator's records, as the live API sends them.
struct MachineView {
    bool summary = false; // omit config, checks, events, host_status, nonce
    bool includeLease = false; // the `lease` object when one is held
    bool includeNonce = false; // only on create with lease_ttl
};

QJsonObject machineJson(SimWorld &world, const SimMachine &machine, const MachineView &view = {});
QJsonObject imageRefJson(const QString &image);
QJsonObject eventJson(const SimEvent &event);
QJsonArray checksJson(const SimMachine &machine);
QJsonObject volumeJson(const SimVolume &volume);
QJsonObject snapshotJson(const SimSnapshot &snapshot);
QJsonObject appJson(SimWorld &world, const SimApp &app);
QJsonObject secretJson(const SimSecret &secret);
QJsonObject leaseJson(const SimLease &lease);

} // namespace hangar::sim
