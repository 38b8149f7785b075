#include "api/values/metricsconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

int MetricsConfig::port() const
{
    return intValue("port"_L1);
}

void MetricsConfig::setPort(int port)
{
    setField("port"_L1, port);
}

QString MetricsConfig::path() const
{
    return stringValue("path"_L1);
}

void MetricsConfig::setPath(const QString &path)
{
    setField("path"_L1, path);
}

bool MetricsConfig::https() const
{
    return boolValue("https"_L1);
}

void MetricsConfig::setHttps(bool https)
{
    setField("https"_L1, https);
}

} // namespace hangar::api
