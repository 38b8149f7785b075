#pragma once

#include <QtGlobal>

namespace hangar {

// True when `size` bytes at `data` can stand between the quotes of a JSON string exactly as
// they are: printable ASCII without '"' and '\\' (base64 always can). Exec bodies carry
// megabytes of base64, so both the client that writes them and the simulator that reads them
// skip the JSON machinery for such text.
bool isVerbatimJsonText(const char *data, qsizetype size);

// For text that follows the opening quote of a JSON string: the offset of the closing quote
// when everything before it is verbatim (see above), else -1 (also when there is no quote).
// Uses AVX2 where the processor has it; `portableOnly` is for the tests that compare the two.
qsizetype verbatimJsonStringEnd(const char *data, qsizetype size, bool portableOnly = false);

} // namespace hangar
