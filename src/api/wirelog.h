#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>

namespace hangar::api {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
// Requests and responses in full, for bug reports. Off unless "hangar.api.wire" is enabled
// (QT_LOGGING_RULES or the app's diagnostics setting); tokens are always redacted.
Q_DECLARE_LOGGING_CATEGORY(lcApiWire)

// The value of a header as it may be logged: Authorization and lease nonces are replaced.
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);
// Any text with every occurrence of `secret` (and its pieces) replaced by "[redacted]".
QString redact(const QString &text, const QString &secret);
QByteArray redact(const QByteArray &text, const QString &secret);

// One wire-log entry: method/URL or status line, headers, and the body (shortened).
void logWireRequest(const QByteArray &method, const QString &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const QString &token);
void logWireResponse(int status, const QString &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const QString &token);

} // namespace hangar::api
