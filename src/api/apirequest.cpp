#include "api/apirequest.h"

namespace hangar::api {

namespace {
ApiRequest withBody(const QByteArray &method, const QString &path, const QByteArray &json)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = json;
    request.jsonBody = true;
    return request;
}
} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QByteArray &json)
{
    return withBody("POST", path, json);
}

ApiRequest ApiRequest::put(const QString &path, const QByteArray &json)
{
    return withBody("PUT", path, json);
}

ApiRequest ApiRequest::patch(const QString &path, const QByteArray &json)
{
    return withBody("PATCH", path, json);
}

ApiRequest ApiRequest::del(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest &ApiRequest::withRate(const QString &bucket, double perSecond, double burst)
{
    rate = {bucket, perSecond, burst};
    return *this;
}

ApiRequest &ApiRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ApiRequest &ApiRequest::notRetried()
{
    retry = Retry::BeforeSent;
    return *this;
}

} // namespace hangar::api
