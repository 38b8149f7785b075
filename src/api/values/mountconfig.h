#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// One entry of config.mounts (at most one per machine): a volume and its auto-extend settings.
class MountConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString volume() const; // vol_ ID
    void setVolume(const QString &volumeId);
    QString path() const;
    void setPath(const QString &path);
    QString name() const;
    void setName(const QString &name);
    bool encrypted() const;
    void setEncrypted(bool encrypted);
    int sizeGb() const;
    void setSizeGb(int sizeGb);
    int extendThresholdPercent() const;
    void setExtendThresholdPercent(int percent);
    int addSizeGb() const;
    void setAddSizeGb(int sizeGb);
    int addSizePercent() const;
    void setAddSizePercent(int percent);
    int minAddSizeGb() const;
    void setMinAddSizeGb(int sizeGb);
    int sizeGbLimit() const;
    void setSizeGbLimit(int sizeGb);
};

} // namespace hangar::api
