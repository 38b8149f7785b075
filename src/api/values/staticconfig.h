#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// One entry of config.statics: files the proxy serves directly from the machine or a bucket.
class StaticConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString guestPath() const;
    void setGuestPath(const QString &path);
    QString urlPrefix() const;
    void setUrlPrefix(const QString &prefix);
    QString tigrisBucket() const;
    void setTigrisBucket(const QString &bucket);
    QString indexDocument() const;
    void setIndexDocument(const QString &document);
};

} // namespace hangar::api
