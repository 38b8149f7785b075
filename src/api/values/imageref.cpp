#include "api/values/imageref.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString ImageRef::registry() const
{
    return stringValue("registry"_L1);
}

QString ImageRef::repository() const
{
    return stringValue("repository"_L1);
}

QString ImageRef::tag() const
{
    return stringValue("tag"_L1);
}

QString ImageRef::digest() const
{
    return stringValue("digest"_L1);
}

QMap<QString, QString> ImageRef::labels() const
{
    return stringMapValue("labels"_L1);
}

} // namespace hangar::api
