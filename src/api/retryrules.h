// What the transport reads from a failed reply to decide whether, and when, to try again.
#pragma once

#include <QNetworkReply>

namespace hangar::api {

// Seconds, or an HTTP date, as RFC 9110 allows for Retry-After. -1 when absent or unreadable.
int parseRetryAfterMs(const QByteArray &value);

// Errors where the request certainly never reached the server, so even a create can be retried.
bool neverSent(QNetworkReply::NetworkError error);

// A failed handshake or a redirect away from HTTPS: reported as a TLS problem, never retried.
bool isTlsFailure(QNetworkReply::NetworkError error);

} // namespace hangar::api
