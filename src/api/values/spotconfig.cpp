#include "api/values/spotconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

double SpotConfig::maxPriceFraction() const
{
    return doubleValue("max_price_fraction"_L1);
}

void SpotConfig::setMaxPriceFraction(double fraction)
{
    setField("max_price_fraction"_L1, fraction);
}

} // namespace hangar::api
