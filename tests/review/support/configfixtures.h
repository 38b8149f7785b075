#pragma once

#include "api/values/machineconfig.h"

#include <QJsonObject>

// Realistic machine configs for the review tests: an nginx machine with three services, a
// mount, a config file, a check, metadata and a section Hangar does not know.
namespace configfixtures {

QJsonObject nginxConfigJson();
hangar::api::MachineConfig nginxConfig();

// The same config with `edit` applied to its JSON.
template<typename Edit>
hangar::api::MachineConfig edited(Edit edit)
{
    QJsonObject json = nginxConfigJson();
    edit(json);
    return hangar::api::MachineConfig(json);
}

// Helpers for editing nested JSON in place.
QJsonObject serviceAt(const QJsonObject &config, int index);
void setServiceAt(QJsonObject &config, int index, const QJsonObject &service);
void addPort(QJsonObject &config, int serviceIndex, const QJsonObject &port);
QString base64(const char *text);

} // namespace configfixtures
