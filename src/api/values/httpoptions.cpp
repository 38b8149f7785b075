#include "api/values/httpoptions.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QJsonObject HttpResponseOptions::headers() const
{
    return objectValue("headers"_L1);
}

void HttpResponseOptions::setHeaders(const QJsonObject &headers)
{
    setField("headers"_L1, headers);
}

bool HttpResponseOptions::pristine() const
{
    return boolValue("pristine"_L1);
}

void HttpResponseOptions::setPristine(bool pristine)
{
    setField("pristine"_L1, pristine);
}

QString ReplayCache::name() const
{
    return stringValue("name"_L1);
}

void ReplayCache::setName(const QString &name)
{
    setField("name"_L1, name);
}

QString ReplayCache::type() const
{
    return stringValue("type"_L1);
}

void ReplayCache::setType(const QString &type)
{
    setField("type"_L1, type);
}

QString ReplayCache::pathPrefix() const
{
    return stringValue("path_prefix"_L1);
}

void ReplayCache::setPathPrefix(const QString &prefix)
{
    setField("path_prefix"_L1, prefix);
}

int ReplayCache::ttlSeconds() const
{
    return intValue("ttl_seconds"_L1);
}

void ReplayCache::setTtlSeconds(int seconds)
{
    setField("ttl_seconds"_L1, seconds);
}

bool ReplayCache::allowBypass() const
{
    return boolValue("allow_bypass"_L1);
}

void ReplayCache::setAllowBypass(bool allow)
{
    setField("allow_bypass"_L1, allow);
}

bool HttpOptions::compress() const
{
    return boolValue("compress"_L1);
}

void HttpOptions::setCompress(bool compress)
{
    setField("compress"_L1, compress);
}

bool HttpOptions::h2Backend() const
{
    return boolValue("h2_backend"_L1);
}

void HttpOptions::setH2Backend(bool h2Backend)
{
    setField("h2_backend"_L1, h2Backend);
}

int HttpOptions::idleTimeoutSeconds() const
{
    return intValue("idle_timeout"_L1);
}

void HttpOptions::setIdleTimeoutSeconds(int seconds)
{
    setField("idle_timeout"_L1, seconds);
}

int HttpOptions::headersReadTimeoutSeconds() const
{
    return intValue("headers_read_timeout"_L1);
}

void HttpOptions::setHeadersReadTimeoutSeconds(int seconds)
{
    setField("headers_read_timeout"_L1, seconds);
}

HttpResponseOptions HttpOptions::response() const
{
    return HttpResponseOptions(objectValue("response"_L1));
}

void HttpOptions::setResponse(const HttpResponseOptions &response)
{
    setField("response"_L1, response.json());
}

QList<ReplayCache> HttpOptions::replayCache() const
{
    return listValue<ReplayCache>("replay_cache"_L1);
}

void HttpOptions::setReplayCache(const QList<ReplayCache> &rules)
{
    setList("replay_cache"_L1, rules);
}

} // namespace hangar::api
