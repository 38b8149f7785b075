#pragma once

#include <QDateTime>

namespace hangar::api {
class MachineVersion;
}

namespace hangar::core {

// When a machine version was made, where that is known: a created_at the API may send, else
// the time in the version's ID, which Fly writes as a ULID. Invalid when neither says.
QDateTime versionTime(const api::MachineVersion &version);

// The millisecond time in the first ten characters of a ULID; invalid for anything else (or a
// time before 2015, which no machine version has).
QDateTime ulidTime(const QString &id);

} // namespace hangar::core
