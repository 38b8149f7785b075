#pragma once

#include <QtGlobal>

namespace hangar {

// True when `size` bytes at `data` can stand between the quotes of a JSON string exactly as
// they are: printable ASCII without '"' and '\\' (base64 always can). Exec bodies carry
// megabytes of base64, so both the client that writes them and the simulator that reads them
// skip the JSON machinery for such text.
bool isVerbatimJsonText(const char *data, qsizetype size);

} // namespace hangar
