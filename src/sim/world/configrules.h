#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hangar::sim {

// Fly's rules for a machine config, as the Machines API enforces them on create and update.
// Returns an empty string when the config is acceptable, else a sentence a person can act on.
QString validateMachineConfig(const QJsonObject &config);

// What the API stores and returns for a config it accepted: the guest filled in from `size` or
// the default preset, autostop in its wire form (false/true/"suspend"). Unknown fields stay.
QJsonObject normalizedMachineConfig(const QJsonObject &config);

// A Go duration ("1m30s", "500ms") or a bare number of nanoseconds, in milliseconds.
std::optional<qint64> parseDurationMs(const QJsonValue &value);
// A query-string timeout: an integer number of seconds or a Go duration ("30s").
std::optional<qint64> parseTimeoutParamMs(const QString &text);

const QStringList &stopSignals();
const QStringList &machineSignals();

struct GuestSize {
    QString cpuKind;
    int cpus = 0;
    int memoryMb = 0;
};
std::optional<GuestSize> presetSize(const QString &preset);
GuestSize guestOf(const QJsonObject &config);

} // namespace hangar::sim
