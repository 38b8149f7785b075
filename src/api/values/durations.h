#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace hangar::api {

// Check intervals, timeouts and grace periods are Go durations on the wire ("15s", "1m30s",
// "500ms"); fly-go and older docs also use a bare integer of nanoseconds (API-NOTES §9).
// Hangar works in milliseconds: sub-millisecond parts are rounded to the nearest millisecond.

// A Go duration string: an optional sign, then one or more <decimal><unit> with units
// ns, us (or µs), ms, s, m, h; "0" alone is allowed. Nothing for anything else.
std::optional<qint64> parseGoDurationMs(QStringView text);

// A JSON duration: a Go duration string, a numeric string or a number of nanoseconds.
std::optional<qint64> parseDurationMs(const QJsonValue &value);

// Milliseconds as Go's time.Duration.String() writes them: 90000 -> "1m30s", 500 -> "500ms",
// 1500 -> "1.5s", 3600000 -> "1h0m0s", 0 -> "0s".
QString formatGoDuration(qint64 milliseconds);

} // namespace hangar::api
