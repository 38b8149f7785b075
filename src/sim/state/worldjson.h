#pragma once

#include <QJsonObject>
#include <QString>

namespace hangar::sim {

class SimWorld;

// The simulator's whole world as one JSON document (the --state file) and back. Machines and
// volumes caught in a transient state are settled on load, since their timers did not survive.
QJsonObject worldToJson(SimWorld &world);
bool worldFromJson(SimWorld &world, const QJsonObject &json, QString *error);

} // namespace hangar::sim
