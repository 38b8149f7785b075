#include "common/jsontext.h"

namespace hangar {

bool isVerbatimJsonText(const char *data, qsizetype size)
{
    // No table and no early exit, so that the compiler vectorises the loop.
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    unsigned char bad = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        bad |= static_cast<unsigned char>(static_cast<unsigned char>(c - 0x20) > 0x5e)
            | static_cast<unsigned char>(c == '"') | static_cast<unsigned char>(c == '\\');
    }
    return bad == 0;
}

} // namespace hangar
