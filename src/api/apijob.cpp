#include "api/apijob.h"

namespace hangar::api {

ApiJob::ApiJob(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ApiJob::~ApiJob() = default;

QByteArray ApiJob::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : m_headers) {
        if (key.toLower() == lower)
            return value;
    }
    return {};
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_error = ApiError::cancelled();
    emit cancelRequested();
}

void ApiJob::complete(
    int status, const QJsonValue &json, QList<QPair<QByteArray, QByteArray>> headers)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    m_status = status;
    m_json = json;
    m_headers = std::move(headers);
    emit finished();
}

void ApiJob::fail(const ApiError &error)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    m_error = error;
    m_status = error.httpStatus();
    emit finished();
}

} // namespace hangar::api
