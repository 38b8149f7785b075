#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// The 200 answer of GET .../wait: {ok, state, version, event_id}. Older servers send only
// {"ok":true}, so state, version and event ID may be empty.
class WaitResult : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    bool ok() const;
    QString state() const;
    QString version() const;
    QString eventId() const; // pass as from_event_id to the next wait
};

} // namespace hangar::api
