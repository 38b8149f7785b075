#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.spot: run on spare capacity for at most this fraction of the full price.
class SpotConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    double maxPriceFraction() const; // in (0, 1]
    void setMaxPriceFraction(double fraction);
};

} // namespace hangar::api
