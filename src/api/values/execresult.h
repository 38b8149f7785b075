#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// The answer of POST .../exec. The API answers 200 even when the command fails, so look at the
// exit code; a missing field reads as 0 or empty.
class ExecResult : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    int exitCode() const;
    int exitSignal() const;
    // Not stdout()/stderr(): those are macros in <cstdio>.
    QString standardOutput() const;
    QString standardError() const;
    bool succeeded() const; // exit code and signal both 0
};

} // namespace hangar::api
