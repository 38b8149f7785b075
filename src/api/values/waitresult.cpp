#include "api/values/waitresult.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

bool WaitResult::ok() const
{
    return boolValue("ok"_L1);
}

QString WaitResult::state() const
{
    return stringValue("state"_L1);
}

QString WaitResult::version() const
{
    return stringValue("version"_L1);
}

QString WaitResult::eventId() const
{
    return stringValue("event_id"_L1);
}

} // namespace hangar::api
