#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// One entry of Machine.checks: the latest result of a health check.
class CheckStatus : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString status() const; // "passing", "warning" or "critical"
    bool isPassing() const;
    QString output() const;
    QDateTime updatedAt() const;
    // "bg_deployments_compat*" entries are fake compatibility checks; flyctl hides them.
    bool isCompatibilityPlaceholder() const;
};

} // namespace hangar::api
