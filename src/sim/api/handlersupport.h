#pragma once

#include "sim/api/pagination.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace hangar::sim {

class ApiCall;
class SimWorld;
struct SimApp;
struct SimMachine;
struct SimVolume;
struct SimContext;

// Lookups that answer 404 themselves when the thing does not exist; callers return on nullptr.
SimApp *requireApp(SimContext &context, const ApiCall &call);
SimMachine *requireMachine(SimContext &context, const ApiCall &call);
SimVolume *requireVolume(SimContext &context, const ApiCall &call);

// Drops a lease whose time is up.
void expireLease(SimWorld &world, SimMachine &machine);

// While a lease is held, a mutating call must carry its nonce in `fly-machine-lease-nonce`.
// Answers 409 and returns false when it does not.
bool leaseAllows(SimContext &context, const ApiCall &call, SimMachine &machine);

// `limit` and `cursor` of a list call; answers 400 itself for a bad value.
std::optional<PageRequest> requirePageRequest(const ApiCall &call, int maxLimit);
// One page of a machine or volume list, with `fly-next-cursor` while more remain.
void replyListPage(const ApiCall &call, const QJsonArray &items, const QString &nextCursor);

// Answers a refused action ({status, message}); returns true if it did.
bool replyIfRefused(const ApiCall &call, int status, const QString &message);

} // namespace hangar::sim
