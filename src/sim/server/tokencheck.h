#pragma once

#include <QByteArray>
#include <QString>

namespace hangar::sim {

// Whether an Authorization header carries the simulator's token. Accepts what the live API
// accepts: "Bearer T", "FlyV1 T", a doubled scheme ("Bearer FlyV1 T") and comma-separated
// token lists in which one token matches.
bool authorizationMatches(const QByteArray &header, const QString &token);

// A fresh macaroon-looking token ("fm2_..."), so clients exercise the FlyV1 scheme.
QString generateToken();

// The header value with any token replaced by "[redacted]", for log lines.
QByteArray redactAuthorization(const QByteArray &header);

} // namespace hangar::sim
