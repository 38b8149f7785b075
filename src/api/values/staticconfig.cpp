#include "api/values/staticconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString StaticConfig::guestPath() const
{
    return stringValue("guest_path"_L1);
}

void StaticConfig::setGuestPath(const QString &path)
{
    setField("guest_path"_L1, path);
}

QString StaticConfig::urlPrefix() const
{
    return stringValue("url_prefix"_L1);
}

void StaticConfig::setUrlPrefix(const QString &prefix)
{
    setField("url_prefix"_L1, prefix);
}

QString StaticConfig::tigrisBucket() const
{
    return stringValue("tigris_bucket"_L1);
}

void StaticConfig::setTigrisBucket(const QString &bucket)
{
    setField("tigris_bucket"_L1, bucket);
}

QString StaticConfig::indexDocument() const
{
    return stringValue("index_document"_L1);
}

void StaticConfig::setIndexDocument(const QString &document)
{
    setField("index_document"_L1, document);
}

} // namespace hangar::api
