#pragma once

#include <QString>

namespace hangar::sim {

// The three timestamp forms the Machines API mixes (API-NOTES §10).
QString rfc3339Seconds(qint64 epochMs); // machines: 2026-01-01T12:00:00Z
QString rfc3339Millis(qint64 epochMs); // volumes: 2026-01-01T12:00:00.123Z
QString rfc3339WithOffset(qint64 epochMs); // snapshots: 2026-01-01T12:00:00+00:00

} // namespace hangar::sim
