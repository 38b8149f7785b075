#include "fakenetwork.h"

#include <QBuffer>
#include <QTimer>

namespace hangar::tests {

namespace {

class FakeReply final : public QNetworkReply {
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
        const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent)
        , m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        if (response.kind == FakeResponse::Kind::Hang) {
            const int timeout = request.transferTimeout();
            if (timeout > 0)
                QTimer::singleShot(timeout, this,
                    [this] { failWith(OperationCanceledError, QStringLiteral("timed out")); });
            return;
        }
        QTimer::singleShot(0, this, [this] { deliver(); });
    }

    void abort() override
    {
        failWith(OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_offset);
        if (count <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    void deliver()
    {
        if (m_done)
            return;
        if (m_response.kind == FakeResponse::Kind::NetworkError) {
            failWith(m_response.error, QStringLiteral("simulated network failure"));
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[name, value] : m_response.headers)
            setRawHeader(name, value);
        m_data = m_response.body;
        emit metaDataChanged();
        emit readyRead();
        if (m_response.kind == FakeResponse::Kind::BrokenBody) {
            failWith(RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        }
        if (m_response.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        m_done = true;
        setFinished(true);
        emit finished();
    }

    void failWith(NetworkError code, const QString &text)
    {
        if (m_done)
            return;
        m_done = true;
        setError(code, text);
        emit errorOccurred(code);
        setFinished(true);
        emit finished();
    }

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers = {{"Content-Type", "application/json"}, {"fly-request-id", "01FAKEREQUEST"}};
    return response;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.kind = Kind::NetworkError;
    response.error = error;
    return response;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.toLower() == name.toLower())
            return value;
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(Responder responder, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_responder(std::move(responder))
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(
    Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (recorded.method.isEmpty()) {
        switch (operation) {
        case GetOperation:
            recorded.method = "GET";
            break;
        case PostOperation:
            recorded.method = "POST";
            break;
        case PutOperation:
            recorded.method = "PUT";
            break;
        case DeleteOperation:
            recorded.method = "DELETE";
            break;
        case HeadOperation:
            recorded.method = "HEAD";
            break;
        default:
            recorded.method = "CUSTOM";
        }
    }
    recorded.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    return new FakeReply(request, operation, m_responder(recorded), this);
}

} // namespace hangar::tests
