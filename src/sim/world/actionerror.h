#pragma once

#include <QString>

namespace hangar::sim {

// Why the simulated platform refused an action: the HTTP status and the sentence for the
// `error` field. A default-constructed value means "allowed".
struct ActionError {
    int status = 0;
    QString message;

    explicit operator bool() const { return status != 0; }
    static ActionError none() { return {}; }
};

} // namespace hangar::sim
