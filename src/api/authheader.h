#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hangar::api {

// The pieces of a token string as the user pasted it: any leading "Bearer" or "FlyV1"
// schemes are removed (repeatedly, case-insensitively) and comma-separated tokens split.
QStringList tokenPieces(const QString &token);

// True when a token piece is a Fly macaroon (prefix before the first '_' is fm1r, fm1a or fm2).
bool isMacaroon(const QString &piece);

// The Authorization header value for the Machines API: "FlyV1 <macaroons>" when the token
// holds at least one macaroon, otherwise "Bearer <tokens>". Empty when the token is empty.
QByteArray authorizationHeader(const QString &token);

} // namespace hangar::api
