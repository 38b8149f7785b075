#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.restart (and a container's restart): what happens when the main process exits.
class RestartConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    // "no", "always" or "on-failure"; older machines send "" (Fly's default, on-failure).
    QString policy() const;
    void setPolicy(const QString &policy);
    int maxRetries() const;
    void setMaxRetries(int retries);
};

} // namespace hangar::api
