#include "api/authheader.h"

namespace hangar::api {

namespace {

QString stripSchemes(QString text)
{
    static const QStringList schemes {QStringLiteral("bearer"), QStringLiteral("flyv1")};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        text = text.trimmed();
        for (const QString &scheme : schemes) {
            if (text.toLower() == scheme)
                return {}; // a scheme with no token after it
            if (text.size() > scheme.size() && text.left(scheme.size()).toLower() == scheme
                && text.at(scheme.size()).isSpace()) {
                text = text.mid(scheme.size());
                stripped = true;
            }
        }
    }
    return text;
}

} // namespace

QStringList tokenPieces(const QString &token)
{
    QStringList pieces;
    const QStringList parts = stripSchemes(token).split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString piece = stripSchemes(part);
        if (!piece.isEmpty())
            pieces.append(piece);
    }
    return pieces;
}

bool isMacaroon(const QString &piece)
{
    const qsizetype underscore = piece.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return false;
    const QStringView prefix = QStringView(piece).left(underscore);
    return prefix == u"fm1r" || prefix == u"fm1a" || prefix == u"fm2";
}

QByteArray authorizationHeader(const QString &token)
{
    const QStringList pieces = tokenPieces(token);
    QStringList macaroons;
    for (const QString &piece : pieces) {
        if (isMacaroon(piece))
            macaroons.append(piece);
    }
    if (!macaroons.isEmpty())
        return "FlyV1 " + macaroons.join(QLatin1Char(',')).toUtf8();
    if (!pieces.isEmpty())
        return "Bearer " + pieces.join(QLatin1Char(',')).toUtf8();
    return {};
}

} // namespace hangar::api
