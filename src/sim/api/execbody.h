#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace hangar::sim {

// An exec request body split for speed: file transfers send megabytes of base64 in "stdin",
// and QJsonDocument would turn that string into UTF-16 and back. When the body's top-level
// "stdin" is a plain string (printable ASCII, no escapes) its bytes are taken as they are and
// only the rest of the body goes through QJsonDocument, with "stdin" set to "" there.
// nullopt means "parse the whole body the usual way": the body has no such string, or is not
// valid JSON (the usual way then gives the usual error message).
struct ExecBody {
    QJsonObject object; // the body with "stdin" emptied
    // Megabytes not copied: the body itself, cut down to the stdin text (Qt drops a prefix by
    // moving the start). When nobody else holds the body, a command may decode it in place.
    QByteArray stdinData;

    // On success the body moves into stdinData and `*body` is left empty; nullopt leaves it be.
    static std::optional<ExecBody> splitPlainStdin(QByteArray *body);
};

} // namespace hangar::sim
