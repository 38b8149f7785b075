#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

#include <functional>

namespace hangar::tests {

// What the fake network answers to one request.
struct FakeResponse {
    enum class Kind {
        Answer, // status, headers and body, then finished
        NetworkError, // no HTTP answer at all (refused, reset, ...)
        BrokenBody, // a 2xx whose body breaks off (status set, then a network error)
        Hang, // nothing until the request's transfer timeout (or abort)
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse networkError(QNetworkReply::NetworkError error);
};

struct FakeRequest {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

// A network for tests of cases a real server cannot produce on demand (broken bodies, resets,
// odd answers). Every request is recorded; the responder decides each answer.
class FakeNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT

public:
    using Responder = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeNetworkAccessManager(Responder responder, QObject *parent = nullptr);

    const QList<FakeRequest> &requests() const { return m_requests; }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Responder m_responder;
    QList<FakeRequest> m_requests;
};

} // namespace hangar::tests
