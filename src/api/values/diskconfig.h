#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.rootfs: whether the root file system survives restarts, and its size.
class RootfsConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString persist() const; // "never", "always" or "restart"
    void setPersist(const QString &persist);
    int sizeGb() const;
    void setSizeGb(int sizeGb);
};

// config.cache_drive: a local scratch drive.
class CacheDriveConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    int sizeMb() const;
    void setSizeMb(int sizeMb);
};

} // namespace hangar::api
