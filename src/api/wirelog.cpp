#include "api/wirelog.h"

#include "api/authheader.h"

namespace hangar::api {

Q_LOGGING_CATEGORY(lcApi, "hangar.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiWire, "hangar.api.wire", QtWarningMsg)

namespace {

constexpr int kMaxLoggedBody = 4096;

QByteArray shortened(const QByteArray &body)
{
    if (body.size() <= kMaxLoggedBody)
        return body;
    return body.left(kMaxLoggedBody) + "… (" + QByteArray::number(body.size()) + " bytes)";
}

QString headerLines(const QList<QPair<QByteArray, QByteArray>> &headers, const QString &token)
{
    QString lines;
    for (const auto &[name, value] : headers) {
        lines += QStringLiteral("\n  ") + QString::fromLatin1(name) + QStringLiteral(": ")
            + QString::fromLatin1(redact(redactedHeaderValue(name, value), token));
    }
    return lines;
}

} // namespace

QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        return space < 0 ? QByteArray("[redacted]") : value.left(space) + " [redacted]";
    }
    if (lower == "fly-machine-lease-nonce" || lower == "cookie" || lower == "set-cookie")
        return "[redacted]";
    return value;
}

QString redact(const QString &text, const QString &secret)
{
    QString result = text;
    QStringList secrets = tokenPieces(secret);
    if (!secret.trimmed().isEmpty())
        secrets.prepend(secret.trimmed());
    for (const QString &piece : std::as_const(secrets)) {
        if (piece.size() >= 4)
            result.replace(piece, QStringLiteral("[redacted]"));
    }
    return result;
}

QByteArray redact(const QByteArray &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    return redact(QString::fromUtf8(text), secret).toUtf8();
}

void logWireRequest(const QByteArray &method, const QString &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const QString &token)
{
    if (!lcApiWire().isDebugEnabled())
        return;
    qCDebug(lcApiWire).noquote()
        << QStringLiteral("--> %1 %2").arg(QString::fromLatin1(method), redact(url, token))
            + headerLines(headers, token)
            + (body.isEmpty()
                    ? QString()
                    : QStringLiteral("\n") + QString::fromUtf8(redact(shortened(body), token)));
}

void logWireResponse(int status, const QString &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const QString &token)
{
    if (!lcApiWire().isDebugEnabled())
        return;
    qCDebug(lcApiWire).noquote()
        << QStringLiteral("<-- %1 %2").arg(QString::number(status), redact(url, token))
            + headerLines(headers, token)
            + (body.isEmpty()
                    ? QString()
                    : QStringLiteral("\n") + QString::fromUtf8(redact(shortened(body), token)));
}

} // namespace hangar::api
