#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>

namespace hangar::api {

class ApiTransport;

// One API call on its way: queued, rate limited, retried and paged by the transport. It ends
// exactly once, with a result or an error, and emits finished() then. A cancelled job never
// emits finished(). Jobs are owned by the transport and deleted shortly after they finish.
class ApiJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    explicit ApiJob(ApiRequest request, QObject *parent = nullptr);
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    int httpStatus() const { return m_status; }
    // The answer: the parsed body, or for paged lists every page's items in one array (and for
    // body-cursor lists the first page's object with the items of every page).
    const QJsonValue &json() const { return m_json; }
    QByteArray header(const QByteArray &name) const;
    QByteArray requestId() const { return header("fly-request-id"); }
    int attempts() const { return m_attempts; }

    // Stops the call: the request is aborted or taken off the queue, and finished() is never
    // emitted.
    void cancel();

signals:
    void finished();
    void cancelRequested();
    // The whole request body has been handed to the network (once per attempt); the answer
    // may still be far off. Lets a caller start the next large upload without waiting for it.
    void bodySent();

private:
    friend class ApiTransport;
    void complete(int status, const QJsonValue &json, QList<QPair<QByteArray, QByteArray>> headers);
    void fail(const ApiError &error);

    ApiRequest m_request;
    bool m_finished = false;
    bool m_cancelled = false;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    QJsonValue m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace hangar::api
