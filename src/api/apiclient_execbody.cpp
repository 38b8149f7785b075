// The bodies of exec requests, shared by ApiClient::exec and the copies into volumes.
#include "api/apiclient.h"
#include "common/base64.h"
#include "common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hangar::api {

namespace {

// Everything before the stdin member, which is last so that it can be written in place.
QByteArray headOf(const ExecRequest &exec)
{
    return QByteArrayLiteral("{\"command\":")
        + QJsonDocument(QJsonArray::fromStringList(exec.command)).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral(",\"timeout\":") + QByteArray::number(exec.timeoutSecs);
}

} // namespace

QByteArray ApiClient::encodeExecBody(const ExecRequest &exec)
{
    if (!isVerbatimJsonText(exec.stdinData.constData(), exec.stdinData.size())) {
        QJsonObject body {{QLatin1String("command"), QJsonArray::fromStringList(exec.command)},
            {QLatin1String("timeout"), exec.timeoutSecs}};
        if (!exec.stdinData.isNull())
            body.insert(QLatin1String("stdin"), QString::fromUtf8(exec.stdinData));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QByteArray body = headOf(exec);
    // Sized once: the stdin part is megabytes, copied exactly once.
    body.reserve(body.size() + exec.stdinData.size() + 16);
    if (!exec.stdinData.isNull())
        body.append(",\"stdin\":\"").append(exec.stdinData).append('"');
    body.append('}');
    return body;
}

QByteArray ApiClient::encodeExecBodyWithBase64(const ExecRequest &exec, const QByteArray &raw)
{
    QByteArray body;
    encodeExecBodyWithBase64(exec, raw, &body);
    return body;
}

void ApiClient::encodeExecBodyWithBase64(
    const ExecRequest &exec, const QByteArray &raw, QByteArray *body)
{
    const QByteArray head = headOf(exec);
    // resize(0) keeps the capacity; reserve() then allocates only when it is too small.
    body->resize(0);
    body->reserve(head.size() + base64::encodedSize(raw.size()) + 16);
    body->append(head);
    body->append(",\"stdin\":\"");
    base64::appendEncoded(*body, raw.constData(), raw.size());
    body->append("\"}");
}

} // namespace hangar::api
