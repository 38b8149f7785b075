#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.metrics: where Fly's Prometheus scrapes the machine.
class MetricsConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    int port() const;
    void setPort(int port);
    QString path() const;
    void setPath(const QString &path);
    bool https() const;
    void setHttps(bool https);
};

} // namespace hangar::api
