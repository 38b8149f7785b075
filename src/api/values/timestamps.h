#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace hangar::api {

// The Machines API mixes three timestamp forms (API-NOTES §10): RFC 3339 strings (machines,
// volumes with milliseconds, snapshots with "+00:00"), epoch milliseconds (event timestamp, app
// created_at, old exited_at) and epoch seconds (lease expires_at). Every function returns a UTC
// QDateTime, or an invalid one for a missing or unreadable value.

// "2024-05-01T12:00:00Z", "...00.123Z", "...00.123456789Z", "...00+02:00". A string without a
// zone is taken as UTC. Go's zero time ("0001-01-01T00:00:00Z") means "unset" and reads invalid.
QDateTime parseRfc3339(const QString &text);

QDateTime fromEpochMilliseconds(qint64 milliseconds);
QDateTime fromEpochSeconds(qint64 seconds);

// A field documented as epoch milliseconds; an RFC 3339 string is accepted too.
QDateTime parseEpochMilliseconds(const QJsonValue &value);

// A field documented as epoch seconds; an RFC 3339 string is accepted too.
QDateTime parseEpochSeconds(const QJsonValue &value);

// Any of the three forms. Numbers (or numeric strings) above 1e11 are milliseconds, otherwise
// seconds: 1e11 seconds is the year 5138, 1e11 milliseconds is March 1973.
QDateTime parseTimestamp(const QJsonValue &value);

// RFC 3339 in UTC as the API writes it: "2024-05-01T12:00:00Z", with ".123" when there are ms.
QString formatRfc3339(const QDateTime &dateTime);

} // namespace hangar::api
