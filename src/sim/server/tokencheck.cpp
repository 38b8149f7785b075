#include "sim/server/tokencheck.h"

#include <QRandomGenerator>
#include <QStringList>

namespace hangar::sim {

namespace {

QString withoutSchemes(QString text)
{
    for (;;) {
        text = text.trimmed();
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        if (space < 0)
            return text;
        const QString first = text.left(space).toLower();
        if (first != QLatin1String("bearer") && first != QLatin1String("flyv1"))
            return text;
        text = text.mid(space + 1);
    }
}

} // namespace

bool authorizationMatches(const QByteArray &header, const QString &token)
{
    if (header.isEmpty() || token.isEmpty())
        return false;
    const QStringList pieces = withoutSchemes(QString::fromUtf8(header)).split(QLatin1Char(','));
    const QString wanted = withoutSchemes(token);
    for (const QString &piece : pieces) {
        if (withoutSchemes(piece) == wanted)
            return true;
    }
    return false;
}

QString generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return QStringLiteral("fm2_")
        + QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray redactAuthorization(const QByteArray &header)
{
    const qsizetype space = header.indexOf(' ');
    return space < 0 ? QByteArray("[redacted]") : header.left(space) + " [redacted]";
}

} // namespace hangar::sim
